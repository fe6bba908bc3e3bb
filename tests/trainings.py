"""What the experiments' check trains: for each page whose claims are about training, the
configurations they name, from the training snippet's own `SEEDS` or from those of
`TRAINING_SEEDS="200 201 ..."`. The whole check and a check of such a page start these
trainings when the session starts (conftest.py); tests/test_experiments.py asks for them last.
In the whole check they run at the lowest priority, so that they use what the cores have spare
while the other tests run."""

import os

import pytest

from tools.catalogue import Page, trains
from tools.evidence import Claim, claims_of
from tools.experiments import CHECK_SEEDS, CHECK_TIMEOUT, RECORDED_SEEDS, Trainings

# The trainings that the session started, by page name.
TRAININGS = pytest.StashKey[dict[str, Trainings]]()


def training_snippet(page: Page):
    [snippet] = [snippet for snippet in page.snippets if trains(snippet)]
    return snippet


def training_claims(page: Page) -> list[Claim]:
    return [claim for claim in claims_of(page) if claim.training]


def claimed_configurations(page: Page) -> list[str]:
    named = [name for claim in training_claims(page) for name in claim.training.configurations]
    return list(dict.fromkeys(named))


def check_seeds() -> list[int] | None:
    """The seeds of TRAINING_SEEDS, or None: the snippet's own SEEDS."""
    seeds = [int(seed) for seed in os.environ.get("TRAINING_SEEDS", "").split()]
    if recorded := set(seeds) & set(RECORDED_SEEDS):
        raise pytest.UsageError(f"TRAINING_SEEDS: seeds {sorted(recorded)} are recorded ones")
    return seeds or None


def start_trainings(page: Page, in_the_background: bool) -> Trainings:
    return Trainings(
        training_snippet(page), claimed_configurations(page), check_seeds(), in_the_background
    )


def timeout() -> float:
    """How long the check waits for a page's trainings: more seeds than the check's own take
    proportionally longer."""
    return CHECK_TIMEOUT * max(1, len(check_seeds() or ()) / CHECK_SEEDS)
