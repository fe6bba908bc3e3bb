"""MkDocs hook: the versions the outputs were verified with and the commit the site was built
from, for the footer (overrides/partials/copyright.html)."""

import os
import subprocess
from importlib.metadata import PackageNotFoundError, version


def _tensorflow_version() -> str:
    for distribution in ("tensorflow-cpu", "tensorflow"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    raise PackageNotFoundError("neither tensorflow-cpu nor tensorflow is installed")


def _commit(config_dir: str) -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"],
        cwd=config_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else "unknown (not a git checkout)"


def on_config(config):
    config.extra["verified_with"] = {
        "keras": version("keras"),
        "tensorflow": _tensorflow_version(),
        "jax": version("jax"),
        "commit": _commit(os.path.dirname(config.config_file_path)),
    }
    return config
