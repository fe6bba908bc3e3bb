"""Figures of docs/experiments/reduction-on-digits.md: the digits data and its split, the
network of snippets/experiments/digits_reduction.py, the parameters and multiply-accumulates of
each of its configurations (from tools/arithmetic/layers.py), the test accuracies recorded by `make
record` (snippets/experiments/digits_reduction.json), and the tolerances that the page's claims
are checked with, set from that recording (tools/experiments.py says how).

tests/experiments/test_digits_reduction.py ties the network's figures to the snippet and to
the networks Keras builds."""

import math

from scipy.optimize import brentq
from scipy.special import ndtr, stdtr

from tools.arithmetic.layers import conv_macs, conv_params
from tools.catalogue import recording_of
from tools.experiments import (
    BACKEND_NAMES,
    BACKENDS,
    CHECK_SEEDS,
    CLAIM_SDS,
    RECORDED_SEEDS,
    Results,
    difference_se,
    mean,
    paired_difference_se,
    sd,
)
from tools.figures.figure import Count, Enumeration, Figure

SNIPPET = "experiments/digits_reduction.py"
RESULTS = Results.read(SNIPPET)

# The data: scikit-learn's copy of the test set of UCI's Optical Recognition of Handwritten
# Digits, as its description (`load_digits().DESCR`) gives it; the snippet's split.
images = Figure(1797)
image_size = Figure(8)
pixel_maximum = Figure(16)
classes = Figure(10)
writers = Figure(43)  # wrote the forms of the whole UCI data set
test_writers = Figure(13)  # wrote UCI's test set, which is all that scikit-learn ships
bitmap_size = Figure(32)  # NIST's normalised bitmaps, counted in blocks into 8 × 8
block_size = Figure(4)
train_images = Figure(1200)
test_images = Figure(images.value - train_images.value)
point_per_image = Figure(100 / test_images.value, ".2f")  # what one test image is worth

# The network: a 3 × 3 convolution to `depth` maps and 2 × 2 max pooling, then the block that
# the 1×1 reduction changes (an optional 1×1 convolution, a 3 × 3 convolution without padding
# to `filters` maps), then a dense layer over the flattened 2 × 2 maps.
depth = Figure(16)
filters = Figure(32)
widened_filters = Figure(33)
pooled_size = Figure(image_size.value // 2)
conv_size = Figure(pooled_size.value - 2)  # a 3 × 3 convolution without padding
epochs = Figure(20)
batch = Figure(120)
steps = Figure(epochs.value * train_images.value // batch.value)
learning_rate = Figure(0.01, ".2f")
reduce_bias = Figure(0.1, ".1f")  # the 1×1 layer's initial biases
match_limit = Figure(2)  # percent: the widened network's parameters against the 1×1's


def cost(width: int | None = None, kernels: int = filters.value) -> tuple[int, int]:
    """(parameters, multiply-accumulates per image) of the network, with a 1×1 to `width`
    maps if there is one and `kernels` filters in the 3 × 3 convolution after it."""
    size, c_in = image_size.value, depth.value
    stem = (conv_params(3, 1, c_in), conv_macs(size, size, 3, 1, c_in))
    reduce = (0, 0)
    if width:
        reduce = (
            conv_params(1, c_in, width),
            conv_macs(pooled_size.value, pooled_size.value, 1, c_in, width),
        )
        c_in = width
    conv = (
        conv_params(3, c_in, kernels),
        conv_macs(conv_size.value, conv_size.value, 3, c_in, kernels),
    )
    flat = conv_size.value**2 * kernels
    dense = (flat * classes.value + classes.value, flat * classes.value)
    parts = (stem, reduce, conv, dense)
    return sum(part[0] for part in parts), sum(part[1] for part in parts)


def configuration_cost(name: str) -> tuple[int, int]:
    """The cost of a recorded configuration, from how the snippet builds it."""
    spec = RESULTS.configurations[name]
    return cost(spec.get("width"), spec.get("filters", filters.value))


# The configurations, by the names the snippet gives them.
FULL = f"1x1 to {depth.value}"
LINEAR = f"linear 1x1 to {depth.value}"
NONE = "no 1x1"
WIDENED = f"no 1x1, {widened_filters.value} filters"
SWEEP = {
    spec["width"]: name
    for name, spec in RESULTS.configurations.items()
    if set(spec) == {"width", "parameters"}
}
widths = Enumeration(tuple(sorted(SWEEP)))
narrowest_width = Figure(min(SWEEP))

full_params, full_macs = map(Figure, cost(depth.value))
none_params, none_macs = map(Figure, cost())
widened_params = Figure(cost(kernels=widened_filters.value)[0])
widened_difference = Figure(1 - widened_params.value / full_params.value, ".1%")
_block = conv_params(1, depth.value, depth.value) + conv_params(3, depth.value, filters.value)
block_share = Figure(_block / full_params.value, ".0%")

# The recording.
recorded_seeds = Figure(len(RECORDED_SEEDS))
# Its pairs of a configuration and a seed, and those at which every backend reached the same
# accuracy: the same seed gives each backend other runs.
seed_runs = Figure(len(RESULTS.configurations) * len(RESULTS.seeds))
backend_agreements = Count(
    sum(
        len({RESULTS.accuracy[backend][name][index] for backend in BACKENDS}) == 1
        for name in RESULTS.configurations
        for index in range(len(RESULTS.seeds))
    )
)
first_seed, last_seed = Figure(RECORDED_SEEDS[0]), Figure(RECORDED_SEEDS[-1])
runs_per_configuration = Figure(len(RESULTS.runs(FULL)))
record_minutes = Figure(max(RESULTS.seconds.values()) / 60, ".0f")
# What the snippet and its notebook train, on TensorFlow, with one thread.
snippet_seconds = Figure(RESULTS.snippet_cpu_seconds["tensorflow"], ".0f")


def _mean(name: str) -> Figure:
    return Figure(mean(RESULTS.runs(name)), ".1f")


full_mean = _mean(FULL)
full_sd = Figure(sd(RESULTS.runs(FULL)), ".2f")

# Half and a quarter of the depth the reduction receives: how far each falls below the full
# width, in points, in multiples of the runs' spread (over seeds and backends) and in test images.
half_width = Figure(depth.value // 2)
HALF = SWEEP[half_width.value]
half_mean = _mean(HALF)
half_fall = Figure(full_mean.value - half_mean.value, ".1f")
half_fall_spreads = Figure(half_fall.value / full_sd.value, ".1f")
half_fall_images = Figure(half_fall.value / point_per_image.value, ".0f")
half_params, half_macs = map(Figure, cost(half_width.value))
half_params_saved = Figure(1 - half_params.value / full_params.value, ".0%")
half_macs_saved = Figure(1 - half_macs.value / full_macs.value, ".0%")
quarter_width = Figure(depth.value // 4)
QUARTER = SWEEP[quarter_width.value]
quarter_mean = _mean(QUARTER)
quarter_fall = Figure(full_mean.value - quarter_mean.value, ".1f")
quarter_fall_spreads = Figure(quarter_fall.value / full_sd.value, ".1f")
# On TensorFlow alone, the means at a quarter and at half the depth.
quarter_tensorflow_mean = Figure(mean(RESULTS.accuracy["tensorflow"][QUARTER]), ".2f")
half_tensorflow_mean = Figure(mean(RESULTS.accuracy["tensorflow"][HALF]), ".2f")
# An eighth of the depth, and one map.
eighth_width = Figure(depth.value // 8)
EIGHTH = SWEEP[eighth_width.value]
ONE_MAP = SWEEP[1]

one_map_mean = _mean(ONE_MAP)

# What the nonlinearity adds.
linear_mean = _mean(LINEAR)
widened_mean = _mean(WIDENED)
none_mean = _mean(NONE)


def _difference_se(first: str, second: str) -> float:
    """The standard error of the difference of two configurations' recorded mean accuracies."""
    return difference_se(RESULTS.runs(first), RESULTS.runs(second))


def _from_full(name: str) -> float:
    return abs(mean(RESULTS.runs(name)) - mean(RESULTS.runs(FULL)))


half_fall_ses = Figure(half_fall.value / _difference_se(HALF, FULL), ".1f")
# The snippet's own runs, from its seeds on every backend, which the check trains again by
# default and which set no bound: the half width's mean against the full width's there, and how
# many standard deviations of the difference of the two falls separate that one from the
# recorded one, each fall spreading as the recorded runs do over its number of runs and the two
# independent; and how often two such samples of the same runs would lie that far apart. The
# spreads are estimated from the recorded runs of the two networks, so the distance follows
# Student's t with their degrees of freedom (n - 1 each, as if the two spread alike), not the
# normal distribution.
check_runs_full_mean = Figure(mean(RESULTS.checked_runs(FULL)), ".2f")
check_runs_half_mean = Figure(mean(RESULTS.checked_runs(HALF)), ".2f")
# The rise as the difference of the two means as shown, to the hundredth.
check_runs_half_rise = Figure(
    round(check_runs_half_mean.value, 2) - round(check_runs_full_mean.value, 2), ".2f"
)
falls_apart_sds = Figure(
    (half_fall.value + check_runs_half_mean.value - check_runs_full_mean.value)
    / math.hypot(_difference_se(HALF, FULL), RESULTS.checked_difference_se(HALF, FULL)),
    ".1f",
)
_falls_freedom = len(RESULTS.runs(HALF)) + len(RESULTS.runs(FULL)) - 2
falls_apart_chance = Figure(2 * stdtr(_falls_freedom, -falls_apart_sds.value), ".0%")


def _step(narrower: str, wider: str) -> tuple[Figure, Figure]:
    """How far the mean of `narrower` lies below that of `wider`, in points and in standard
    errors of the difference of the two means (their runs taken as independent)."""
    step = mean(RESULTS.runs(wider)) - mean(RESULTS.runs(narrower))
    return Figure(step, ".2f"), Figure(step / _difference_se(narrower, wider), ".1f")


# Each halving of the width below half the depth: the quarter's fall below the half is not
# resolved (under two standard errors), the falls to an eighth and to one map are.
quarter_below_half, quarter_below_half_ses = _step(QUARTER, HALF)
eighth_below_quarter, eighth_below_quarter_ses = _step(EIGHTH, QUARTER)
one_map_below_eighth, one_map_below_eighth_ses = _step(ONE_MAP, EIGHTH)
# What the snippet's output can resolve: it prints each network's mean over a few seeds on one
# backend, so the difference of two of its means has the standard error that the recorded
# TensorFlow runs' spread gives at that many seeds.
_OUTPUT = recording_of(SNIPPET).read_text("utf-8").splitlines()
[_OUTPUT_SEEDS] = [
    line.split(" over seeds ")[1].split(", ") for line in _OUTPUT if " over seeds " in line
]
output_seeds = Count(len(_OUTPUT_SEEDS))
# The networks it trains, which the check trains too: a row of the output each.
CHECKED = [row for line in _OUTPUT if (row := line.split("  ")[0]) in RESULTS.configurations]
checked_networks = Count(len(CHECKED))
seeds = Enumeration(tuple(map(int, _OUTPUT_SEEDS)))
# The seeds from which the mirror test builds every network and compares its initial weights
# with those of the 1×1 at full width; it runs in pytest's process, on TensorFlow only.
weight_seeds = Enumeration((0, 1))
output_half_fall_se = Figure(
    difference_se(
        *(RESULTS.accuracy["tensorflow"][name] for name in (HALF, FULL)), output_seeds.value
    ),
    ".2f",
)
# The linear 1×1 and the wider 3 × 3 convolution against the 1×1 with its ReLU: the larger of
# their two differences from it, and the smaller of the two standard errors of those differences.
# From the same seed on the same backend, the linear 1×1 starts from the same weights as the one
# with its ReLU (tests/experiments/test_digits_reduction.py), so their runs pair seed by seed and
# the standard error of their difference is that of the paired differences; the other networks
# share only some layers' initial weights with it, and their differences count as independent.
linear_paired_se = Figure(paired_difference_se(RESULTS.runs(LINEAR), RESULTS.runs(FULL)), ".2f")
linear_unpaired_se = Figure(_difference_se(LINEAR, FULL), ".2f")
# "Within" the one and "at least" the other: the difference rounded up, the standard error down,
# to a thousandth of a point (to a hundredth, the two would round across each other).
relu_difference = Figure(
    math.ceil(1000 * max(_from_full(LINEAR), _from_full(WIDENED))) / 1000, ".3f"
)
relu_difference_se = Figure(
    math.floor(1000 * min(linear_paired_se.value, _difference_se(WIDENED, FULL))) / 1000, ".3f"
)
# The other networks' runs, paired with the full width's by seed and backend: the widths at which
# pairing gives a smaller standard error of the difference from the full width than independence
# does (their runs go together), and the fall at half width in its paired standard errors (there
# pairing gives a slightly larger one).
_others = [name for name in RESULTS.configurations if name not in (FULL, LINEAR)]
TIED = [
    name
    for name in _others
    if paired_difference_se(RESULTS.runs(name), RESULTS.runs(FULL)) < _difference_se(name, FULL)
]
tied_widths = Enumeration(tuple(sorted(RESULTS.configurations[name]["width"] for name in TIED)))
half_fall_paired_ses = Figure(
    half_fall.value / paired_difference_se(RESULTS.runs(HALF), RESULTS.runs(FULL)), ".1f"
)
none_difference = Figure(_from_full(NONE), ".2f")
none_difference_se = Figure(_difference_se(NONE, FULL), ".2f")


def _within(first: str, second: str) -> Figure:
    """The bound of "the mean accuracies of `first` and `second` differ by at most this": their
    recorded difference plus CLAIM_SDS standard deviations of that difference in the smallest
    check, rounded up to a tenth of a point."""
    difference = abs(mean(RESULTS.runs(first)) - mean(RESULTS.runs(second)))
    bound = difference + CLAIM_SDS * RESULTS.checked_difference_se(first, second)
    return Figure(math.ceil(10 * bound) / 10, ".1f")


def _below(first: str, second: str) -> Figure:
    """The margin of "the mean accuracy of `first` is more than this below `second`'s": their
    recorded difference less CLAIM_SDS standard deviations of it in the smallest check, rounded
    down to a tenth of a point."""
    difference = mean(RESULTS.runs(second)) - mean(RESULTS.runs(first))
    margin = difference - CLAIM_SDS * RESULTS.checked_difference_se(first, second)
    return Figure(math.floor(10 * margin) / 10, ".1f")


half_tolerance = _within(HALF, FULL)
# The widest reduction below half whose fall the check's runs can tell from chance: its margin
# is above zero.
_checked = max(w for w, n in SWEEP.items() if w < half_width.value and _below(n, FULL).value > 0)
checked_fall_width = Figure(_checked)
CHECKED_FALL = SWEEP[_checked]
checked_fall_mean = _mean(CHECKED_FALL)
checked_fall = Figure(full_mean.value - checked_fall_mean.value, ".1f")
checked_fall_margin = _below(CHECKED_FALL, FULL)
# Not above zero: the check's runs cannot tell the fall at a quarter from chance.
quarter_margin = _below(QUARTER, FULL)
linear_tolerance = _within(LINEAR, FULL)
widened_tolerance = _within(WIDENED, FULL)
claim_sds = Figure(CLAIM_SDS)
check_seeds = Figure(CHECK_SEEDS)
check_runs = Figure(CHECK_SEEDS * len(BACKENDS))
# The page's assertions, by the named values of their bounds (the mirror test ties them to the
# register's `training:` evidence).
WITHIN = ("half_tolerance", "linear_tolerance", "widened_tolerance")
BELOW = ("checked_fall_margin",)

# The bands: one for each backend and network the check trains, on the backend's mean of its
# check_seeds runs of the network; its recorded mean ± band_quantile times the standard error of
# the difference of that mean and the recorded one (tools/experiments.py, `Results.band`).
band_tests = Count(RESULTS.band_tests)
_BANDS = [(name, backend) for name in CHECKED for backend in BACKENDS]
[_quantile] = {RESULTS.band_quantile(name, backend) for name, backend in _BANDS}
band_quantile = Figure(_quantile, ".2f")


def _half_width(name: str, backend: str) -> float:
    low, high = RESULTS.band(name, backend, CHECK_SEEDS)
    return (high - low) / 2


# What the bands hold the levels to, at full width: each backend's band reaches this far on either
# side of its recorded mean, the narrowest and the widest. A shift of every one of a backend's
# runs by its band's half-width puts their mean outside the band about half the time (its mean
# and spread taken as known; beyond the other edge, almost never).
_full_half_widths = [_half_width(FULL, backend) for backend in BACKENDS]
full_band_narrowest = Figure(min(_full_half_widths), ".1f")
full_band_widest = Figure(max(_full_half_widths), ".1f")


def _caught(shift: float) -> float:
    """The chance that the means of the check's runs at full width, every backend's runs moved
    by `shift` and spread as recorded, leave at least one of the three bands."""
    inside = 1.0
    for backend, half in zip(BACKENDS, _full_half_widths, strict=True):
        error = sd(RESULTS.accuracy[backend][FULL]) / math.sqrt(CHECK_SEEDS)
        inside *= ndtr((half - shift) / error) - ndtr((-half - shift) / error)
    return 1 - inside


# The shift of every backend's runs at full width that the bands catch about half the time.
full_bands_shift = Figure(
    brentq(lambda shift: _caught(shift) - 0.5, 0, max(_full_half_widths)), ".1f"
)

# What each assertion can catch: how far a difference must move from the recorded one before the
# check's mean difference passes its bound (a move of that much is caught about half the time).
half_allowance = Figure(half_tolerance.value - _from_full(HALF), ".1f")
checked_fall_allowance = Figure(_from_full(CHECKED_FALL) - checked_fall_margin.value, ".1f")
# The smaller of the tolerances of the linear 1×1 and the wider 3 × 3 convolution, in test images
# and in the larger of the standard errors of their differences from the 1×1 with its ReLU over
# the check's runs (check_runs of each network, spread as recorded; the linear 1×1's paired seed
# by seed), rounded down to a tenth, as the page says "at least".
relu_tolerance = Figure(min(linear_tolerance.value, widened_tolerance.value), ".1f")
relu_tolerance_images = Figure(relu_tolerance.value / point_per_image.value, ".0f")
CHECKED_LINEAR_SE = paired_difference_se(RESULTS.runs(LINEAR), RESULTS.runs(FULL)) * math.sqrt(
    runs_per_configuration.value / check_runs.value
)
CHECKED_WIDENED_SE = RESULTS.checked_difference_se(WIDENED, FULL)
relu_tolerance_ses = Figure(
    math.floor(10 * relu_tolerance.value / max(CHECKED_LINEAR_SE, CHECKED_WIDENED_SE)) / 10, ".1f"
)

# The rates of false alarms: how often the check would fail with nothing changed, were each
# backend's runs of a network independent draws of a normal distribution of their own, whose
# mean and spread its recorded runs estimate, and the check's runs a fresh sample of it. A
# backend's mean of its check_seeds runs, less the mean of its n recorded runs, over their
# standard deviation times √(1/check_seeds + 1/n), follows Student's t with n - 1 degrees of
# freedom, so each band fails with the probability band_false_alarm_each, and any of them, at
# most, with the sum of those: BAND_FALSE_ALARM by construction (Bonferroni).
_n = runs_per_configuration.value
_band_rates = [
    2 * stdtr(len(RESULTS.accuracy[backend][name]) - 1, -RESULTS.band_quantile(name, backend))
    for name, backend in _BANDS
]
band_false_alarm_each = Figure(max(_band_rates), ".2%")
band_false_alarm = Figure(sum(_band_rates), ".0%")
# An assertion's bound starts from the recorded difference, whose own spread its allowance leaves
# out: the check's difference less the recorded one spreads √(1 + check_runs / n) times the
# check's (the same recorded spreads set both), so the allowance is this many of its standard
# deviations. With the spread estimated from the 2(n - 1) degrees of freedom of the two networks'
# runs, as if they spread alike, the difference passes it on the failing side with the
# probability claim_false_alarm; a "within" whose difference is near zero can fail on either
# side, at most twice as often. Rounding the bounds makes both a little rarer.
claim_allowance_sds = Figure(CLAIM_SDS / math.sqrt(1 + check_runs.value / _n), ".1f")
claim_false_alarm = Figure(stdtr(2 * (_n - 1), -claim_allowance_sds.value), ".1%")
# The check fails if a band or an assertion does: at most the sum of their rates, with each
# "within" counted twice (it can fail on either side).
_claims_false_alarm = claim_false_alarm.value * (2 * len(WITHIN) + len(BELOW))
check_false_alarm = Figure(band_false_alarm.value + _claims_false_alarm, ".0%")


def _row(name: str) -> str:
    params, macs = configuration_cost(name)
    cells = [f"`{name}`", f"{params:,}", f"{macs:,}"]
    for backend in BACKENDS:
        runs = RESULTS.accuracy[backend][name]
        cells.append(f"{mean(runs):.1f} ± {sd(runs):.2f} [{min(runs):.1f}, {max(runs):.1f}]")
    return "| " + " | ".join(cells) + " |"


# The recorded table, as the page shows it.
_backends = [f"{BACKEND_NAMES[backend]}: mean ± sd [min, max]" for backend in BACKENDS]
table = "\n".join(
    [
        "| " + " | ".join(["network", "parameters", "multiply-accumulates", *_backends]) + " |",
        "| --- | ---: | ---: |" + " ---: |" * len(BACKENDS),
        *map(_row, RESULTS.configurations),
    ]
)
