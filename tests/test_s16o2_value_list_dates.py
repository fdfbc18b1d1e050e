"""Custom Fields > Value List reads a date typed as numbers in the computer's order.

The sheet's date cells follow the computer's short-date order (3/12/2026 is 12 March
on a month-first computer); the value-list editor of a Date field still read day first,
so the same text meant 3 December there and 12 March in the cell.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.custom_fields import CustomField, ListValue, defined
from app.domain.custom_values import typed_list
from app.domain.errors import InputError
from app.domain.typed_dates import DateOrder
from app.ui.commands import execute
from app.ui.dialogs.custom_fields_lookup import ValueListDialog, value_list_command
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.fixture
def use_locale():
    saved = QLocale()

    def use(name):
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(saved)


@pytest.fixture
def doc():
    document = Document(build_plan())
    document.plan.set_custom_field(CustomField("Date1", "Signed"))
    return document


def test_typed_list_reads_dates_in_the_order_given():
    project = build_plan().project
    month_first = typed_list("Date1", [("3/12/2026", "")], False, project, order=DateOrder.MDY)
    assert month_first.values[0].value == datetime(2026, 3, 12, 8, 0)
    day_first = typed_list("Date1", [("3/12/2026", "")], False, project)
    assert day_first.values[0].value == datetime(2026, 12, 3, 8, 0)
    with pytest.raises(InputError, match="13/3/2026"):
        typed_list("Date1", [("13/3/2026", "")], False, project, order=DateOrder.MDY)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("en_US", datetime(2026, 3, 12, 8, 0)), ("en_GB", datetime(2026, 12, 3, 8, 0))],
)
def test_the_list_command_follows_the_computers_order(use_locale, doc, name, expected):
    use_locale(name)
    command = value_list_command(doc, "Date1", [ListValue("3/12/2026", "Signed off")], True)
    assert command is not None
    execute(doc, command)
    field = defined(doc.plan.project.custom_fields, "Date1")
    assert field is not None
    assert [v.value for v in field.values] == [expected]


def test_the_dialog_sorts_and_accepts_in_the_computers_order(qtbot, use_locale, doc):
    use_locale("en_US")
    field = defined(doc.plan.project.custom_fields, "Date1")
    dialog = ValueListDialog(field, "Signed", project=doc.plan.project)
    qtbot.addWidget(dialog)
    for text in ("12/3/2026", "3/12/2026"):  # 3 December, then 12 March
        dialog.add_row()
        dialog.table.item(dialog.table.currentRow(), 0).setText(text)
    dialog.sort_rows()
    assert [v.value for v in dialog.values()] == ["3/12/2026", "12/3/2026"]
    dialog.add_row()
    dialog.table.item(dialog.table.currentRow(), 0).setText("13/3/2026")  # no 13th month
    dialog.accept()
    assert "13/3/2026" in dialog.message.text()
    assert dialog.result() != ValueListDialog.DialogCode.Accepted
