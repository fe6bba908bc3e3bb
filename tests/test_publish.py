"""`make publish` pushes a strict build and its PDF to gh-pages only from a working copy with
nothing uncommitted, and only after every check has passed: make runs the check's commands
first and stops at the first failure. Read from make's own plan (`make --dry-run`), so that no
test builds or pushes a second copy of the site; the refusals are run."""

import shutil
import subprocess
import sys

from tools.catalogue import ROOT


def planned_commands(*arguments: str) -> list[str]:
    result = subprocess.run(
        ["make", "--dry-run", "--no-print-directory", *arguments, f"VENV={sys.prefix}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def test_publish_runs_every_check_before_it_deploys_the_site_and_its_pdf():
    plan = planned_commands("publish", "REMOTE=somewhere", "SITE_URL=https://example.org/")
    committed = planned_commands("committed")
    check = planned_commands("check")
    [deploy] = [index for index, line in enumerate(plan) if "ghp-import" in line]
    assert plan[: len(committed)] == committed, "publish must look for uncommitted files first"
    after = plan[len(committed) :]
    assert after[: len(check)] == check, "then run exactly the check"
    between = after[len(check) : deploy - len(committed)]
    assert any("mkdocs build --strict" in line for line in between)
    assert any("tools.pdf site" in line for line in between), "the PDF goes with the site"
    command = " ".join(plan[deploy:])  # the command's lines, continued
    assert '--remote "somewhere"' in command
    assert command.endswith(" site")
    assert any("pytest" in line for line in check)
    assert any("ruff" in line for line in check)


def test_publish_refuses_a_selection_of_pages():
    refused = subprocess.run(
        [
            "make",
            "--dry-run",
            "publish",
            "PAGES=docs/index.md",
            "SITE_URL=https://example.org/",
            f"VENV={sys.prefix}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0
    assert "unset PAGES" in refused.stderr


def test_publish_refuses_to_run_without_the_sites_address():
    refused = subprocess.run(
        ["make", "--dry-run", "publish", "SITE_URL=", f"VENV={sys.prefix}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0
    assert "make publish: set SITE_URL" in refused.stderr


def test_publish_refuses_a_working_copy_with_uncommitted_files(tmp_path):
    """In a repository of the Makefile alone: committed, the guard passes; with a file not
    committed, it stops, naming it."""

    def run(*command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)

    shutil.copy(ROOT / "Makefile", tmp_path)
    run("git", "init", "--quiet")
    run("git", "add", "Makefile")
    run("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "m")
    assert run("make", "--no-print-directory", "committed").returncode == 0
    (tmp_path / "draft.md").write_text("Not committed.\n")
    refused = run("make", "--no-print-directory", "committed")
    assert refused.returncode != 0
    assert "draft.md" in refused.stdout
    assert "commit or stash these first" in refused.stderr
