"""`make publish` pushes a strict build and its PDF to gh-pages only after every check has
passed: make runs the check's commands first and stops at the first failure. Read from make's
own plan (`make --dry-run`), so that no test builds or pushes a second copy of the site."""

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
    plan = planned_commands("publish", "REMOTE=somewhere")
    check = planned_commands("check")
    [deploy] = [index for index, line in enumerate(plan) if "ghp-import" in line]
    assert plan[: len(check)] == check, "publish must run exactly the check first"
    between = plan[len(check) : deploy]
    assert any("mkdocs build --strict" in line for line in between)
    assert any("tools.pdf site" in line for line in between), "the PDF goes with the site"
    command = " ".join(plan[deploy:])  # the command's lines, continued
    assert '--remote "somewhere"' in command
    assert command.endswith(" site")
    assert any("pytest" in line for line in check)
    assert any("ruff" in line for line in check)
