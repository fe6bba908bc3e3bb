"""The experiments' check: what a page says about training still holds when its networks are
trained again, and each backend's runs land where its recorded runs say they land.

A page's claims about training are registered in tests/claims/<page>.yml with a statistical
assertion as evidence, about the mean accuracies of the configurations it names, pooled over
every backend, or about each backend's mean:

    training: {within: digits.kept_tolerance, means: ["1x1 to 4", "1x1 to 16"]}
        the two means differ by at most the named value, in points;
    training: {below: digits.lost_margin, means: ["1x1 to 2", "1x1 to 16"]}
        the first mean is more than the named value below the second;
    training: {band: "1x1 to 16"}
        each backend's mean of its runs of the configuration lies in its recorded band.

The format of `training:` is in tools/evidence.py. The check trains the configurations the
claims name, and only those, from each of the snippet's `SEEDS` (or the seeds of
`TRAINING_SEEDS="200 201 ..."`, none of them a recorded one), on every backend at once
(tools/experiments.py). Every bound comes from the recording, before anything trains: the band
of a backend's mean of its runs of a configuration is set by that backend's recorded runs of it
(`Results.band`: their mean ± a Student's t quantile times the standard error of the difference,
so that every band of the check together fails by chance at most BAND_FALSE_ALARM of the time),
and a claim's bound is a named value computed from the recorded means and spread
(tools/figures/<page>.py).
"""

import math
import runpy
import time

import pytest

from recordings import check_recording
from tools.catalogue import SNIPPETS, describe, pages
from tools.evidence import Training
from tools.experiments import (
    BACKENDS,
    CHECK_SEEDS,
    RECORDED_SEEDS,
    THEMES,
    Results,
    Trainings,
    difference_se,
    draw,
    mean,
    paired_difference_se,
    plot_of,
)
from tools.figures import named_values
from tools.runner import in_worker
from trainings import (
    TRAININGS,
    check_seeds,
    claimed_configurations,
    start_trainings,
    timeout,
    training_claims,
    training_snippet,
)

TRAINING_PAGES = [page for page in pages() if page.trains]


def by_page(function):
    return pytest.mark.parametrize("page", TRAINING_PAGES, ids=lambda page: page.name)(function)


def problem_with(
    training: Training, accuracy: dict[str, dict[str, list[float]]], bands: Results
) -> str | None:
    """What is wrong with a claim's training evidence on these runs (each backend's accuracies
    of each configuration), or None if it holds."""
    if training.relation == "band":
        [name] = training.configurations
        problems = [
            outside_band(bands, backend, name, runs[name]) for backend, runs in accuracy.items()
        ]
        return "; ".join(filter(None, problems)) or None
    runs = pooled(accuracy)
    bound = named_values()[training.bound].value
    first, second = training.configurations
    difference = mean(runs[first]) - mean(runs[second])
    holds = abs(difference) <= bound if training.relation == "within" else -difference > bound
    return None if holds else (
        f"the mean of {first!r} is {mean(runs[first]):.2f} and of {second!r} "
        f"{mean(runs[second]):.2f}: {first!r} differs by {difference:+.2f} points, which is "
        f"not {training.relation} {training.bound} = {bound}"
    )  # fmt: skip


def outside_band(bands: Results, backend: str, name: str, runs: list[float]) -> str:
    """What is wrong with the backend's runs of a configuration: their mean outside its band
    for that many runs, or "" if it lies in it."""
    low, high = bands.band(name, backend, len(runs))
    if low <= mean(runs) <= high:
        return ""
    return (
        f"{backend}, {name!r}: the mean {mean(runs):.2f}% of its {len(runs)} runs "
        f"{[round(run, 2) for run in runs]} lies outside its band [{low:.2f}, {high:.2f}]"
    )


def pooled(accuracy: dict[str, dict[str, list[float]]]) -> dict[str, list[float]]:
    """Each configuration's accuracies on every backend, together."""
    names = accuracy[next(iter(accuracy))]
    return {name: [run for runs in accuracy.values() for run in runs[name]] for name in names}


def accuracies(trained: dict[str, dict]) -> dict[str, dict[str, list[float]]]:
    """Each backend's accuracies of each configuration, from its training's result."""
    return {backend: trained[backend]["accuracy"] for backend in BACKENDS}


@pytest.fixture(scope="module")
def trained(request) -> dict[str, dict]:
    """Each training page's claimed configurations, trained again on every backend at once:
    the trainings the session started (tests/trainings.py), or else started now."""
    started = request.config.stash.get(TRAININGS, {})
    return {
        page.name: (started.get(page.name) or start_trainings(page, False)).results(timeout())
        for page in TRAINING_PAGES
    }


@by_page
@in_worker
def test_claims_name_configurations_that_the_notebook_trains(page):
    """The notebook trains what the check trains: the snippet's CHECKED configurations are the
    claims' own, trained from as many seeds as the check needs. In the TensorFlow worker, where
    the snippet's definitions do not bring Keras into the test process."""
    snippet = training_snippet(page)
    results = Results.read(snippet)
    claimed = claimed_configurations(page)
    unknown = [name for name in claimed if name not in results.configurations]
    assert not unknown, f"tests/claims/{page.name}: no configurations {unknown} in {snippet}"
    namespace = snippet_namespace(snippet)
    assert namespace["CHECKED"] == claimed, (
        f"{describe(snippet)}: CHECKED must list the configurations that the claims name, in "
        f"their order, so that the notebook trains what the check trains: {claimed}"
    )
    assert len(namespace["SEEDS"]) >= CHECK_SEEDS
    assert not set(namespace["SEEDS"]) & set(RECORDED_SEEDS), "the check's seeds are not recorded"


def snippet_namespace(snippet) -> dict:
    return runpy.run_path(str(SNIPPETS / snippet), run_name="training")


def test_the_standard_error_of_a_difference_adds_the_variances_of_the_two_means():
    # The runs [1, 3] have a variance of 2 and [0, 0, 6] of 12: their means', 2 / 2 and 12 / 3.
    assert difference_se([1, 3], [0, 0, 6]) == pytest.approx(math.sqrt(1 + 4))
    # Means over four runs each that spread as these do: (2 + 12) / 4.
    assert difference_se([1, 3], [0, 0, 6], 4) == pytest.approx(math.sqrt(14 / 4))


def test_the_standard_error_of_a_paired_difference_is_that_of_the_differences_mean():
    # The differences are 1, 1 and 4: variance 3, over three pairs 1.
    assert paired_difference_se([2, 3, 9], [1, 2, 5]) == pytest.approx(1)
    # Runs that move together: the paired error is far below the independent one.
    assert paired_difference_se([1, 5, 9], [0, 4, 9]) < difference_se([1, 5, 9], [0, 4, 9]) / 5
    with pytest.raises(ValueError, match="shorter"):
        paired_difference_se([1, 2, 3], [1, 2])


def test_a_within_assertion_does_not_test_the_direction_of_a_difference():
    """As the digits page says: "within" holds on either side of zero, up to its bound."""
    bound = named_values()["digits.half_tolerance"].value
    training = Training("within", "digits.half_tolerance", ("half", "full"))
    beaten = {"tensorflow": {"half": [90 + bound - 0.05], "full": [90.0]}}
    assert problem_with(training, beaten, None) is None
    lost = {"tensorflow": {"half": [90 + bound + 0.05], "full": [90.0]}}
    assert problem_with(training, lost, None)


def test_a_training_that_does_not_finish_fails_at_the_bound_naming_it(tmp_path):
    """The check waits for the trainings a bounded time, then stops every one of them."""
    snippet = tmp_path / "trains_forever.py"
    snippet.write_text(
        "import time\n\nCHECKED, SEEDS = ['any'], [0]\n\n\n"
        "def run(configurations, seeds):\n    time.sleep(3600)\n"
    )
    trainings = Trainings(snippet, in_the_background=True)
    start = time.monotonic()
    with pytest.raises(TimeoutError) as raised:
        trainings.results(timeout=5)
    assert time.monotonic() - start < 30
    assert str(raised.value).startswith(f"{describe(snippet)} was still training on ")
    assert all(process.poll() is not None for process in trainings.processes.values())


@by_page
def test_the_recording_supports_each_claim(page):
    results = Results.read(training_snippet(page))
    broken = [
        f"{claim.rendered!r}: {problem}"
        for claim in training_claims(page)
        if (problem := problem_with(claim.training, results.accuracy, results))
    ]
    assert not broken, f"docs/{page.name}: the recording contradicts:\n" + "\n".join(broken)


@by_page
def test_each_claim_holds_when_trained_again(page, trained):
    runs = accuracies(trained[page.name])
    results = Results.read(training_snippet(page))
    broken = [
        f"{claim.rendered!r}: {problem}"
        for claim in training_claims(page)
        if (problem := problem_with(claim.training, runs, results))
    ]
    assert not broken, (
        f"docs/{page.name}: trained again, these claims no longer hold:\n" + "\n".join(broken)
    )


@by_page
def test_each_backends_mean_lies_in_its_recorded_band(page, trained):
    """Each backend's mean of its runs of each configuration the check trains, against the band
    its recorded runs set for a mean of that many runs; as many bands as the recording counts,
    so that together they fail by chance at most BAND_FALSE_ALARM of the time."""
    snippet = training_snippet(page)
    results = Results.read(snippet)
    seeds = check_seeds()
    outside = []
    for backend, run in trained[page.name].items():
        assert len(run["accuracy"]) * len(BACKENDS) == results.band_tests, "the bands counted"
        for name, runs in run["accuracy"].items():
            assert len(runs) >= CHECK_SEEDS
            if problem := outside_band(results, backend, name, runs):
                outside.append(f"{problem}{f' (seeds {seeds})' if seeds else ''}")
    assert not outside, (
        f"{describe(snippet)}: means outside the bands its recording sets:\n" + "\n".join(outside)
    )


@by_page
@pytest.mark.parametrize("theme", THEMES)
def test_plot_is_drawn_from_the_recorded_results(page, theme):
    snippet = training_snippet(page)
    results = Results.read(snippet)
    check_recording(
        plot_of(snippet, theme),
        draw(results, theme),
        f"the {theme} plot of the results of {describe(snippet)}",
    )
