"""The publishing workflow deploys only what passed the check. (`make lint` validates it
against GitHub's schema and audits it with zizmor.)"""

import re

import yaml

from tools.catalogue import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


def jobs():
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]


def test_every_action_is_pinned_to_a_full_commit_hash():
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text())
    assert uses
    unpinned = [ref for ref in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", ref)]
    assert not unpinned


def test_the_check_runs_the_readme_command_and_caches_on_requirements():
    steps = jobs()["check"]["steps"]
    [check] = [step["run"] for step in steps if step.get("name") == "Run every check"]
    assert check.endswith(" bash .ci/run")
    setup_python = next(step for step in steps if "setup-python" in step.get("uses", ""))
    assert setup_python["with"]["cache-dependency-path"] == "requirements.txt"


def test_only_a_checked_push_to_main_is_built_and_deployed():
    build, deploy = jobs()["build"], jobs()["deploy"]
    assert build["needs"] == "check"
    assert build["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    [build_command] = [step["run"] for step in build["steps"] if "run" in step]
    assert build_command.endswith(" make pdf")  # tests/test_pdf.py: it builds, then prints
    assert deploy["needs"] == "build"
