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
    """What a page may use: the named values, the references page's list and the `snippet`
    macro that shows a snippet and its recording."""
    from tools.catalogue import snippet_block
    from tools.references import REFERENCES

    listed = {key: reference for key, reference in REFERENCES.items() if reference.listed}
    return {**NAMESPACES, "references": listed, "snippet": snippet_block}


@cache  # the named values are fixed once this package is imported
def render(markdown: str) -> str:
    return _ENVIRONMENT.from_string(markdown).render(page_variables())
