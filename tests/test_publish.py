"""`make publish` pushes the complete built site to the gh-pages branch of a remote, and
publishes nothing when its check fails. Tested against a local bare repository, on a clone of
the committed project that uses this test run's environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from project import ROOT

ENVIRONMENT = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Publish test",
    "GIT_AUTHOR_EMAIL": "publish-test@localhost",
    "GIT_COMMITTER_NAME": "Publish test",
    "GIT_COMMITTER_EMAIL": "publish-test@localhost",
    # The clone's notebooks are the project's: reuse the project's notebook runs.
    "NOTEBOOK_CACHE": str(ROOT / ".cache" / "notebooks"),
}


def git(*args, cwd=None) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def project(tmp_path):
    """A clone of HEAD, an empty bare remote, and a way to run make in the clone."""
    clone, remote = tmp_path / "project", tmp_path / "remote.git"
    git("clone", "--quiet", str(ROOT), str(clone))
    git("init", "--quiet", "--bare", str(remote))
    # The clone uses this run's environment, which is newer than the clone's requirements.
    os.utime(clone / "requirements.txt", (0, 0))

    def make(*args):
        return subprocess.run(
            ["make", *args, f"VENV={sys.prefix}", f"REMOTE={remote}"],
            cwd=clone,
            env=ENVIRONMENT,
            capture_output=True,
            text=True,
            check=False,
        )

    return clone, remote, make


def published_files(remote: Path) -> set[str]:
    branches = git("branch", "--list", "gh-pages", cwd=remote)
    if not branches.strip():
        return set()
    return set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())


def test_publish_pushes_the_complete_built_site(project, tmp_path):
    clone, remote, make = project
    result = make("publish", "PUBLISH_CHECK=lint")
    assert result.returncode == 0, result.stdout + result.stderr

    built = tmp_path / "built"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(built)],
        cwd=clone,
        env=ENVIRONMENT,
        capture_output=True,
        check=True,
    )
    expected = {path.relative_to(built).as_posix() for path in built.rglob("*") if path.is_file()}
    assert published_files(remote) == expected | {".nojekyll"}
    published_index = git("show", "gh-pages:index.html", cwd=remote)
    assert published_index == (built / "index.html").read_text("utf-8")


def test_a_failing_check_publishes_nothing(project):
    clone, remote, make = project
    (clone / "tests" / "project.py").write_text("x=1\n", encoding="utf-8", newline="")
    result = make("publish", "PUBLISH_CHECK=lint")
    assert result.returncode != 0
    assert "1 file would be reformatted" in result.stdout
    assert published_files(remote) == set()
