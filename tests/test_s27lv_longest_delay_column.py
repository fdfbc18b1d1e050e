"""Leveling's "longest delay" says working days and, beside them, the task and its delay as
the Leveling Delay column shows it (elapsed days): "longest delay 41.5 days" sent the PM
looking for 41.5 in a column that showed 57ed."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.indicators import leveling_delay_text
from app.store.document import GantryFile, read_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def test_s27lv_gantry_level_names_the_longest_delay_as_the_column_shows_it(tmp_path, capsys):
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=6 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 6 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    path = tmp_path / "team.gantry"
    GantryFile.create(path, plan).close()
    out = tmp_path / "out.gantry"
    assert main(["level", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    # six working days from Mon 5 Jan run over a weekend: the column shows 8ed
    assert "longest delay 6 working days ('Review', 8ed)." in said
    leveled = read_plan(out)
    assert leveling_delay_text(leveled, schedule(leveled), 2) == "8ed"
