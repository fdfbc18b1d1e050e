"""An assignment's units raised (Ana on 'Build' 50% -> 100%) doubles the task's work and
cost, but `gantry diff` listed only Units and Work with no ``cost`` line, and Compare with
Plan's Work change and Cost change cells stayed empty: only the header's total moved. The
assignment's change now gives its task's cost line and cells, as a duration change does."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.cli.diff_document import report_between
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile

DAY = 480


def _save(path: Path, units: float) -> Path:
    plan = Plan(project=Project(name="P", start=datetime(2027, 1, 4, 8, 0)))
    plan.add_resource(Resource(1, "Ana", standard_rate=80.0))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.add_assignment(Assignment(1, 1, 1, units, int(5 * DAY * units)))
    GantryFile.create(path, plan).close()
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return _save(tmp_path / "old.gantry", 0.5), _save(tmp_path / "new.gantry", 1.0)


def test_s28r2_diff_gives_the_assignment_change_a_cost_line(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *map(str, pair)]) == 0
    out = capsys.readouterr().out
    assert "Ana on ID 1 'Build': Units 50% -> 100%" in out
    (line,) = [n for n in out.splitlines() if n.startswith("cost ")]
    assert line.endswith("ID 1 'Build': Work +20h, Cost +€1,600.00")


def test_s28r2_compare_report_fills_the_assignment_row_cells(pair: tuple[Path, Path]) -> None:
    rows = report_between(*pair).rows
    ana = [r for r in rows if r[1].startswith("Ana on ID 1")]
    assert ana, rows
    assert (ana[0][6], ana[0][7]) == ("+20h", "+€1,600.00")  # Work change, Cost change
    assert all(r[6:8] == ("", "") for r in ana[1:])  # given once, on the first row
