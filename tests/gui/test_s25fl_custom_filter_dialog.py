"""View > Filter > Custom Field… asks a test as MS Project's custom filter does: a Test
drop-down (equals, is greater than, is within… for a Number; contains or equals for a Text)
and, for a field with a value list, the list's values to pick from; a value typed in the
user's locale is handed on as files write it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, QSettings

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.custom_filter_tests import CustomTest
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.custom_filter_dialog import CustomFieldFilterDialog
from app.ui.settings import Settings

POINTS = [3, 13, 8, 5, 2]


def _plan() -> Plan:
    points = value_list("Number1", [ListValue(float(p)) for p in (1, 2, 3, 5, 8, 13)], False)
    fields = (
        replace(points, alias="Story Points"),
        CustomField("Text1", alias="Epic"),
        CustomField("Date1", alias="Demo"),
    )
    plan = Plan(
        project=Project(name="Sprints", start=datetime(2027, 1, 4, 8), custom_fields=fields)
    )
    for i, p in enumerate(POINTS):
        epic = "Checkout" if i % 2 else "Checkout v2"
        custom = (("Text1", epic), ("Number1", float(p)), ("Date1", datetime(2027, 1, 4 + i, 9)))
        plan.append_task(Task(i + 1, f"Story {i + 1}", 1, 480, custom=custom))
    return plan


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot):
    shown = CustomFieldFilterDialog(_plan())
    qtbot.addWidget(shown)
    return shown


def _pick(dialog, name: str, test: CustomTest, value: str, last: str = "") -> None:
    dialog.field.setCurrentIndex(dialog.field.findData(name))
    dialog.test.setCurrentIndex(dialog.test.findData(test))
    dialog.value.setEditText(value)
    dialog.last.setEditText(last)


def test_s25fl_a_number_field_offers_ms_project_s_tests_and_its_list(dialog):
    dialog.field.setCurrentIndex(dialog.field.findData("Number1"))
    tests = [dialog.test.itemData(i) for i in range(dialog.test.count())]
    assert tests[0] is CustomTest.EQUALS
    assert CustomTest.GREATER in tests
    assert CustomTest.WITHIN in tests
    assert CustomTest.CONTAINS not in tests
    listed = [dialog.value.itemText(i) for i in range(dialog.value.count())]
    assert listed == ["1", "2", "3", "5", "8", "13"]
    assert dialog.value.currentText() == ""  # nothing picked until the user picks


def test_s25fl_a_text_field_contains_by_default(dialog):
    dialog.field.setCurrentIndex(dialog.field.findData("Text1"))
    tests = [dialog.test.itemData(i) for i in range(dialog.test.count())]
    assert tests == [CustomTest.CONTAINS, CustomTest.EQUALS, CustomTest.NOT_EQUAL]
    assert dialog.value.count() == 0  # no value list: nothing to pick


@pytest.mark.parametrize(
    ("name", "test", "value", "last", "text"),
    [
        ("Number1", CustomTest.EQUALS, "3", "", "=3"),
        ("Number1", CustomTest.GREATER, "8", "", ">8"),
        ("Number1", CustomTest.NOT_EQUAL, "3", "", "<>3"),
        ("Number1", CustomTest.WITHIN, "2", "5", "2..5"),
        ("Text1", CustomTest.CONTAINS, "Check", "", "Check"),
        ("Text1", CustomTest.EQUALS, "Checkout", "", "=Checkout"),
        ("Date1", CustomTest.AT_LEAST, "2027-01-06", "", ">=2027-01-06"),
        ("Flag1", CustomTest.EQUALS, "Yes", "", "=yes"),
    ],
)
def test_s25fl_the_choice_is_the_filter_s_text(dialog, name, test, value, last, text):
    _pick(dialog, name, test, value, last)
    assert dialog.choice() == (name, text)


def test_s25fl_the_and_row_shows_for_within_only(dialog):
    _pick(dialog, "Number1", CustomTest.GREATER, "8")
    assert not dialog.form.isRowVisible(dialog.last)
    _pick(dialog, "Number1", CustomTest.WITHIN, "2", "5")
    assert dialog.form.isRowVisible(dialog.last)


def test_s25fl_a_value_that_does_not_read_keeps_the_dialog_open(dialog):
    _pick(dialog, "Number1", CustomTest.GREATER, "many")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "Story Points: 'many' is not a number (try 12 or 12.5)"
    _pick(dialog, "Number1", CustomTest.GREATER, "")
    dialog.accept()
    assert dialog.error.text() == "Story Points: type the value to compare with"


def test_s25fl_values_typed_in_german_are_handed_on_as_files_write_them(qtbot, in_locale):
    in_locale("de_DE")
    dialog = CustomFieldFilterDialog(_plan())
    qtbot.addWidget(dialog)
    _pick(dialog, "Number1", CustomTest.LESS, "12,5")
    assert dialog.choice() == ("Number1", "<12.5")
    _pick(dialog, "Date1", CustomTest.EQUALS, "05.01.2027")
    assert dialog.choice() == ("Date1", "=2027-01-05")


def test_s25fl_the_window_keeps_the_stories_above_8_points(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "s25fl.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings(QSettings(str(tmp_path / "s25fl.ini"), QSettings.IniFormat)))
    window = session.open_path(path)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        CustomFieldFilterDialog, "ask", classmethod(lambda cls, p, plan: ("Number1", ">8"))
    )
    window.action_collection["filter_custom_field"].trigger()
    assert window.model.shown_uids() == [2]  # 13 points; 3 is no longer 13's piece
    assert window.status_filter.text() == "Filter: Story Points is greater than 8 (1 of 5 tasks)"
    for w in list(session.windows):
        w.close()


def test_s25fl_the_dialog_as_a_user_sees_it(dialog):
    _pick(dialog, "Number1", CustomTest.WITHIN, "2", "5")
    dialog.resize(dialog.sizeHint())
    assert not dialog.grab().isNull()
    dialog.grab().save("/tmp/s25fl_dialog.png")
