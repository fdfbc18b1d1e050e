"""Physical % Complete typed on the task sheet (it was read-only, filled only from MS Project
files): a whole percentage 0..100 in the user's locale's numbers, one undo step, saved with
the plan; bad text is refused in one status-bar line naming the task and changes nothing;
a summary's cell is not typed (its earned value adds up its subtasks').

Plan: tests/test_s20ev_status_date_ev.py's shop at FRI2 (all progress before it), Build (uid 3)
earning by Physical % Complete.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import InputError
from app.domain.physical_percent import parse_physical_percent
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.settings import Settings
from tests.test_s20ev_status_date_ev import FRI2, _plan

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def locale_set():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


@pytest.fixture
def opened(tmp_path, qtbot):
    path = tmp_path / "shop.gantry"
    plan = _plan(status=FRI2)
    plan.update_task(replace(plan.task(3), ev_method=EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE))
    GantryFile.create(path, plan).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win, path
    for w in list(session.windows):
        w.close()


def _cell(model, uid, column=Column.PHYSICAL_PERCENT):
    return model.index_of_uid(uid, column).data()


def test_s26ev_typed_physical_percent_is_one_undo_step_and_saved(opened, locale_set):
    locale_set(US)
    window, path = opened
    model, document = window.model, window.document
    index = model.index_of_uid(3, Column.PHYSICAL_PERCENT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    bcwp_before = _cell(model, 3, Column.BCWP)
    assert model.setData(index, "60%")
    assert document.plan.task(3).physical_percent_complete == 60.0
    assert _cell(model, 3) == "60%"
    # Build earns by its physical progress: 60 % of its 4,000 baseline
    assert _cell(model, 3, Column.BCWP) == "€2,400.00" != bcwp_before
    stack = document.undo_stack
    assert stack.undoText() == "Set Physical % Complete of 'Build'"
    stack.undo()
    assert document.plan.task(3).physical_percent_complete == 0.0
    assert _cell(model, 3, Column.BCWP) == bcwp_before
    stack.redo()
    assert document.plan.task(3).physical_percent_complete == 60.0
    # every edit is in the file at once
    assert read_plan(path).task(3).physical_percent_complete == 60.0


def test_s26ev_physical_percent_read_in_the_sheets_locale(opened, locale_set):
    window, _path = opened
    model, document = window.model, window.document
    index = model.index_of_uid(2, Column.PHYSICAL_PERCENT)
    locale_set(GERMAN)
    assert model.setData(index, "12,5")  # twelve and a half in German: a whole 13
    assert document.plan.task(2).physical_percent_complete == 13.0
    locale_set(US)
    assert model.setData(index, "42.4 %")
    assert document.plan.task(2).physical_percent_complete == 42.0


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("abc", "'abc' is not a percentage"),
        ("150", "'150' is out of range"),
        ("-5", "out of range"),
    ],
)
def test_s26ev_bad_physical_percent_refused_with_the_task_named(opened, typed, said):
    window, _path = opened
    model, document = window.model, window.document
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    depth = document.undo_stack.count()
    assert not model.setData(model.index_of_uid(3, Column.PHYSICAL_PERCENT), typed)
    assert len(errors) == 1
    assert errors[0].startswith("Physical % Complete of 'Build': ")
    assert said in errors[0]
    assert window.statusBar().currentMessage() == errors[0]  # said in the status bar
    assert document.plan.task(3).physical_percent_complete == 0.0
    assert document.undo_stack.count() == depth


def test_s26ev_a_summary_takes_no_physical_percent(opened):
    window, _path = opened
    model = window.model
    index = model.index_of_uid(1, Column.PHYSICAL_PERCENT)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    notices: list[str] = []
    model.sig_notice.connect(notices.append)
    assert not model.setData(index, "50")
    assert notices == [read_only_hint(Column.PHYSICAL_PERCENT)]
    assert "typed on tasks" in notices[0]
    assert window.document.plan.task(1).physical_percent_complete == 0.0


def test_s26ev_parse_physical_percent_rounds_half_up_and_clears():
    assert parse_physical_percent("12.5") == 13.0
    assert parse_physical_percent("") == 0.0
    assert parse_physical_percent("100%") == 100.0
    assert parse_physical_percent("1,5", ".", ",") == 2.0
    with pytest.raises(InputError, match="--physical-percent: 'x'"):
        parse_physical_percent("x", what="--physical-percent")
