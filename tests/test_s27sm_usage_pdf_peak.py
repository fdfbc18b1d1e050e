"""gantry usage FILE --pdf prints Resource Usage's Peak column as the window's printout of
the Usage view does (after Work, a person's and an assignment's highest units), and Task
Usage's printout without it, as the view hides it there."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.cli import main
from app.cli.usage_pdf import WindowColumns, usage_sheet
from app.cli.usage_table import usage_tree
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale
from app.report.locale_numbers import Marks
from app.store.document import GantryFile
from app.ui.printing.usage_columns import with_window_columns
from app.ui.usage.rows import Mode

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana on Design and Build at once (150 % at her peak), Design at half time."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, 5 * DAY // 2))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    return plan


@pytest.fixture
def session(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    yield s
    for window in list(s.windows):
        window.close()


@pytest.mark.parametrize("mode", [Mode.RESOURCES, Mode.TASKS])
def test_s27sm_cli_usage_sheet_has_the_windows_peak(session, qtbot, tmp_path, mode):
    plan = _plan()
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("usage")
    view = window.views["usage"]
    view.set_mode(mode)
    view.set_scale(Scale.WEEKS)
    view.wait_built()
    printed = with_window_columns(view.print_sheet(), view)
    sched = schedule(plan)
    tree = usage_tree(plan, sched, mode is Mode.TASKS)
    periods = tree.usage.periods(Scale.WEEKS)
    ours = usage_sheet(
        tree, periods, Marks(), columns=WindowColumns(plan, sched, tree, periods, Marks())
    )
    assert ours.peak == printed.peak == (mode is Mode.RESOURCES)
    assert [(line.name, line.peak) for line in ours.lines] == [
        (line.name, line.peak) for line in printed.lines
    ]
    if mode is Mode.RESOURCES:
        peaks = {line.name: line.peak for line in ours.lines}
        assert peaks == {"Ana": "150%", "Design": "50%", "Build": "100%"}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s27sm_gantry_usage_pdf_prints_peak_by_person_only(tmp_path: Path, qtbot):
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, _plan()).close()

    def text(*extra: str) -> str:
        out = tmp_path / "usage.pdf"
        assert main(["usage", str(path), "--pdf", str(out), *extra]) == 0
        return subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout

    by_person = text()
    assert "Peak" in by_person
    ana = next(line for line in by_person.splitlines() if "Ana" in line)
    assert "150%" in ana
    assert "Peak" not in text("--tasks")
