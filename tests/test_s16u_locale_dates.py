"""Dates typed as text in the sheet and in Task Information follow the computer's locale.

The sheet read "3/12/2026" day first everywhere (3 December) while File > Import followed
the locale; MS Project follows the Windows regional settings. Each test sets Qt's default
locale (QLocale.setDefault) and puts the old one back after. The sample plan
(tests/gui/conftest.py) starts Mon 2026-03-02; Code is uid 5.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.custom_fields import CustomField
from app.domain.errors import InputError
from app.domain.typed_dates import DateOrder
from app.ui.commands import execute
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.locale_dates import locale_date_order
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_edits import Column, check_new_task_text, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def use_locale():
    """Set Qt's default locale by name for the test; the old one comes back after."""
    saved = QLocale()

    def use(name):
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(saved)


@pytest.fixture
def doc():
    return Document(build_plan())


def _type(doc, uid, column, text):
    model = TaskTreeModel(doc)
    said = []
    model.sig_error.connect(said.append)
    model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)
    return said


@pytest.mark.parametrize(
    ("name", "order"),
    [
        ("en_US", DateOrder.MDY),
        ("en_GB", DateOrder.DMY),
        ("de_DE", DateOrder.DMY),
        ("fr_FR", DateOrder.DMY),
        ("ja_JP", DateOrder.YMD),
        ("en_CA", DateOrder.YMD),
    ],
)
def test_the_order_is_read_off_the_locales_short_date_format(name, order):
    assert locale_date_order(QLocale(name)) == order


def test_the_default_locale_is_the_one_read(use_locale):
    use_locale("en_US")
    assert locale_date_order() is DateOrder.MDY
    use_locale("de_DE")
    assert locale_date_order() is DateOrder.DMY


@pytest.mark.parametrize(
    ("name", "expected"),
    [("en_US", datetime(2026, 3, 12, 8, 0)), ("en_GB", datetime(2026, 12, 3, 8, 0))],
)
def test_an_actual_start_typed_as_numbers_follows_the_locale(use_locale, doc, name, expected):
    use_locale(name)
    assert _type(doc, 5, Column.ACTUAL_START, "3/12/2026") == []
    assert doc.plan.task(5).actual_start == expected
    assert doc.undo_stack.count() == 1


@pytest.mark.parametrize("name", ["en_US", "en_GB", "de_DE"])
def test_iso_is_read_whatever_the_locale(use_locale, doc, name):
    use_locale(name)
    assert _type(doc, 5, Column.DEADLINE, "2026-03-12") == []
    assert doc.plan.task(5).deadline == datetime(2026, 3, 12, 17, 0)


def test_a_german_date_with_dots(use_locale, doc):
    use_locale("de_DE")
    assert _type(doc, 5, Column.CONSTRAINT_DATE, "12.03.26") == []
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 12, 8, 0)


def test_a_date_that_does_not_fit_the_order_says_which_it_is(use_locale, doc):
    use_locale("en_US")
    said = _type(doc, 5, Column.DEADLINE, "13/3/2026")
    assert said == [
        "'13/3/2026' is not a date: this computer writes month/day/year, as 3/2/2026 "
        "(or type 2026-03-02)"
    ]
    assert doc.plan.task(5).deadline is None
    assert doc.undo_stack.count() == 0


def test_the_start_and_finish_cells_and_the_new_row_follow_it_too(use_locale, doc):
    use_locale("en_US")
    command = command_for_cell(doc, 5, Column.START, "3/16/2026")
    execute(doc, command)
    task = doc.plan.task(5)
    assert task.constraint_date == datetime(2026, 3, 16, 8, 0)
    assert doc.schedule[5].finish == datetime(2026, 3, 20, 17, 0)
    execute(doc, command_for_cell(doc, 5, Column.FINISH, "3/24/2026"))
    assert doc.schedule[5].finish == datetime(2026, 3, 24, 17, 0)
    check_new_task_text(doc.plan, Column.START, "3/16/2026")
    use_locale("en_GB")
    with pytest.raises(InputError, match="this computer writes day/month/year"):
        check_new_task_text(doc.plan, Column.START, "3/16/2026")


# ------------------------------------------------------- a date typed without a year


def test_a_date_without_a_year_takes_the_year_of_the_cells_date(use_locale, doc):
    use_locale("en_GB")
    plan = doc.plan
    plan.update_task(replace(plan.task(5), deadline=datetime(2027, 1, 15, 17, 0)))
    assert _type(doc, 5, Column.DEADLINE, "Thu 12 Mar") == []
    assert plan.task(5).deadline == datetime(2027, 3, 12, 17, 0)


def test_an_empty_cell_takes_the_project_start_year(use_locale, doc):
    use_locale("en_US")
    plan = doc.plan
    plan.project = replace(plan.project, start=datetime(2027, 1, 4, 8, 0))
    assert _type(doc, 5, Column.DEADLINE, "3/12") == []
    assert plan.task(5).deadline == datetime(2027, 3, 12, 17, 0)


def test_the_start_cell_takes_its_scheduled_year(use_locale, doc):
    use_locale("en_GB")
    assert doc.schedule[5].start.year == 2026
    execute(doc, command_for_cell(doc, 5, Column.START, "16 Mar"))
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 16, 8, 0)


# ------------------------------------------------------- custom Date fields


def _with_date_field(doc):
    plan = doc.plan
    plan.set_custom_field(CustomField("Date1", "Signed"))
    return plan


def test_a_custom_date_cell_follows_the_locale(use_locale, doc):
    plan = _with_date_field(doc)
    use_locale("en_US")
    assert _type(doc, 5, custom_column("Date1"), "3/12/2026") == []
    assert plan.task(5).custom == (("Date1", datetime(2026, 3, 12, 8, 0)),)
    use_locale("en_GB")
    assert _type(doc, 5, custom_column("Date1"), "3/12/2026") == []
    assert plan.task(5).custom == (("Date1", datetime(2026, 12, 3, 8, 0)),)
    assert _type(doc, 5, custom_column("Date1"), "1 Feb") == []  # the year it holds
    assert plan.task(5).custom == (("Date1", datetime(2026, 2, 1, 8, 0)),)


def test_task_information_custom_date_follows_the_locale(qtbot, use_locale, doc):
    plan = _with_date_field(doc)
    use_locale("en_US")
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.custom.edits["Date1"].setText("3/12/2026 1:30 PM")
    execute(doc, dialog.command())
    assert plan.task(5).custom == (("Date1", datetime(2026, 3, 12, 13, 30)),)
    use_locale("de_DE")
    again = TaskDialog(doc, 5)
    qtbot.addWidget(again)
    again.custom.edits["Date1"].setText("13.03.")  # no year: the one the field holds
    execute(doc, again.command())
    assert plan.task(5).custom == (("Date1", datetime(2026, 3, 13, 8, 0)),)


@pytest.mark.parametrize(("name", "example"), [("en_US", "3/2/2026"), ("en_GB", "02/03/2026")])
def test_the_optional_date_cells_tooltip_shows_the_computers_order(
    qtbot, use_locale, doc, name, example
):
    use_locale(name)
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    tree.setColumnHidden(Column.DEADLINE, False)
    tree.resize(1400, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    index = tree.task_model().index_of_uid(5, Column.DEADLINE)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    assert example in editor.toolTip()
    editor.setText(example)
    tree.commitData(editor)
    assert doc.plan.task(5).deadline == datetime(2026, 3, 2, 17, 0)
