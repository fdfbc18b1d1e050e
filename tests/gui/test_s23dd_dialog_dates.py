"""Dialog date fields read typed text as the sheet does and show the sheet's short date.

Found by exploratory testers: in Project Information's Start, ``02/01/2027`` typed and
Enter showed ``Tue 2026-01-20 2:00`` and OK moved the plan there (Qt's editor took the
digits part by part in ``ddd yyyy-MM-dd``); ``1 Feb 2027`` was kept as the old start
without a word.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.dialogs.dates import date_edit, day_edit, read_date
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.fixture
def use_locale():
    saved = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(saved)


@pytest.fixture
def document(qtbot):
    return Document(build_plan())


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    return dialog


def _type(qtbot, field, text, key=Qt.Key.Key_Tab):
    """The field's text selected, ``text`` typed, then ``key`` (Tab: on to the next field;
    Enter: the dialog's OK too, when the field lets it)."""
    field.setFocus()
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # (QTest aborts on a key beyond ASCII)
        field.insert(text)
    qtbot.keyClick(field, key)


def _ok(dialog):
    boxes = dialog.findChildren(QDialogButtonBox)
    return next(b.button(QDialogButtonBox.StandardButton.Ok) for b in boxes)


@pytest.mark.parametrize(
    ("name", "typed", "expected"),
    [
        ("en_US", "02/01/2027", datetime(2027, 2, 1, 8, 0)),
        ("de_DE", "02/01/2027", datetime(2027, 1, 2, 8, 0)),
        ("de_DE", "02.01.2027", datetime(2027, 1, 2, 8, 0)),
        ("en_US", "1 Feb 2027", datetime(2027, 2, 1, 8, 0)),
        ("de_DE", "1 Feb 2027", datetime(2027, 2, 1, 8, 0)),
        ("de_DE", "12. März 2027", datetime(2027, 3, 12, 8, 0)),
        ("en_US", "2027-02-01 10:30", datetime(2027, 2, 1, 10, 30)),
        ("de_DE", "Mo. 01.02.2027 13:15", datetime(2027, 2, 1, 13, 15)),
    ],
)
def test_s23dd_project_start_typed_is_that_date(qtbot, use_locale, document, name, typed, expected):
    use_locale(name)
    dialog = _shown(qtbot, ProjectDialog(document, None))
    _type(qtbot, dialog.start, typed)
    dialog.accept()
    assert not dialog.isVisible()
    assert document.plan.project.start == expected


@pytest.mark.parametrize(
    ("name", "shown"),
    [("en_US", "Mon 3/2/2026"), ("de_DE", "Mo. 02.03.2026"), ("C", "Mon 2026-03-02")],
)
def test_s23dd_fields_show_the_sheets_short_date(qtbot, use_locale, name, shown):
    use_locale(name)
    day = day_edit(datetime(2026, 3, 2).date())
    moment = date_edit(datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 2, 8, 0))
    qtbot.addWidget(day)
    qtbot.addWidget(moment)
    assert day.text() == shown
    assert moment.text().startswith(shown + " ")
    assert "8:00" in moment.text()


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
@pytest.mark.parametrize("typed", ["tomorrow", "31/31/2027", "3500-01-01"])
def test_s23dd_unreadable_text_is_refused_at_the_field(qtbot, use_locale, document, name, typed):
    use_locale(name)
    dialog = _shown(qtbot, ProjectDialog(document, None))
    before = document.plan.project.start
    _type(qtbot, dialog.start, typed, Qt.Key.Key_Return)  # Enter: OK, had the date read
    assert dialog.isVisible()
    assert dialog.start.problem is not None
    assert dialog.start.text() == typed  # kept as typed, not garbled
    assert dialog.start.styleSheet()  # framed red
    assert not _ok(dialog).isEnabled()  # OK waits for a date
    assert dialog.error.text() == dialog.start.problem
    dialog.accept()  # (a caller that accepts anyway is refused too)
    assert dialog.isVisible()
    assert document.plan.project.start == before
    _type(qtbot, dialog.start, "2027-02-01")
    assert dialog.start.problem is None
    assert _ok(dialog).isEnabled()
    assert dialog.error.text() == ""


def test_s23dd_the_refusal_offers_the_users_form(qtbot, use_locale):
    use_locale("de_DE")
    field = date_edit(datetime(2026, 3, 2, 8, 0), datetime(2026, 3, 2, 8, 0))
    qtbot.addWidget(field)
    field.setText("tomorrow")
    with pytest.raises(Exception, match=r"02\.03\.2026"):
        read_date(field)


def test_s23dd_task_information_start_typed_in_german(qtbot, use_locale, document):
    use_locale("de_DE")
    dialog = _shown(qtbot, TaskDialog(document, 5, None))
    _type(qtbot, dialog.start, "06.04.2026")
    dialog.accept()
    assert not dialog.isVisible()
    start = document.plan.task(5).constraint_date
    assert start is not None
    assert start.date() == datetime(2026, 4, 6).date()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_s23dd_the_calendar_pops_up_and_sets_the_day(qtbot, use_locale):
    use_locale("en_US")
    field = day_edit(datetime(2026, 3, 2).date())
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    assert calendar is not None
    assert calendar.isVisible()
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.text() == "Thu 3/5/2026"
    qtbot.keyClick(field, Qt.Key.Key_Up)  # a day on
    assert field.text() == "Fri 3/6/2026"
    QApplication.processEvents()


@pytest.mark.parametrize("name", ["en_US", "de_DE"])
def test_s23dd_screenshot_project_information(qtbot, use_locale, document, name):
    use_locale(name)
    dialog = _shown(qtbot, ProjectDialog(document, None))
    _type(qtbot, dialog.start, "tomorrow", Qt.Key.Key_Return)
    dialog.grab().save(f"/tmp/s23dd_project_{name}.png")
    dialog = _shown(qtbot, TaskDialog(document, 5, None))
    dialog.grab().save(f"/tmp/s23dd_task_{name}.png")


def test_s23dd_a_deadline_unticked_lets_go_of_its_unread_text(qtbot, use_locale, document):
    use_locale("en_US")
    dialog = _shown(qtbot, TaskDialog(document, 5, None))
    dialog.deadline.check.setChecked(True)
    _type(qtbot, dialog.deadline.edit, "someday", Qt.Key.Key_Return)
    assert not _ok(dialog).isEnabled()
    dialog.deadline.check.setChecked(False)
    assert _ok(dialog).isEnabled()
    assert dialog.deadline.value() is None
