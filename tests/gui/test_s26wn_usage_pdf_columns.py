"""gantry usage FILE --pdf prints the Indicators and Overtime Work columns the window's
Usage printout has, read by the same function (app/ui/printing/usage_columns.py)."""

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
from app.report.indicators import Indicator
from app.report.locale_numbers import Marks
from app.store.document import GantryFile
from app.ui.printing.usage_columns import with_window_columns
from app.ui.usage.rows import Mode

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana on Design and Build at once (over-allocated), 4h of Build's work in overtime;
    Design has a note (an Indicator)."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY, notes="Ask the client"))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY, overtime_work_minutes=240))
    return plan


@pytest.fixture
def session(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    yield s
    for window in list(s.windows):
        window.close()


def _columns(sheet):
    return [(line.name, line.marks, line.overtime) for line in sheet.lines]


@pytest.mark.parametrize("mode", [Mode.TASKS, Mode.RESOURCES])
def test_s26wn_cli_usage_sheet_has_the_windows_indicators_and_overtime(
    session, qtbot, tmp_path, mode
):
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
    columns = WindowColumns(plan, sched, tree, periods, Marks())
    ours = usage_sheet(tree, periods, Marks(), columns=columns)
    assert ours.overtime
    assert printed.overtime
    assert _columns(ours) == _columns(printed)
    kinds = {k for line in ours.lines for k in line.marks}
    wanted = Indicator.NOTE if mode is Mode.TASKS else Indicator.OVERALLOCATED
    assert wanted in kinds
    assert any(line.overtime for line in ours.lines)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s26wn_gantry_usage_pdf_prints_the_overtime_column(tmp_path: Path, qtbot):
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, _plan()).close()
    out = tmp_path / "usage.pdf"
    assert main(["usage", str(path), "--pdf", str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Overtime Work" in text
