"""MS Project's Earned Value table on the task sheet (View > Tables > Earned Value, and its
Cost and Schedule Indicators tables): BCWS, BCWP, ACWP, SV, CV, EAC, BAC, VAC, CV%, CPI,
TCPI, SV%, SPI as the Budget view works them out, summaries rolled up, read-only; the
printout and ``--table earned_value`` write the same; checked against the BCWS, BCWP, ACWP
and CV MS Project stored in its files.

Plan: tests/test_s20ev_status_date_ev.py's shop (status date Wednesday: PV 2,400, EV 2,400,
AC 3,000; Design done at 125/h against a 100/h budget, Build 40 % done after that date)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.domain.costs import compute_costs
from app.domain.earned_value_table import EARNED_KEYS, EarnedValueFigures
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi
from app.report.columns import CellText
from app.report.tables import task_table
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.settings import Settings
from tests.test_s20ev_status_date_ev import WED, _plan


def _figures(plan) -> EarnedValueFigures:
    found = schedule(plan)
    return EarnedValueFigures(plan, found, compute_costs(plan, found), WED)


def test_s25ev_figures_are_the_budget_views_rolled_up():
    plan = _plan(status=WED)
    f = _figures(plan)
    # the Phase summary: the project's PV, EV, AC at Wednesday
    assert (f.value("bcws", 1), f.value("bcwp", 1), f.value("acwp", 1)) == (
        pytest.approx(2400.0),
        pytest.approx(2400.0),
        pytest.approx(3000.0),
    )
    assert f.value("sv", 1) == pytest.approx(0.0)
    assert f.value("cv", 1) == pytest.approx(-600.0)
    assert f.value("cpi", 1) == pytest.approx(0.8)
    assert f.value("spi", 1) == pytest.approx(1.0)
    assert f.value("cv_percent", 1) == pytest.approx(-25.0)
    assert f.value("bac", 1) == pytest.approx(8000.0)
    assert f.value("vac", 1) == pytest.approx(8000.0 - f.value("eac", 1))
    assert f.value("tcpi", 1) == pytest.approx((8000 - 2400) / (8000 - 3000))
    for key in ("bcws", "bcwp", "acwp", "bac"):  # a summary adds its subtasks up
        assert f.value(key, 1) == pytest.approx(f.value(key, 2) + f.value(key, 3)), key
    assert f.value("cpi", 3) is None  # Build: nothing spent by Wednesday, no CPI
    assert f.value("physical_percent_complete", 1) is None  # a summary has none
    assert f.value("physical_percent_complete", 3) == 0.0


@pytest.mark.parametrize(
    ("name", "now"),
    [
        ("mspdiassignmentfields.xml", datetime(2011, 7, 19, 8, 0)),
        ("mspdiresource.xml", datetime(2010, 3, 16, 8, 0)),
        ("mspditimephasedsegments.xml", None),
    ],
)
def test_s25ev_figures_match_what_ms_project_stored(shared_data, name, now):
    """MS Project's <BCWS>, <BCWP>, <ACWP>, <CV> at its <CurrentDate> (no status date set):
    money in cents, as its <Cost>. Our ACWP is the cost report's actual cost, spent before
    that date: mspdiassignmentfields' task is 299.00 here against MS Project's 299.0845
    (rates worked to the cent), so within 0.1 %."""
    path = shared_data / "mspdi" / name
    text = path.read_text(encoding="utf-8")
    if now is None:
        now = datetime.fromisoformat(re.search(r"<CurrentDate>([^<]*)", text).group(1))
    plan = read_mspdi(path)
    found = schedule(plan)
    f = EarnedValueFigures(plan, found, compute_costs(plan, found), now)
    checked = 0
    for row in re.findall(r"<Task>.*?</Task>", text, re.S):
        uid = int(re.search(r"<UID>(\d+)</UID>", row).group(1))
        if not plan.has_task(uid):
            continue
        for tag in ("BCWS", "BCWP", "ACWP", "CV"):
            stored = re.search(f"<{tag}>([^<]*)</{tag}>", row)
            if stored is None:
                continue
            theirs = float(stored.group(1)) / 100
            ours = f.value(tag.lower(), uid) or 0.0
            assert ours == pytest.approx(theirs, rel=1e-3, abs=0.01), (uid, tag)
            checked += 1
    assert checked >= 4


def test_s25ev_printout_and_tables_list_the_fields():
    table = task_table("earned_value")
    assert table.name == "Earned Value"
    assert table.columns == ("id", "name", "bcws", "bcwp", "acwp", "sv", "cv", "eac", "bac", "vac")
    assert "cpi" in task_table("earned_value_cost").columns
    assert "spi" in task_table("earned_value_schedule").columns
    plan = _plan(status=WED)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "acwp") == "€3,000.00"
    assert cells.text(1, "cv") == "-€600.00"
    assert cells.text(1, "cpi") == "0.80"
    assert cells.text(1, "cv_percent") == "-25%"
    assert set(EARNED_KEYS) <= set(cells._getters)


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, _plan(status=WED)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1300, 400)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_s25ev_the_sheet_shows_the_earned_value_table(window, qtbot):
    window.findChild(QAction, "table_earned_value").trigger()  # View > Tables > Earned Value
    assert window.findChild(QObject, "table_controller").current.key == "earned_value"
    model = window.model

    def cell(uid, column):
        return model.index_of_uid(uid, column).data()

    assert cell(1, Column.BCWS) == "€2,400.00"
    assert cell(1, Column.ACWP) == "€3,000.00"
    assert cell(1, Column.CV) == "-€600.00"
    assert cell(2, Column.BAC) == "€4,000.00"
    header = window.tree.header()
    shown = [
        model.headerData(header.logicalIndex(i), Qt.Orientation.Horizontal)
        for i in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(i))
    ]
    assert shown[-8:] == ["BCWS", "BCWP", "ACWP", "SV", "CV", "EAC", "BAC", "VAC"]
    index = model.index_of_uid(2, Column.BCWP)
    assert not model.flags(index) & model.flags(index).ItemIsEditable  # read-only
    assert "baseline for earned value" in read_only_hint(Column.BCWP)
    QApplication.processEvents()
    window.grab().save("/tmp/s25ev_earned_value_table.png")
