"""Columns inserted into the Entry table travel with the plan, as MS Project keeps a table's
definition in the project file: Baseline3 Cost and Start1 inserted on one laptop show when
the .gantry is opened on another (another user's settings), and ``gantry convert`` prints
them. A plan whose sheet shows Entry's own columns (widths aside) keeps no view."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QSettings

from app.cli import main
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.scheduler import schedule
from app.report.saved_view import printed_view
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.column_placement import insert_column
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.sheet_view_keeper import SheetViewKeeper
from tests.gui.conftest import build_plan

INSERTED = ("baseline3_cost", "start1")


@pytest.fixture
def open_with(tmp_path, qtbot):
    windows = []

    def open_(path, ini):
        session = Session(Settings(QSettings(str(tmp_path / ini), QSettings.Format.IniFormat)))
        win = session.open_path(path)
        qtbot.addWidget(win)
        with qtbot.waitExposed(win):
            win.show()
        windows.append(win)
        return win

    yield open_
    for win in windows:
        win.close()


def _kept_keys(path) -> tuple[str, ...]:
    view = read_plan(path).view
    return () if view is None else tuple(key for key, _width in view.columns)


def _shown(win) -> list[tuple[str, int]]:
    tree, header = win.tree, win.tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return [
        (Column(c).name.lower(), header.sectionSize(c))
        for c in order
        if c < len(Column) and not tree.isColumnHidden(c)
    ]


def _plan_path(tmp_path):
    plan = build_plan()
    start, finish = datetime(2026, 3, 9, 8), datetime(2026, 3, 13, 17)
    plan.interims[1] = InterimPlan(1, (InterimEntry(5, start, finish),))
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    return path


def test_s27cl_inserted_columns_show_on_another_laptop(tmp_path, qtbot, open_with):
    path = _plan_path(tmp_path)
    win = open_with(path, "laptop_a.ini")
    insert_column(win.tree, Column.BASELINE3_COST)
    insert_column(win.tree, Column.START1)
    # the plan is written once the moment settles, not only when the window closes
    qtbot.waitUntil(lambda: set(INSERTED) <= set(_kept_keys(path)))
    shown_a = _shown(win)
    win.close()
    other = open_with(path, "laptop_b.ini")  # none of laptop A's settings
    assert _shown(other) == shown_a  # the same columns, in order, at the same widths
    assert [key for key, _w in _shown(other)][-2:] == list(INSERTED)


def test_s27cl_convert_prints_the_inserted_columns(tmp_path, qtbot, open_with):
    path = _plan_path(tmp_path)
    win = open_with(path, "laptop.ini")
    insert_column(win.tree, Column.BASELINE3_COST)
    insert_column(win.tree, Column.START1)
    win.close()  # kept a last time as the window closes
    plan = read_plan(path)
    shown = printed_view(plan, schedule(plan), {})
    assert shown is not None
    assert shown.columns is not None
    assert shown.columns[-2:] == INSERTED
    if shutil.which("pdftotext") is None:
        return
    pdf = tmp_path / "out.pdf"
    assert main(["convert", str(path), str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Baseline3" in text  # its title wraps: "Baseline3" over "Cost"
    assert "Start1" in text


def test_s27cl_a_widened_column_alone_keeps_no_view(tmp_path, qtbot, open_with):
    path = _plan_path(tmp_path)
    before = path.read_bytes()
    win = open_with(path, "laptop.ini")
    win.tree.setColumnWidth(Column.NAME, 333)
    win.findChild(SheetViewKeeper, "sheet_view_keeper").keep()
    win.close()
    assert read_plan(path).view is None  # Entry's columns: the user's settings keep widths
    assert path.read_bytes() == before


def test_s27cl_entry_back_as_it_was_is_kept_too(tmp_path, qtbot, open_with):
    """A plan that kept inserted columns keeps Entry's again once they are hidden: the
    colleague's window does not bring back what the PM took away."""
    path = _plan_path(tmp_path)
    win = open_with(path, "laptop_a.ini")
    insert_column(win.tree, Column.START1)
    win.findChild(QObject, "sheet_view_keeper").keep()
    assert "start1" in _kept_keys(path)
    win.tree.setColumnHidden(Column.START1, True)
    win.close()
    assert "start1" not in _kept_keys(path)
    other = open_with(path, "laptop_b.ini")
    assert "start1" not in [key for key, _w in _shown(other)]
