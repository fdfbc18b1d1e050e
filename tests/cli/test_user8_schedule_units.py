"""``gantry schedule`` on a plan whose durations are entered in weeks.

Its Slack column read '12d' beside '15w' durations, where the window's Total
Slack column reads the project's duration unit ('2.4w'), as MS Project does.
"""

from __future__ import annotations

from dataclasses import replace

from app.assets import resource_path
from app.domain.task import DurationUnit
from app.store.document import read_plan, write_plan
from tests.cli.test_cli import gantry


def test_slack_reads_in_the_plans_duration_unit(tmp_path):
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    plan.set_project(replace(plan.project, duration_unit=DurationUnit.WEEKS))
    path = tmp_path / "weeks.gantry"
    write_plan(plan, path)
    done = gantry("schedule", path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    slack_at = lines[0].index("Slack")
    slacks = {line[slack_at:].split()[0] for line in lines[1:] if line[slack_at:].strip()}
    slacks.discard("yes")
    assert slacks, done.stdout
    assert all(s.endswith("w") for s in slacks), slacks
    assert "0w" in slacks
