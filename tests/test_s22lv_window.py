"""The window's Level from … To …, Level Selection and Clear Leveling of selected tasks, as
MS Project's Resource Leveling dialog and Resource tab offer them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app.domain.leveling_options import LevelingOptions
from app.report.locale_dates import local_date
from app.store.document import GantryFile, read_plan
from app.ui.dialogs.dates import qdate
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog, LevelingDialog
from tests.test_s22lv_scope import DAY, _plan

WEEK2 = LevelingOptions(level_from=date(2026, 1, 12), level_to=date(2026, 1, 16))


@pytest.fixture
def window(tmp_path, qtbot):
    """Week 1: T1 and T2 clash on Ana; week 2: T3 and T4 clash on Ana."""
    from app.ui.app import Session
    from app.ui.settings import Settings

    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, _plan((1, 5, 1, 0), (2, 2, 1, 2), (3, 2, 1, 7), (4, 2, 1, 7))).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    win.document.undo_stack.clear()
    win.close()


def _delays(window) -> dict[int, int]:
    return {t.uid: t.leveling_delay_minutes for t in window.document.plan.tasks}


def test_s22lv_the_dialog_offers_the_entire_project_or_a_range(qtbot) -> None:
    span = (date(2026, 1, 5), date(2026, 1, 30))
    dialog = LevelingDialog(LevelingOptions(), None, span)
    qtbot.addWidget(dialog)
    assert dialog.entire.isChecked()
    assert not dialog.level_from.isEnabled()
    assert dialog.level_from.date() == qdate(span[0])  # MS Project's defaults: start, finish
    assert dialog.level_to.date() == qdate(span[1])
    assert dialog.options() == LevelingOptions()
    dialog.ranged.setChecked(True)
    dialog.level_from.setDate(qdate(date(2026, 1, 12)))
    dialog.level_to.setDate(qdate(date(2026, 1, 16)))
    assert dialog.options() == WEEK2
    dialog.show()
    dialog.grab().save("/tmp/s22lv_dialog.png")


def test_s22lv_a_range_ending_before_it_starts_keeps_the_dialog_open(qtbot) -> None:
    dialog = LevelingDialog(WEEK2)
    qtbot.addWidget(dialog)
    assert dialog.ranged.isChecked()
    dialog.level_to.setDate(qdate(date(2026, 1, 9)))
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != LevelingDialog.DialogCode.Accepted
    assert "ends (2026-01-09) before it starts (2026-01-12)" in dialog.range_error.text()
    dialog.grab().save("/tmp/s22lv_dialog_error.png")
    dialog.entire.setChecked(True)  # the entire project: nothing to refuse
    dialog.accept()
    assert dialog.result() == LevelingDialog.DialogCode.Accepted


def test_s22lv_level_all_with_a_range_is_kept_and_moves_only_its_tasks(
    window, monkeypatch, tmp_path
):
    monkeypatch.setattr(
        LevelingDialog, "ask", classmethod(lambda cls, current, parent=None: (WEEK2, True))
    )
    window.action_collection["leveling_options"].trigger()
    assert _delays(window) == {1: 0, 2: 0, 3: 0, 4: 2 * DAY}
    assert window.document.plan.project.leveling == WEEK2
    said = window.statusBar().currentMessage()
    week = f"from {local_date(WEEK2.level_from)} to {local_date(WEEK2.level_to)}"
    assert said.startswith(f"Leveled the tasks starting {week} only.")
    assert read_plan(tmp_path / "plan.gantry").project.leveling == WEEK2  # in the file at once
    window.document.undo_stack.undo()  # the options and the delays: one step
    assert window.document.plan.project.leveling == LevelingOptions()
    assert set(_delays(window).values()) == {0}


def test_s22lv_level_selection_levels_the_gantt_selection_only(window):
    window.tree.select_uids([2])
    window.action_collection["resource_level_selection"].trigger()
    # T2 waits for T1 (week 1) and for T3 and T4, which stay on Ana's Monday and Tuesday.
    assert _delays(window) == {1: 0, 2: 5 * DAY, 3: 0, 4: 0}
    assert window.document.undo_stack.undoText() == "Level selection"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Leveled the selected tasks only. Delayed 1 task")
    )
    window.tree.select_uids([])
    window.action_collection["resource_level_selection"].trigger()
    assert "Select the tasks to level" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 1


@pytest.mark.parametrize("only_selected", [True, False])
def test_s22lv_clear_leveling_asks_entire_project_or_selected_tasks(
    window, monkeypatch, only_selected
):
    window.action_collection["level_resources"].trigger()
    leveled = _delays(window)
    assert leveled[2] > 0
    assert leveled[4] > 0
    asked = []

    def ask(cls, has_selection, parent=None):
        asked.append(has_selection)
        return only_selected

    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(ask))
    window.tree.select_uids([4])
    window.action_collection["resource_clear_leveling"].trigger()
    assert asked == [True]
    delayed = {u for u, d in leveled.items() if d}
    left = delayed - {4} if only_selected else set()
    assert {u for u, d in _delays(window).items() if d} == left
    window.document.undo_stack.undo()
    assert _delays(window) == leveled


def test_s22lv_the_clear_question_offers_selected_tasks_only_with_a_selection(qtbot) -> None:
    dialog = ClearLevelingDialog(has_selection=False)
    qtbot.addWidget(dialog)
    assert dialog.entire.isChecked()
    assert not dialog.selected.isEnabled()
    with_selection = ClearLevelingDialog(has_selection=True)
    qtbot.addWidget(with_selection)
    assert with_selection.selected.isEnabled()
    assert with_selection.entire.isChecked()  # as MS Project's opens (s23lv)
    with_selection.show()
    with_selection.grab().save("/tmp/s22lv_clear.png")
