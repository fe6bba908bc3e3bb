"""Named values: every figure a page shows, rendered into its Markdown by mkdocs-macros-plugin
(`{{ tutorial.reduction_params }}`) when the site is built, and by tools/notebooks.py for the
notebooks. One module per page, plus `quotes` for figures quoted from papers and sources.
Nothing here imports Keras: figures come from tools/formulas.py, and the tests compare each
figure that a snippet also prints with that snippet's recording.
"""

from types import ModuleType

import jinja2

from tools.figures import quotes, tutorial
from tools.figures.figure import Figure, Quote

NAMESPACES: dict[str, ModuleType] = {"quotes": quotes, "tutorial": tutorial}


def named_values() -> dict[str, Figure | Quote]:
    """Every named value, by the name a page uses: `tutorial.reduction_params`."""
    return {
        f"{namespace}.{name}": value
        for namespace, module in NAMESPACES.items()
        for name, value in vars(module).items()
        if isinstance(value, Figure | Quote)
    }


# The notebooks render pages as the site does: the same variables, and a name that does not
# exist is an error (mkdocs.yml sets the macros plugin's `on_undefined: strict`).
_ENVIRONMENT = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


def render(markdown: str) -> str:
    return _ENVIRONMENT.from_string(markdown).render(NAMESPACES)
