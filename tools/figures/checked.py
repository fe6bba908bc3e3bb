"""Figures of docs/reference/how-checked.md: what the check covers, counted from the catalogue,
the claims registers and the named values, and its bounds."""

import re

from tools import experiments, workers
from tools.catalogue import ROOT, byte_for_byte_snippets, notebook_pages
from tools.evidence import all_claims
from tools.figures.figure import Count, Figure, Version


def _pinned(package: str) -> Version:
    """The version that requirements.txt or requirements-torch.txt pins the package to, whatever
    the platform (TensorFlow is `tensorflow-cpu` on Linux x86_64) and without a local label
    such as PyTorch's "+cpu"."""
    pins = {
        match[1]
        for requirements in ("requirements.txt", "requirements-torch.txt")
        for match in re.finditer(
            rf"^{re.escape(package)}(?:-cpu)?==([\w.]+)", (ROOT / requirements).read_text(), re.M
        )
    }
    if len(pins) != 1:
        raise ValueError(f"requirements*.txt pin {package} to {sorted(pins) or 'nothing'}")
    return Version(pins.pop())


_claims = all_claims()
claims = Figure(len(_claims))
pages_with_claims = Figure(len({claim.page for claim in _claims}))
claims_on_values = Figure(sum(1 for claim in _claims if claim.values or claim.support))
claims_on_snippets = Figure(sum(1 for claim in _claims if claim.snippet))
claims_on_citations = Figure(sum(1 for claim in _claims if claim.cites))
claims_on_unchecked_citations = Figure(sum(1 for claim in _claims if claim.unchecked))
claims_on_trainings = Figure(sum(1 for claim in _claims if claim.training))
claims_naming_lines = Figure(sum(1 for claim in _claims if claim.lines))
claims_naming_no_line = Figure(sum(1 for claim in _claims if claim.no_line))
snippets = Figure(len(byte_for_byte_snippets()))
backends = Count(len(workers.BACKENDS))
keras_version = _pinned("keras")
tensorflow_version = _pinned("tensorflow")
jax_version = _pinned("jax")
torch_version = _pinned("torch")
notebooks = Figure(len([page for page in notebook_pages() if not page.trains]))
snippet_bound = Figure(workers.TIMEOUT, ".0f")  # seconds of a worker's time per snippet or cell
training_wait = Figure(experiments.CHECK_TIMEOUT)  # seconds the check waits for its trainings
