"""Page Setup's Header, Footer and Legend tabs insert a field at the cursor of the box the
user was last in, as MS Project's field buttons do (app/ui/printing/field_insert_row.py),
and the Page tab says "1 page wide", not "1 pages wide"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from app.domain.page_setup import FIELDS, PageSetup
from app.report.options import PrintOptions
from app.ui.printing.field_insert_row import FieldInsertRow
from app.ui.printing.page_setup import PageSetupDialog

START, FINISH = datetime(2027, 1, 4, 8, 0), datetime(2027, 3, 1, 17, 0)
TYPED = PageSetup(
    header=("Northwind", "", "Printed "),
    footer=("", "Page  of all", ""),
    legend_text="Key ",
)


def _shown(qtbot, tab: str) -> PageSetupDialog:
    dialog = PageSetupDialog(PrintOptions(setup=TYPED), START, FINISH)
    qtbot.addWidget(dialog)
    dialog.show()  # not waited for: the untouched test wants no box focused as it opens
    dialog.activateWindow()
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(titles.index(tab))
    return dialog


def _choose(row: FieldInsertRow, name: str) -> None:
    row.field.setCurrentIndex(row.field.findData(name))


def _focus(qtbot, edit: QLineEdit) -> None:
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)


def test_s23p2_a_field_goes_in_at_the_cursor_of_the_box_last_in(qtbot) -> None:
    dialog = _shown(qtbot, "Footer")
    centre = dialog.tabs.footer[1]
    _focus(qtbot, centre)
    centre.setCursorPosition(len("Page "))
    _choose(dialog.tabs.footer_fields, "Page")
    qtbot.mouseClick(dialog.tabs.footer_fields.button, Qt.MouseButton.LeftButton)
    assert centre.text() == "Page &[Page] of all"
    assert centre.hasFocus()  # back to typing where the field went in
    centre.setCursorPosition(len(centre.text()))
    qtbot.keyClicks(centre, " ")
    _choose(dialog.tabs.footer_fields, "Pages")
    qtbot.mouseClick(dialog.tabs.footer_fields.button, Qt.MouseButton.LeftButton)
    assert centre.text() == "Page &[Page] of all &[Pages]"
    assert dialog.options().setup.footer == ("", "Page &[Page] of all &[Pages]", "")


def test_s23p2_the_field_goes_to_the_other_box_once_the_user_is_there(qtbot) -> None:
    dialog = _shown(qtbot, "Header")
    right, row = dialog.tabs.header[2], dialog.tabs.header_fields
    _focus(qtbot, right)
    right.setCursorPosition(len(right.text()))
    # by the keyboard: Tab on to the list and the button, Space presses it
    _focus(qtbot, row.field)
    _choose(row, "Date")
    _focus(qtbot, row.button)
    qtbot.keyClick(row.button, Qt.Key.Key_Space)
    assert right.text() == "Printed &[Date]"
    assert dialog.tabs.header[1].text() == ""  # the centre, where none was chosen, kept
    assert dialog.options().setup.header == ("Northwind", "", "Printed &[Date]")


def test_s23p2_untouched_the_field_goes_to_the_centre_and_replaces_a_selection(qtbot) -> None:
    dialog = _shown(qtbot, "Header")
    _choose(dialog.tabs.header_fields, "View")
    dialog.tabs.header_fields.insert()
    assert [e.text() for e in dialog.tabs.header] == ["Northwind", "&[View]", "Printed "]
    left = dialog.tabs.header[0]
    _focus(qtbot, left)
    left.setSelection(0, len("Northwind"))
    _choose(dialog.tabs.header_fields, "Company")
    dialog.tabs.header_fields.insert()
    assert left.text() == "&[Company]"


def test_s23p2_the_legend_text_takes_fields_too(qtbot) -> None:
    dialog = _shown(qtbot, "Legend and notes")
    dialog.tabs.legend_text.setCursorPosition(len("Key "))
    _choose(dialog.tabs.legend_fields, "Status Date")
    dialog.tabs.legend_fields.insert()
    assert dialog.options().setup.legend_text == "Key &[Status Date]"


def test_s23p2_every_field_is_offered_and_the_row_is_named_for_a_screen_reader(qtbot) -> None:
    dialog = _shown(qtbot, "Header")
    rows = (dialog.tabs.header_fields, dialog.tabs.footer_fields, dialog.tabs.legend_fields)
    for row in rows:
        offered = [row.field.itemData(i) for i in range(row.field.count())]
        assert offered == list(FIELDS)
        texts = [row.field.itemText(i) for i in range(row.field.count())]
        assert "Page number" in texts
        assert "Total page count" in texts
        assert "Project title" in texts
    names = [
        w.accessibleName()
        for w in dialog.findChildren(QComboBox) + dialog.findChildren(QPushButton)
        if isinstance(w.parent(), FieldInsertRow)
    ]
    assert sorted(names) == sorted(
        f"{what} {where}"
        for what in ("Field to insert into the", "Insert the field into the")
        for where in ("header", "footer", "legend text")
    )
    assert [e.accessibleName() for e in dialog.tabs.footer] == [
        "Footer left",
        "Footer centre",
        "Footer right",
    ]


def test_s23p2_one_page_wide_is_said_in_the_singular(qtbot) -> None:
    dialog = _shown(qtbot, "Page")
    assert dialog.wide_words.text() == "page wide by"
    dialog.pages_wide.setValue(3)
    assert dialog.wide_words.text() == "pages wide by"
    dialog.pages_wide.setValue(1)
    assert dialog.wide_words.text() == "page wide by"
    assert dialog.pages_wide.accessibleName() == "Pages wide"
