"""A German PM sees the Team view's work and units, and the task sheet's durations, work
and people's units, with the decimal comma (12,5h, 1,5d, Ana[12,5%]) as MS Project follows
Windows' regional settings; the same figures typed back in that form read as typed. The
C locale (CI) keeps 12.5h. Each test sets the locale and puts the one before back."""

from __future__ import annotations

import io
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import DurationUnit, Task
from app.report.locale_numbers import C_MARKS, Marks, local_figure, system_marks
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
UNITS, WORK = 1, 2  # the assignment list's typed columns


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(1, "Design", duration_minutes=DAY * 3 // 2, duration_unit=DurationUnit.DAYS)
    )
    plan.append_task(Task(2, "Pour", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 1, 1, 0.125, DAY * 3 // 16))  # 12.5 % of 1.5 days
    plan.add_assignment(Assignment(2, 2, 2, 2.5))
    return plan


@pytest.fixture
def german():
    """German as the user's locale for the test; the locale before is put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def team(qtbot):
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.errors = []
    widget.message = lambda parent, text: widget.errors.append(text)
    return widget


def _sheet(document: Document) -> TaskTreeModel:
    return TaskTreeModel(document)


def _cell(model: TaskTreeModel, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_s21lc_local_figure_swaps_marks_of_the_leading_number_only():
    german = Marks(".", ",")
    assert local_figure("1,234.5h", german) == "1.234,5h"
    assert local_figure("-0.5ed", german) == "-0,5ed"
    assert local_figure("+2.25d?", german) == "+2,25d?"
    assert local_figure("12.5 m.", german) == "12,5 m."  # the unit as it is
    assert local_figure("Mon 2026", german) == "Mon 2026"
    assert local_figure("1,234.5h", C_MARKS) == "1,234.5h"
    swiss = Marks("'", ".")
    assert local_figure("1,234.5h", swiss) == "1'234.5h"


def test_s21lc_the_cli_reads_c_from_the_environment_without_qt():
    assert system_marks({"LANG": "C.UTF-8"}, "linux") == C_MARKS
    assert system_marks({"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, "linux") == C_MARKS
    assert system_marks({}, "linux") == C_MARKS
    # a named locale is Qt's to read (the test run's default: C, set by conftest)
    assert system_marks({"LANG": "de_DE.UTF-8"}, "linux") == Marks(",", ".")


def test_s21lc_team_view_writes_work_and_units_in_german(german, team):
    team.select(1)
    roster = team.model
    ana = roster.index(0, RosterColumn.WORK).data()
    assert ana == "1,5h"  # 12.5 % of 12 h
    assert roster.index(1, RosterColumn.WORK).data() == "2,5 t"
    row = 0
    assert team.assignments.item(row, UNITS).text() == "12,5%"
    assert team.assignments.item(row, WORK).text() == "1,5h"


def test_s21lc_team_view_takes_units_and_work_typed_with_a_decimal_comma(german, team):
    plan = team.document.plan
    team.select(1)
    team.assignments.item(0, UNITS).setText("37,5%")
    assert plan.assignment(1).units == pytest.approx(0.375)
    assert team.errors == []
    team.select(1)
    team.assignments.item(0, WORK).setText("4,5h")
    assert plan.assignment(1).work_minutes == 270
    assert team.assignments.item(0, WORK).text() == "4,5h"
    assert team.errors == []


def test_s21lc_c_locale_keeps_the_point(team):
    team.select(1)
    assert team.model.index(0, RosterColumn.WORK).data() == "1.5h"
    assert team.assignments.item(0, UNITS).text() == "12.5%"
    assert team.assignments.item(0, WORK).text() == "1.5h"


def test_s21lc_task_sheet_durations_work_and_units_in_german(qtbot, german):
    document = Document(_plan())
    model = _sheet(document)
    assert _cell(model, 0, Column.DURATION) == "1,5d"
    assert _cell(model, 0, Column.WORK) == "1,5h"
    assert _cell(model, 0, Column.RESOURCES) == "Ana[12,5%]"
    assert _cell(model, 1, Column.RESOURCES) == "Cement[2,5 t]"
    assert _cell(model, 0, Column.DURATION, Qt.ItemDataRole.EditRole) == "1,5d"
    assert _cell(model, 0, Column.TOTAL_SLACK) == "0,5d"  # Design ends mid-day 2, Pour at 2


def test_s21lc_task_sheet_takes_a_decimal_comma_as_typed(qtbot, german):
    document = Document(_plan())
    plan = document.plan
    model = _sheet(document)
    assert model.setData(model.index(1, Column.DURATION), "2,5d")
    assert plan.task(2).duration_minutes == 2 * DAY + DAY // 2
    assert _cell(model, 1, Column.DURATION) == "2,5d"
    assert model.setData(model.index(0, Column.RESOURCES), "Ana[62,5%]")
    assert plan.assignments_of_task(1)[0].units == pytest.approx(0.625)
    assert _cell(model, 0, Column.RESOURCES) == "Ana[62,5%]"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert plan.task(2).duration_minutes == 2 * DAY
    assert _cell(model, 1, Column.DURATION) == "2d"


def test_s21lc_a_grouped_figure_is_no_decimal(qtbot, german):
    """ "1,200" typed where a group separator could be read stays refused in a People cell
    outside brackets (app/domain/people_parts.py): "Ana, 5%" names no one."""
    document = Document(_plan())
    model = _sheet(document)
    before = [a.units for a in document.plan.assignments_of_task(1)]
    assert not model.setData(model.index(0, Column.RESOURCES), "Ana, 5%")
    assert [a.units for a in document.plan.assignments_of_task(1)] == before


def test_s21lc_cli_groups_with_a_space_where_the_output_cannot_write_the_locale_s(monkeypatch):
    """French groups thousands with a narrow no-break space: a Latin-1 terminal gets a
    space, not a UnicodeEncodeError."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))
        assert system_marks({"LANG": "fr_FR.ISO-8859-1"}, "linux") == Marks(" ", ",")
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
        assert system_marks({"LANG": "fr_FR.UTF-8"}, "linux") == Marks("\u202f", ",")
    finally:
        QLocale.setDefault(before)


def test_s21lc_custom_number_duration_and_cost_cells_in_german(qtbot, german):
    from app.ui.models.custom_columns import custom_column

    document = Document(_plan())
    plan = document.plan
    model = _sheet(document)
    number, length, cost = (custom_column(n) for n in ("Number1", "Duration1", "Cost1"))
    assert model.setData(model.index(0, number), "12,5")
    assert plan.task(1).custom == (("Number1", 12.5),)
    assert model.index(0, number).data() == "12,5"
    assert model.index(0, number).data(Qt.ItemDataRole.EditRole) == "12,5"
    assert model.setData(model.index(0, length), "1,5d")
    assert model.index(0, length).data() == "1,5d"
    assert model.setData(model.index(0, cost), "1234,5")
    assert model.index(0, cost).data() == "€1.234,50"  # the plan's € before, as Cost shows


def test_s21lc_availability_units_in_german_read_back_unchanged(qtbot, german):
    from dataclasses import replace

    from app.domain.resource import Availability
    from app.ui.team.resource_dialog import ResourceDialog

    plan = _plan()
    ana = replace(
        plan.resource(1),
        availability=(Availability(datetime(2026, 1, 5), datetime(2026, 1, 9, 23, 59), 0.125),),
    )
    dialog = ResourceDialog(plan, ana)
    qtbot.addWidget(dialog)
    assert dialog.availability.rows()[0][2] == "12,5"
    assert dialog.resource() == ana  # OK without edits changes nothing


def test_s21lc_tracking_lengths_in_german_money_as_it_is(qtbot, german):
    from dataclasses import replace

    document = Document(_plan())
    plan = document.plan
    plan.update_task(replace(plan.task(1), percent_complete=50.0, actual_start=MON))
    plan.update_task(replace(plan.task(2), percent_complete=25.0, actual_start=MON))
    document.reschedule()
    model = _sheet(document)
    assert model.index(1, Column.ACTUAL_DURATION).data() == "0,5d"  # 25 % of 2 days
    assert model.index(0, Column.ACTUAL_WORK).data() == "0,75h"  # half of Ana's 1.5 h
    assert model.index(0, Column.ACTUAL_COST).data() == "€37,50"  # by money(), not swapped again
