"""Named values: every figure a page shows, rendered into its Markdown by mkdocs-macros-plugin
(`{{ tutorial.reduction_params }}`) when the site is built, and by tools/notebooks.py for the
notebooks. One module per page, which holds its figures and the figures it quotes from sources.
Nothing here imports Keras: figures come from tools/arithmetic/, and the tests compare each
figure that a snippet also prints with that snippet's recording.
"""

import importlib
import pkgutil
from functools import cache
from types import ModuleType

import jinja2

from tools.figures.figure import Figure, Quote

# Every module here but figure.py is a namespace of the same name: tutorial.py -> `tutorial`.
NAMESPACES: dict[str, ModuleType] = {
    module.name: importlib.import_module(f"{__name__}.{module.name}")
    for module in pkgutil.iter_modules(__path__)
    if module.name != "figure"
}


def named_values() -> dict[str, Figure | Quote]:
    """Every named value, by the name a page uses: `tutorial.reduction_params`."""
    return {
        f"{namespace}.{name}": value
        for namespace, module in NAMESPACES.items()
        for name, value in vars(module).items()
        if isinstance(value, Figure | Quote) and not name.startswith("_")
    }


# The notebooks render pages as the site does: the same variables, and a name that does not
# exist is an error (mkdocs.yml sets the macros plugin's `on_undefined: strict`).
_ENVIRONMENT = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


def page_variables() -> dict:
    """What a page may use: the named values, the references page's list with the pages that
    cite each, and the `snippet` macro that shows a snippet and its recording."""
    from tools.catalogue import snippet_block
    from tools.evidence import pages_citing
    from tools.references import REFERENCES

    listed = {key: reference for key, reference in REFERENCES.items() if reference.listed}
    cited_on = {key: _cited_on(pages_citing().get(key, [])) for key in listed}
    return {**NAMESPACES, "references": listed, "cited_on": cited_on, "snippet": snippet_block}


def _cited_on(citing: list) -> str:
    """The references page's sentence that links to the pages citing an entry (from its folder,
    docs/reference/); empty if none does."""
    links = [f"[{page.title}](../{page.name})" for page in citing]
    # Semicolons: a title may hold a comma ("1×1 convolutions, verified").
    return f" Cited on: {'; '.join(links)}." if links else ""


@cache  # the named values are fixed once this package is imported
def render(markdown: str) -> str:
    return _ENVIRONMENT.from_string(markdown).render(page_variables())
