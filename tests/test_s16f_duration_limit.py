"""A typed duration longer than the calendars' 1,200 years is refused where it is typed
(sheet, Task Information, lags, custom Duration fields, workbook cells), with one short
message, instead of reaching the plan and making the .gantry writer raise OverflowError."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.custom_values import parse_value
from app.domain.errors import InputError
from app.domain.notation import LONGEST_MINUTES, parse_duration, parse_predecessors, parse_work
from app.domain.project import Project
from app.io.sheet_values import CellError, read_duration_cell
from app.store.document import GantryFile
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

HUGE = "9" * 30 + "d"


def test_a_huge_duration_is_refused_with_a_short_message():
    with pytest.raises(InputError) as caught:
        parse_duration("9" * 500 + "d", Project())
    message = str(caught.value)
    assert "is too long" in message
    assert "2999" in message
    assert len(message) < 160  # the 500 digits are not echoed whole


def test_the_bound_is_the_calendars_span_in_the_unit_typed():
    project = Project()  # 8-hour days
    days = LONGEST_MINUTES // project.minutes_per_day
    assert parse_duration(f"{days}d", project).minutes == days * project.minutes_per_day
    with pytest.raises(InputError, match=f"at most {days:,}d"):
        parse_duration(f"{days + 1}d", project)
    elapsed_days = LONGEST_MINUTES // 1440
    assert parse_duration(f"{elapsed_days}ed", project).minutes == LONGEST_MINUTES
    with pytest.raises(InputError, match=f"at most {elapsed_days:,}ed"):
        parse_duration(f"{elapsed_days}.5ed", project)


def test_work_says_work():
    with pytest.raises(InputError, match="is too long: work can be at most"):
        parse_work(HUGE, Project())


def test_digits_past_a_float_are_refused_not_overflowing():
    with pytest.raises(InputError, match="too long"):
        parse_duration("9" * 400, Project())  # float('9'*400) is inf


def test_a_huge_lag_is_refused():
    with pytest.raises(InputError, match="is too long: a lag can be at most"):
        parse_predecessors(f"3FS+{HUGE}", Project())
    with pytest.raises(InputError, match="too long"):
        parse_predecessors(f"3SS-{HUGE}", Project())
    assert parse_predecessors("3FS+2d", Project())[0].lag_minutes == 960


def test_a_custom_duration_field_refuses_a_huge_value():
    with pytest.raises(InputError, match=r"Duration1: .*too long"):
        parse_value("Duration1", HUGE, Project())
    assert parse_value("Duration1", "2d", Project()) == 960


def test_a_workbook_cell_refuses_a_huge_duration():
    with pytest.raises(CellError, match="too long"):
        read_duration_cell(10**30, Project(), "d")


def test_the_sheet_cell_refuses_it_and_the_task_keeps_its_duration():
    doc = Document(build_plan())
    with pytest.raises(InputError, match="too long"):
        command_for_cell(doc, 5, Column.DURATION, HUGE)
    assert doc.plan.task(5).duration_minutes == 5 * 480


def test_task_information_refuses_it_and_changes_nothing(qtbot):
    doc = Document(build_plan())
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.duration.setText(HUGE)
    dialog.accept()
    assert "too long" in dialog.error.text()
    assert doc.plan.task(5).duration_minutes == 5 * 480
    assert doc.undo_stack.count() == 0


def test_typed_in_the_duration_cell_of_a_saved_plan_nothing_changes(tmp_path):
    """The case reported: the task held ~1e32 minutes and the writer raised OverflowError."""
    path = tmp_path / "huge.gantry"
    GantryFile.create(path, build_plan()).close()
    file = GantryFile.open(path)
    try:
        doc = Document(file.plan, file)
        model = TaskTreeModel(doc)
        before = doc.plan.task(5)
        index = model.index_of_uid(5, Column.DURATION)
        assert not model.setData(index, HUGE, Qt.ItemDataRole.EditRole)
        assert doc.plan.task(5) == before
        assert model.setData(index, "2d", Qt.ItemDataRole.EditRole)  # the file takes edits
        assert doc.plan.task(5).duration_minutes == 960
    finally:
        file.close()


def test_a_percent_lag_past_a_float_is_refused_not_overflowing(tmp_path):
    """'3FS+' and 400 nines of percent raised OverflowError out of the sheet's cell."""
    with pytest.raises(InputError, match="the lag is too long"):
        parse_predecessors("3FS+" + "9" * 400 + "%", Project())
    path = tmp_path / "huge_lag.gantry"
    GantryFile.create(path, build_plan()).close()
    file = GantryFile.open(path)
    try:
        doc = Document(file.plan, file)
        model = TaskTreeModel(doc)
        index = model.index_of_uid(5, Column.PREDECESSORS)
        assert not model.setData(index, "3FS+" + "9" * 400 + "%", Qt.ItemDataRole.EditRole)
        assert [(lk.predecessor, lk.lag_percent) for lk in doc.plan.links_into(5)] == [(3, None)]
        assert model.setData(index, "3FS+50%", Qt.ItemDataRole.EditRole)
        assert [lk.lag_percent for lk in doc.plan.links_into(5)] == [50.0]
    finally:
        file.close()
