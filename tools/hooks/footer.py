"""MkDocs hook: the versions the outputs were verified with and the commit the site was built
from, for the footer (overrides/partials/copyright.html). The versions are the pinned ones that
the pages name (tools/figures/checked.py), which the check compares with those its backends'
workers import, so a build with PyTorch installed and one without are the same."""

import os
import subprocess
import sys
from pathlib import Path

# MkDocs imports hooks by path; the figures live in the package above this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.figures import checked


def _commit(config_dir: str) -> str | None:
    result = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"],
        cwd=config_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def on_config(config):
    # The commit also dates the evidence view's links to the source (tools/hooks/evidence.py).
    config.extra["commit"] = _commit(os.path.dirname(config.config_file_path))
    config.extra["verified_with"] = {
        "keras": str(checked.keras_version),
        "tensorflow": str(checked.tensorflow_version),
        "jax": str(checked.jax_version),
        "torch": str(checked.torch_version),
        "commit": config.extra["commit"] or "unknown (not a git checkout)",
    }
    return config
