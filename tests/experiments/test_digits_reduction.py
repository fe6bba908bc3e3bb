"""The digits experiment's network, data and configurations, as the snippet defines them, against
the page's figures (tools/figures/digits.py, computed with tools/arithmetic/layers.py) and the
recording. Nothing here trains: tests/test_experiments.py does."""

import math
import runpy
from functools import cache
from importlib.metadata import metadata

import numpy as np
import pytest

from mirror import snippet_of
from tools.catalogue import SNIPPETS, page
from tools.evidence import claims_of
from tools.experiments import BACKENDS, BAND_FALSE_ALARM, CHECK_SEEDS, CLAIM_SDS, Results
from tools.figures import digits
from tools.runner import in_worker

SNIPPET = snippet_of(__file__)


@cache
def namespace() -> dict:
    """The snippet's definitions, without its training: in the TensorFlow worker, where the tests
    that read them run (`in_worker`), so that the test process imports neither Keras nor
    scikit-learn."""
    return runpy.run_path(str(SNIPPETS / SNIPPET), run_name="training")


def kernel_macs(layer) -> int:
    """Each weight of a kernel multiplies one input value at every position of the output."""
    return math.prod(layer.kernel.shape) * math.prod(layer.output.shape[1:-1])


@in_worker
def test_the_figures_describe_the_snippets_data_and_split():
    snippet = namespace()
    assert len(snippet["digits"].images) == digits.images.value
    assert snippet["digits"].images.shape[1:] == (digits.image_size.value,) * 2
    assert snippet["digits"].images.max() == digits.pixel_maximum.value
    assert len(snippet["x_train"]) == digits.train_images.value
    assert len(snippet["x_test"]) == digits.test_images.value
    assert len(set(snippet["digits"].target)) == digits.classes.value
    # Stratified: each digit's share of the test images is its share of all images, to within
    # one image.
    for digit in range(digits.classes.value):
        share = np.mean(snippet["digits"].target == digit)
        assert abs(np.sum(snippet["y_test"] == digit) - share * len(snippet["y_test"])) <= 1
    # What the page reads in the description: a copy of UCI's test set, its creator and date,
    # the writers of each set, the bitmaps and the blocks they were counted in.
    description = " ".join(snippet["digits"].DESCR.split())
    for words in (
        "This is a copy of the test set of the UCI ML hand-written digits datasets",
        "Optical+Recognition+of+Handwritten+Digits",
        ":Creator: E. Alpaydin",
        ":Date: July; 1998",
        f"From a total of {digits.writers} people",
        f"different {digits.test_writers} to the test set",
        f"{digits.bitmap_size}x{digits.bitmap_size} bitmaps are divided into nonoverlapping "
        f"blocks of {digits.block_size}x{digits.block_size}",
    ):
        assert words in description
    # Its licence, as the page gives it: none in the description, the package's for the file.
    assert "licen" not in description.lower()
    assert metadata("scikit-learn")["License-Expression"] == "BSD-3-Clause"


@in_worker
def test_the_figures_describe_the_snippets_network_and_training():
    snippet = namespace()
    assert snippet["DEPTH"] == digits.depth.value
    assert snippet["FILTERS"] == digits.filters.value
    assert snippet["WIDENED"] == digits.widened_filters.value
    assert (snippet["EPOCHS"], snippet["BATCH"]) == (digits.epochs.value, digits.batch.value)
    assert len(snippet["x_train"]) % snippet["BATCH"] == 0, "every batch the same shape"
    steps = snippet["EPOCHS"] * len(snippet["x_train"]) // snippet["BATCH"]
    assert steps == digits.steps.value
    source = (SNIPPETS / SNIPPET).read_text("utf-8")
    assert f"CosineDecay({digits.learning_rate.value}, steps)" in source
    reduce = snippet["build"](1).get_layer("reduce")
    assert reduce.bias.numpy().tolist() == pytest.approx([digits.reduce_bias.value])
    assert snippet["WIDTHS"] == list(digits.widths.value)
    assert digits.widths.value == tuple(2**i for i in range(int(math.log2(digits.depth.value)) + 1))
    assert digits.narrowest_width.value == snippet["WIDTHS"][0]
    assert snippet["SEEDS"] == list(digits.seeds.value), "the seeds its recording prints"
    assert len(snippet["CHECKED"]) == digits.checked_networks.value, "a row of its output each"


@pytest.mark.parametrize("name", list(Results.read(SNIPPET).configurations))
@in_worker
def test_each_configuration_costs_what_the_formulas_give(name):
    """Keras's parameters and the multiply-accumulates of its layers' kernels (biases and the
    pooling aside) against tools/arithmetic/layers.py, and the recording's parameters against
    both."""
    snippet = namespace()
    spec = snippet["CONFIGURATIONS"][name]
    model = snippet["build"](**spec)
    params, macs = digits.configuration_cost(name)
    assert model.count_params() == params
    assert Results.read(SNIPPET).configurations[name] == {**spec, "parameters": params}
    from keras import layers

    kernels = [layer for layer in model.layers if isinstance(layer, layers.Conv2D | layers.Dense)]
    assert sum(kernel_macs(layer) for layer in kernels) == macs


def test_the_widened_network_matches_the_1x1s_parameters_within_two_percent():
    """Of every filter count, WIDENED gives the network without a 1×1 the parameters nearest
    those of the network with a 1×1 at full depth."""
    target = digits.full_params.value
    nearest = min(range(1, 100), key=lambda f: abs(digits.cost(kernels=f)[0] - target))
    assert digits.widened_filters.value == nearest
    assert abs(digits.widened_difference.value) * 100 < digits.match_limit.value


@in_worker
def test_the_block_the_reduction_changes_holds_most_of_the_parameters():
    snippet = namespace()
    model = snippet["build"](digits.depth.value)
    block = sum(model.get_layer(name).count_params() for name in ("reduce", "conv_3x3"))
    assert block / model.count_params() == digits.block_share.value > 0.5
    assert model.get_layer("classifier").count_params() < block / 2


@in_worker
def test_the_configurations_are_the_pages():
    snippet = namespace()
    assert list(snippet["CONFIGURATIONS"]) == list(Results.read(SNIPPET).configurations)
    for name in (digits.FULL, digits.LINEAR, digits.NONE, digits.WIDENED):
        assert name in snippet["CONFIGURATIONS"]
    assert snippet["CONFIGURATIONS"][digits.LINEAR] == {
        "width": digits.depth.value,
        "activation": None,
    }


def test_what_the_page_says_of_the_recording_is_what_it_recorded():
    """The page's reading of the recorded table: the runs' spread at full width is under a
    point; at half the depth the mean falls by about the spread (between half and one and a
    half times it), which is more than three standard errors of the difference; a quarter lies
    below the half by under two standard errors of their difference, and on TensorFlow alone
    above it; each halving below a quarter falls by more than three; the linear, the widened
    and the network without a 1×1 differ from the ReLU's by less than the standard error of
    that difference (the difference rounded up, the error down, still in that order); the
    check's runs can tell the fall at checked_fall_width from chance, and not the one at a
    quarter; the snippet's output, from its few seeds on one backend, cannot tell the fall at
    half the depth from chance (it is under two standard errors of the difference of its
    means); the snippet's own runs on every backend put the half width above the full width."""
    spread = digits.full_sd.value
    assert spread < 1
    assert 0.5 <= digits.half_fall.value / spread <= 1.5
    assert digits.half_fall_ses.value > 3
    for width, name in digits.SWEEP.items():
        if width <= digits.quarter_width.value:
            assert digits.full_mean.value - digits._mean(name).value > spread, name
    assert 0 < digits.quarter_below_half_ses.value < 2
    assert digits.quarter_tensorflow_mean.value > digits.half_tensorflow_mean.value
    assert digits.eighth_below_quarter_ses.value > 3
    assert digits.one_map_below_eighth_ses.value > 3
    widths = [digits.SWEEP[width] for width in sorted(digits.SWEEP)]
    assert widths == [digits.ONE_MAP, digits.EIGHTH, digits.QUARTER, digits.HALF, digits.FULL]
    for name in (digits.LINEAR, digits.WIDENED, digits.NONE):
        assert digits._from_full(name) < digits._difference_se(name, digits.FULL), name
    assert digits.relu_difference.value < digits.relu_difference_se.value
    larger = max(digits._from_full(digits.LINEAR), digits._from_full(digits.WIDENED))
    smaller = min(digits.linear_paired_se.value, digits._difference_se(digits.WIDENED, digits.FULL))
    assert float(str(digits.relu_difference)) >= larger  # "within" it
    assert float(str(digits.relu_difference_se)) <= smaller  # "at least" it
    assert digits.none_difference.value < digits.none_difference_se.value
    assert digits.quarter_margin.value <= 0 < digits.checked_fall_margin.value
    assert digits.half_fall.value < 2 * digits.output_half_fall_se.value
    assert digits.check_runs_half_rise.value > 0
    # The bands' rates together are BAND_FALSE_ALARM by construction, one band for each backend
    # and network the check trains; at full width a shift of every backend's runs is caught half
    # the time at no more than the narrowest band's reach ("one backend's runs must move by as
    # much as its band reaches to be caught as often").
    assert digits.band_false_alarm.value == pytest.approx(BAND_FALSE_ALARM)
    assert digits.band_tests.value == len(BACKENDS) * digits.checked_networks.value
    assert digits.full_bands_shift.value <= digits.full_band_narrowest.value
    # Paired by seed and backend, only narrow reductions' runs go with the full width's: not the
    # half width's (pairing makes its fall fewer standard errors) nor those without a 1×1.
    assert set(digits.TIED) <= set(digits.SWEEP.values())
    assert digits.HALF not in digits.TIED
    assert digits.half_fall_paired_ses.value < digits.half_fall_ses.value
    # The fall that the check holds (a "more than") is at a width whose runs do go together:
    # pairing lowers that assertion's false alarms, as it does the linear 1×1's.
    assert digits.CHECKED_FALL in digits.TIED
    # "At least" so many standard errors of the check's differences: the tolerance over each.
    for error in (digits.CHECKED_LINEAR_SE, digits.CHECKED_WIDENED_SE):
        assert float(str(digits.relu_tolerance_ses)) <= digits.relu_tolerance.value / error
    # The linear 1×1's runs go with the ReLU's: pairing them makes the standard error smaller.
    assert digits.linear_paired_se.value < digits.linear_unpaired_se.value
    # "Only" so many pairs of a network and a seed reach the same accuracy on every backend.
    assert digits.backend_agreements.value < digits.seed_runs.value / 10


@in_worker
def test_the_recorded_runs_of_the_snippet_are_those_the_check_trains_by_default():
    """The runs whose means at half and full width the page gives: the snippet's CHECKED
    configurations (which tests/test_experiments.py holds to the claims') from its SEEDS, on every
    backend."""
    assert digits.RESULTS.checked_seeds == namespace()["SEEDS"] == list(digits.seeds.value)
    assert namespace()["CHECKED"] == digits.CHECKED
    for backend, accuracy in digits.RESULTS.checked_accuracy.items():
        assert list(accuracy) == namespace()["CHECKED"], backend
        assert all(len(runs) == len(namespace()["SEEDS"]) for runs in accuracy.values()), backend
    assert set(digits.RESULTS.checked_accuracy) == set(digits.BACKENDS)


def initial_weights(name: str, seed: int) -> dict[str, list[np.ndarray]]:
    """Each layer's initial weights in the network of a configuration built from a seed."""
    import keras

    keras.backend.clear_session()
    keras.utils.set_random_seed(seed)
    model = namespace()["build"](**namespace()["CONFIGURATIONS"][name])
    return {layer.name: layer.get_weights() for layer in model.layers if layer.weights}


def same_weights(first: list[np.ndarray], second: list[np.ndarray]) -> bool:
    return len(first) == len(second) and all(
        a.shape == b.shape and np.array_equal(a, b) for a, b in zip(first, second, strict=True)
    )


@pytest.mark.parametrize("seed", digits.weight_seeds.value)
@in_worker
def test_the_same_seed_starts_only_the_linear_1x1_from_all_the_weights_of_the_relus(seed):
    """What pairs the linear 1×1's runs with the ReLU's, seed by seed: it starts from every
    weight of the 1×1 at full width; a 1×1 of another width shares only its first convolution
    and its classifier, and a network with no 1×1 only its first convolution. This runs in the
    TensorFlow worker: on TensorFlow, as the page says."""
    full = initial_weights(digits.FULL, seed)
    first, classifier = next(iter(full)), "classifier"
    for name in Results.read(SNIPPET).configurations:
        weights = initial_weights(name, seed)
        shared = {layer for layer in full if same_weights(full[layer], weights.get(layer, []))}
        if name in (digits.FULL, digits.LINEAR):
            assert set(weights) == set(full), name
            assert shared == set(full), name
        elif name in digits.SWEEP.values():
            assert shared == {first, classifier}, (name, shared)
        else:
            assert shared == {first}, (name, shared)


def test_the_rates_of_false_alarms_are_those_of_a_simulated_check():
    """The rates the page gives, against the check's rules applied to simulated runs: each
    network's runs independent draws of one normal distribution (the standard one: the rates do
    not depend on its mean and spread). The chance that each recorded sample leads to a failure
    is exact given that sample, from the normal distribution of the check's runs; its mean over
    many samples is the rate."""
    rng = np.random.default_rng(0)
    recorded, check = digits.runs_per_configuration.value, digits.check_runs.value
    samples = 100_000
    normal_tail = np.vectorize(lambda z: math.erfc(z / math.sqrt(2)) / 2)
    # An assertion on two networks of the same true means, failing on one side: the check's
    # difference of means (of `check` runs each) falls CLAIM_SDS of its standard errors, as
    # the recorded spreads give them, below the recorded difference.
    first, second = rng.standard_normal((2, samples, recorded))
    difference = first.mean(axis=1) - second.mean(axis=1)
    error = np.sqrt((first.var(axis=1, ddof=1) + second.var(axis=1, ddof=1)) / check)
    below = normal_tail((CLAIM_SDS * error - difference) / math.sqrt(2 / check))
    assert below.mean() == pytest.approx(digits.claim_false_alarm.value, rel=0.05)


@pytest.mark.parametrize("runs", [CHECK_SEEDS, 2 * CHECK_SEEDS])
def test_the_bands_rates_are_those_of_simulated_runs(runs):
    """Each backend's runs of a network drawn from a normal distribution whose mean and spread
    that backend's recorded runs estimate: the mean of `runs` new runs, drawn in two steps (a
    spread and a mean as the recorded runs leave them uncertain, then the mean of the runs from
    them), leaves the backend's band for that many runs band_false_alarm_each of the time, within
    four of the simulation's standard errors, and any band of the check's leaves it
    band_false_alarm of the time, at most. Taking the recorded mean and spread as exact (the
    normal distribution) would fail it, and so would a band that ignored how many runs it
    tests."""
    rng = np.random.default_rng(0)
    draws = 1_000_000
    each = digits.band_false_alarm_each.value
    total = 0.0
    for name in digits.CHECKED:
        for backend in BACKENDS:
            recorded = digits.RESULTS.accuracy[backend][name]
            n = len(recorded)
            spread = np.std(recorded, ddof=1) * np.sqrt((n - 1) / rng.chisquare(n - 1, draws))
            centre = rng.normal(np.mean(recorded), spread / np.sqrt(n))
            means = rng.normal(centre, spread / np.sqrt(runs))
            low, high = digits.RESULTS.band(name, backend, runs)
            rate = np.mean((means < low) | (means > high))
            error = 4 * math.sqrt(each * (1 - each) / draws)
            assert rate == pytest.approx(each, abs=error), (name, backend)
            total += rate
    assert total == pytest.approx(digits.band_false_alarm.value, rel=0.05)


def test_the_assertions_counted_in_the_total_rate_are_the_registers():
    """The total rate of false alarms counts the page's assertions: those its register gives
    `training:` evidence of "within" or "below", by their bounds."""
    relations = {"within": [], "below": []}
    for claim in claims_of(page("experiments/reduction-on-digits.md")):
        if claim.training and claim.training.relation in relations:
            relations[claim.training.relation].append(claim.training.bound)
    assert sorted(relations["within"]) == sorted(f"digits.{name}" for name in digits.WITHIN)
    assert sorted(relations["below"]) == sorted(f"digits.{name}" for name in digits.BELOW)
    rates = digits.band_false_alarm.value + digits.claim_false_alarm.value * (
        2 * len(relations["within"]) + len(relations["below"])
    )
    assert digits.check_false_alarm.value == pytest.approx(rates)


def test_a_shift_of_full_bands_shift_puts_a_backends_mean_outside_half_the_time():
    """What the bands at full width hold the level to, against simulated runs spread as each
    backend's recorded runs (their mean and spread taken as known): every backend's runs moved by
    full_bands_shift put one of the backends' means of check_seeds runs outside its band about
    half the time; one backend's runs moved by its band's reach put its mean outside about half
    the time."""
    rng = np.random.default_rng(0)
    samples = 100_000
    anywhere = np.zeros(samples, dtype=bool)
    for backend in BACKENDS:
        recorded = digits.RESULTS.accuracy[backend][digits.FULL]
        centre, spread = np.mean(recorded), np.std(recorded, ddof=1)
        low, high = Results.read(SNIPPET).band(digits.FULL, backend, CHECK_SEEDS)
        shift = digits.full_bands_shift.value
        means = rng.normal(centre + shift, spread, (samples, CHECK_SEEDS)).mean(axis=1)
        anywhere |= (means < low) | (means > high)
        # One backend's runs moved by its band's reach: their mean leaves it half the time.
        reach = (high - low) / 2
        alone = rng.normal(centre + reach, spread, (samples, CHECK_SEEDS)).mean(axis=1)
        assert np.mean((alone < low) | (alone > high)) == pytest.approx(0.5, abs=0.01), backend
        assert digits.full_band_narrowest.value <= reach <= digits.full_band_widest.value
    assert anywhere.mean() == pytest.approx(0.5, abs=0.06)


@in_worker
def test_the_linear_1x1_folds_into_the_network_without_one():
    """Without a ReLU, the 1×1 layer and the unpadded 3 × 3 convolution after it are one 3 × 3
    convolution: the network without a 1×1 layer, given the folded kernel and bias and the other
    layers' weights, computes what the linear network computes."""
    snippet = namespace()
    linear = snippet["build"](**snippet["CONFIGURATIONS"][digits.LINEAR])
    folded = snippet["build"](**snippet["CONFIGURATIONS"][digits.NONE])
    reduce_kernel, reduce_bias = linear.get_layer("reduce").get_weights()
    kernel, bias = linear.get_layer("conv_3x3").get_weights()
    reduce_bias += np.random.default_rng(0).normal(size=reduce_bias.shape)  # not just 0.1
    linear.get_layer("reduce").set_weights([reduce_kernel, reduce_bias])
    kept = [layer for layer in linear.layers if layer.weights and layer.name != "reduce"]
    for layer, source in zip(
        [layer for layer in folded.layers if layer.weights], kept, strict=True
    ):
        if layer.name == "conv_3x3":
            layer.set_weights(
                [
                    np.einsum("ij,hwjk->hwik", reduce_kernel[0, 0], kernel),
                    bias + np.einsum("j,hwjk->k", reduce_bias, kernel),
                ]
            )
        else:
            layer.set_weights(source.get_weights())
    images = snippet["x_test"][:64]
    np.testing.assert_allclose(
        folded.predict(images, verbose=0), linear.predict(images, verbose=0), atol=1e-4
    )
    assert folded.count_params() == digits.none_params.value
