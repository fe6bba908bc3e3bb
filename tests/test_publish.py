"""`make publish` pushes a strict build to gh-pages only after every check has passed: make
runs the check's commands first and stops at the first failure. Read from make's own plan
(`make --dry-run`), so that no test builds or pushes a second copy of the site."""

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


def test_publish_runs_every_check_before_it_deploys():
    plan = planned_commands("publish", "REMOTE=somewhere")
    check = planned_commands("check")
    [deploy] = [index for index, line in enumerate(plan) if "gh-deploy" in line]
    assert plan[:deploy] == check, "publish must run exactly the check first"
    assert "--strict" in plan[deploy]
    assert '--remote-name "somewhere"' in plan[deploy]
    assert any("pytest" in line for line in check)
    assert any("ruff" in line for line in check)
