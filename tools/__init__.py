"""What produces what a reader sees: the catalogue of pages, the snippet runner and recorder,
the notebooks, the diagrams, the named values for the prose and the build hooks. The tests in
tests/ only compare what these produce.

mkdocs-macros-plugin loads this package (`module_name: tools` in mkdocs.yml) and calls
`define_env`, which gives every page the named values of tools/figures/ (and the references
page the list in tools/references.py).
"""


def define_env(env) -> None:
    from tools.figures import page_variables

    env.variables.update(page_variables())
