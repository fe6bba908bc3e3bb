"""Figures of docs/reference/how-checked.md: what the check covers, counted from the catalogue,
the claims registers and the named values, and its bounds."""

from tools import experiments, workers
from tools.catalogue import byte_for_byte_snippets, notebook_pages
from tools.evidence import all_claims
from tools.figures.figure import Count, Figure

_claims = all_claims()
claims = Figure(len(_claims))
pages_with_claims = Figure(len({claim.page for claim in _claims}))
claims_on_values = Figure(sum(1 for claim in _claims if claim.values or claim.support))
claims_on_snippets = Figure(sum(1 for claim in _claims if claim.snippet))
claims_on_citations = Figure(sum(1 for claim in _claims if claim.cites))
claims_on_unchecked_citations = Figure(sum(1 for claim in _claims if claim.unchecked))
claims_on_trainings = Figure(sum(1 for claim in _claims if claim.training))
claims_naming_a_line = Figure(sum(1 for claim in _claims if claim.line))
claims_naming_no_line = Figure(sum(1 for claim in _claims if claim.no_line))
snippets = Figure(len(byte_for_byte_snippets()))
backends = Count(len(workers.BACKENDS))
notebooks = Figure(len([page for page in notebook_pages() if not page.trains]))
snippet_bound = Figure(workers.TIMEOUT, ".0f")  # seconds of a worker's time per snippet or cell
training_wait = Figure(experiments.CHECK_TIMEOUT)  # seconds the check waits for its trainings
