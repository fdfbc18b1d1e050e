"""The Usage view shows Work, as MS Project's Usage tables do; Overtime Work is a column one
adds: it shows while some assignment has overtime, or once asked for in the sheet header's
right-click menu, and then takes typed overtime as before (s23o2). The printout prints it
when shown, in the user's marks.

The sample plan (tests/gui/test_s23ot_overtime_column.py): Code (uid 5) lasts 5 days; Ana
(100 %) works its 40h, no overtime."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize, QPdfWriter

from app.report.usage_pages import render_usage
from app.ui.commands import execute
from app.ui.models.task_model_overtime import assignment_overtime_command
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import OVERTIME, RowKeyRole
from app.ui.usage.view import UsageView
from tests.gui.test_s23ot_overtime_column import _document

H = 60


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _view(qtbot, document=None, mode: Mode = Mode.TASKS) -> UsageView:
    view = UsageView(document or _document())
    qtbot.addWidget(view)
    view.set_mode(mode)
    view.resize(1200, 400)
    with qtbot.waitExposed(view):
        view.show()
    return view


def _row(view: UsageView, key: tuple[str, int]) -> int:
    model = view.tree_model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(RowKeyRole) == key)


def _printed(view: UsageView, key: tuple[str, int]) -> list[str]:
    sheet = view.print_sheet()
    return sheet[_row(view, key)]


@pytest.mark.parametrize("mode", [Mode.TASKS, Mode.RESOURCES])
def test_s23lt_a_plan_without_overtime_shows_and_prints_work_alone(qtbot, mode):
    view = _view(qtbot, mode=mode)
    assert view.tree.isColumnHidden(OVERTIME)
    sheet = view.print_sheet()
    assert "Overtime Work" not in sheet.headers
    assert sheet.headers[:2] == [sheet.name_heading, "Work"]
    assert "0.0h" not in _printed(view, ("assignment", 1))


def test_s23lt_the_header_menu_adds_it_and_it_takes_typed_overtime(qtbot):
    view = _view(qtbot)
    menu = view.header_menu()
    action = menu.actions()[0]  # then Delay (s29ad)
    assert action.text() == "Overtime Work"
    assert not action.isChecked()
    action.trigger()
    assert not view.tree.isColumnHidden(OVERTIME)
    assert view.header_menu().actions()[0].isChecked()
    row = _row(view, ("assignment", 1))
    assert view.tree_model.setData(view.tree_model.index(row, OVERTIME), "8h")
    assert view.document.plan.assignment(1).overtime_work_minutes == 8 * H
    sheet = view.print_sheet()
    assert sheet.headers[:3] == [sheet.name_heading, "Work", "Overtime Work"]
    assert _printed(view, ("assignment", 1))[1:3] == ["40.0h", "8.0h"]
    view.header_menu().actions()[0].trigger()  # hidden again, though the plan has overtime
    assert view.tree.isColumnHidden(OVERTIME)
    assert "Overtime Work" not in view.print_sheet().headers


def test_s23lt_overtime_given_elsewhere_shows_the_column(qtbot, locale_set):
    locale_set("de_DE")
    view = _view(qtbot, mode=Mode.RESOURCES)
    assert view.tree.isColumnHidden(OVERTIME)
    document = view.document
    execute(document, assignment_overtime_command(document, 1, 4 * H))  # Assignment Information
    view.wait_built()
    assert not view.tree.isColumnHidden(OVERTIME)
    assert _printed(view, ("resource", 1))[1:3] == ["40,0h", "4,0h"]
    document.undo_stack.undo()
    view.wait_built()
    assert view.tree.isColumnHidden(OVERTIME)
    again = _view(qtbot, document)  # a plan opened with overtime shows it at once
    execute(document, assignment_overtime_command(document, 1, 4 * H))
    again.wait_built()
    fresh = _view(qtbot, document)
    assert not fresh.tree.isColumnHidden(OVERTIME)


def test_s23lt_the_printout_draws_the_column(qtbot, tmp_path):
    view = _view(qtbot)
    view.set_overtime_asked(True)
    sheet = view.print_sheet()
    assert sheet.overtime
    pdf = tmp_path / "usage.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert render_usage(writer, sheet, project="Overtime") >= 1
    assert pdf.stat().st_size > 0
