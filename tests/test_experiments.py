"""The experiments' check: what a page says about training still holds when its networks are
trained again, and every run lands where the recorded runs say runs land.

A page's claims about training are registered in tests/claims/<page>.yml with a statistical
assertion as evidence, about the mean accuracies of the configurations it names, pooled over
every backend:

    training: {within: digits.kept_tolerance, means: ["1x1 to 4", "1x1 to 16"]}
        the two means differ by at most the named value, in points;
    training: {below: digits.lost_margin, means: ["1x1 to 2", "1x1 to 16"]}
        the first mean is more than the named value below the second;
    training: {band: "1x1 to 16"}
        each run lies in the configuration's recorded band.

The format of `training:` is in tools/evidence.py. The check trains the configurations the
claims name, and only those, from each of the snippet's `SEEDS` (or the seeds of
`TRAINING_SEEDS="200 201 ..."`, none of them a recorded one), on every backend at once
(tools/experiments.py). Every bound comes from the recording, before anything trains: a run's
band is its configuration's recorded mean ± BAND_SDS standard deviations over every backend's
recorded seeds, and a claim's bound is a named value computed from the recorded means and spread
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


def problem_with(training: Training, runs: dict[str, list[float]], bands: Results) -> str | None:
    """What is wrong with a claim's training evidence on these runs (each configuration's
    accuracies, every backend's together), or None if it holds."""
    if training.relation == "band":
        [name] = training.configurations
        low, high = bands.band(name)
        outside = [run for run in runs[name] if not low <= run <= high]
        return f"runs {outside} of {name!r} outside [{low:.2f}, {high:.2f}]" if outside else None
    bound = named_values()[training.bound].value
    first, second = training.configurations
    difference = mean(runs[first]) - mean(runs[second])
    holds = abs(difference) <= bound if training.relation == "within" else -difference > bound
    return None if holds else (
        f"the mean of {first!r} is {mean(runs[first]):.2f} and of {second!r} "
        f"{mean(runs[second]):.2f}: {first!r} differs by {difference:+.2f} points, which is "
        f"not {training.relation} {training.bound} = {bound}"
    )  # fmt: skip


def pooled(trained: dict[str, dict]) -> dict[str, list[float]]:
    """Each configuration's accuracies on every backend, together."""
    names = trained[BACKENDS[0]]["accuracy"]
    return {name: [r for b in BACKENDS for r in trained[b]["accuracy"][name]] for name in names}


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
def test_claims_name_configurations_that_the_notebook_trains(page):
    """The notebook trains what the check trains: the snippet's CHECKED configurations are the
    claims' own, trained from as many seeds as the check needs."""
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
    beaten = {"half": [90 + bound - 0.05], "full": [90.0]}
    assert problem_with(training, beaten, None) is None
    assert problem_with(training, {"half": [90 + bound + 0.05], "full": [90.0]}, None)


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
    runs = {name: results.runs(name) for name in results.configurations}
    broken = [
        f"{claim.rendered!r}: {problem}"
        for claim in training_claims(page)
        if (problem := problem_with(claim.training, runs, results))
    ]
    assert not broken, f"docs/{page.name}: the recording contradicts:\n" + "\n".join(broken)


@by_page
def test_each_claim_holds_when_trained_again(page, trained):
    runs = pooled(trained[page.name])
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
def test_each_run_lies_in_its_recorded_band(page, trained):
    snippet = training_snippet(page)
    results = Results.read(snippet)
    seeds = check_seeds()
    outside = []
    for backend, run in trained[page.name].items():
        for name, accuracies in run["accuracy"].items():
            low, high = results.band(name)
            assert len(accuracies) >= CHECK_SEEDS
            outside += [
                f"{backend}, {name!r}, run {index}{f' (seed {seeds[index]})' if seeds else ''}: "
                f"{accuracy:.2f}% outside [{low:.2f}, {high:.2f}]"
                for index, accuracy in enumerate(accuracies)
                if not low <= accuracy <= high
            ]
    assert not outside, (
        f"{describe(snippet)}: runs outside the band its recording sets:\n" + "\n".join(outside)
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
