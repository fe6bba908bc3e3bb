"""MkDocs hook: the versions the outputs were verified with and the commit the site was built
from, for the footer (overrides/partials/copyright.html). Keras, TensorFlow and JAX are read
from the environment; PyTorch, which only the check installs, from its pin, so that a build
with it and one without are the same."""

import os
import re
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

TORCH_PIN = re.compile(r"^torch==(?P<version>[^+;\s]+)", re.M)


def _tensorflow_version() -> str:
    for distribution in ("tensorflow-cpu", "tensorflow"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    raise PackageNotFoundError("neither tensorflow-cpu nor tensorflow is installed")


def _commit(config_dir: str) -> str | None:
    result = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"],
        cwd=config_dir,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def _pinned_torch(config_dir: str) -> str:
    pins = (Path(config_dir) / "requirements-torch.txt").read_text("utf-8")
    versions = set(TORCH_PIN.findall(pins))
    if len(versions) != 1:
        raise ValueError(f"requirements-torch.txt pins torch as {sorted(versions)}, not once")
    return versions.pop()


def on_config(config):
    # The commit also dates the evidence view's links to the source (tools/hooks/evidence.py).
    config.extra["commit"] = _commit(os.path.dirname(config.config_file_path))
    config.extra["verified_with"] = {
        "keras": version("keras"),
        "tensorflow": _tensorflow_version(),
        "jax": version("jax"),
        "torch": _pinned_torch(os.path.dirname(config.config_file_path)),
        "commit": config.extra["commit"] or "unknown (not a git checkout)",
    }
    return config
