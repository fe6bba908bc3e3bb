"""MkDocs hook: two adjustments to mkdocs-jupyter.

- Its cache key is a notebook's bytes and the plugin's options, so a notebook run under old
  package versions would be served after the pins change. Each environment gets a cache folder
  of its own, named by a hash of every installed package's version and Python's.
  NOTEBOOK_CACHE moves the cache (the publish tests share the project's).
- Its page template loads MathJax, from an empty address unless one is configured; the site
  renders math with its own KaTeX, so the loader is removed.
"""

import hashlib
import os
import sys
from importlib.metadata import distributions

MATHJAX_LOADER = '<script src=""> </script>'


def environment_key() -> str:
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions())
    return hashlib.sha256("\n".join([sys.version, *installed]).encode()).hexdigest()[:16]


def on_config(config):
    base = os.environ.get("NOTEBOOK_CACHE") or os.path.join(
        os.path.dirname(config.config_file_path), ".cache", "notebooks"
    )
    config.plugins["mkdocs-jupyter"].config["cache_dir"] = os.path.join(base, environment_key())
    return config


def on_post_page(output, page, config):
    if getattr(page, "nb_url", None):
        return output.replace(MATHJAX_LOADER, "")
    return output
