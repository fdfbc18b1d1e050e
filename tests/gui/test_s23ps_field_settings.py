"""Alt+F3 opens Field Settings for the column under the cursor, as MS Project: the field the
column shows, its title, the title's and the cells' alignment, its width and the title's
wrapping; kept with the sheet's other column settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyleOptionHeader

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.field_settings import ColumnLook, FieldSettingsDialog, _LookStyle, looks_of
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def opened(tmp_path, qtbot):
    path = tmp_path / "fields.gantry"
    GantryFile.create(path, build_plan()).close()
    ini = str(tmp_path / "s.ini")
    sessions: list[Session] = []

    def open_():
        session = Session(Settings(QSettings(ini, QSettings.Format.IniFormat)))
        sessions.append(session)
        win = session.open_path(path)
        qtbot.addWidget(win)
        win.resize(1200, 600)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # for its shortcuts
        win.tree.setFocus()
        return win

    yield open_
    for session in sessions:
        for w in list(session.windows):
            w.close()


def _answer(qtbot, fill, tries=50):
    """Fill the dialog once it is open and press OK (it is modal)."""

    def act(left=tries):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FieldSettingsDialog):
            assert left > 0, "Field Settings did not open"
            QTimer.singleShot(20, lambda: act(left - 1))
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def _header_title(view, column):
    """The title the header draws for a column: its style's label for the section."""
    option = QStyleOptionHeader()
    option.section = column
    option.text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
    style = view.horizontalHeader().style()
    return style._looks.title(column, option.text) if isinstance(style, _LookStyle) else option.text


def test_s23ps_alt_f3_opens_the_dialog_for_the_current_column(opened, qtbot):
    win = opened()
    tree = win.tree
    tree.setCurrentIndex(win.model.index_of_uid(5, Column.DURATION))
    seen = {}

    def fill(dialog):
        seen["field"] = dialog.field.currentText()
        seen["width"] = dialog.width_box.value()
        seen["title"] = dialog.title.placeholderText()
        dialog.title.setText("Days")
        dialog.title_align.setCurrentIndex(dialog.title_align.findData("center"))
        dialog.data_align.setCurrentIndex(dialog.data_align.findData("left"))
        dialog.width_box.setValue(140)
        dialog.wrap.setCurrentIndex(1)

    _answer(qtbot, fill)
    width = tree.columnWidth(Column.DURATION)
    qtbot.keyClick(tree, Qt.Key.Key_F3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(tree, Qt.Key.Key_Alt)
    assert seen == {"field": "Duration", "width": width, "title": "Duration"}
    assert tree.columnWidth(Column.DURATION) == 140
    assert looks_of(tree).look(Column.DURATION) == ColumnLook("Days", "center", "left", True)
    assert _header_title(tree, Column.DURATION) == "Days"
    # the model's title stays the field's: Copy's titles and Paste's matching read it
    assert win.model.headerData(Column.DURATION, Qt.Orientation.Horizontal) == "Duration"


def test_s23ps_the_look_is_kept_with_the_sheets_columns(opened, qtbot):
    win = opened()
    tree = win.tree
    tree.setCurrentIndex(win.model.index_of_uid(5, Column.START))

    def fill(dialog):
        dialog.title.setText("Begins")
        dialog.data_align.setCurrentIndex(dialog.data_align.findData("right"))

    _answer(qtbot, fill)
    win.action_collection["field_settings"].trigger()
    win.close()
    again = opened()
    assert looks_of(again.tree).look(Column.START) == ColumnLook("Begins", "", "right", False)
    assert again.tree.style() is again.tree.horizontalHeader().style()  # cells aligned too


def test_s23ps_another_field_takes_the_columns_place(opened, qtbot):
    win = opened()
    tree = win.tree
    header = tree.horizontalHeader()
    place = header.visualIndex(Column.FINISH)
    tree.setCurrentIndex(win.model.index_of_uid(5, Column.FINISH))

    def fill(dialog):
        dialog.field.setCurrentIndex(dialog.field.findData(int(Column.NOTES)))

    _answer(qtbot, fill)
    win.action_collection["field_settings"].trigger()
    assert tree.isColumnHidden(Column.FINISH)
    assert not tree.isColumnHidden(Column.NOTES)
    assert header.visualIndex(Column.NOTES) == place  # where Finish stood
    assert tree.currentIndex().column() == Column.NOTES


def test_s23ps_task_name_keeps_its_field(opened):
    win = opened()
    dialog = FieldSettingsDialog(win.tree, Column.NAME)
    assert not dialog.field.isEnabled()
    dialog.deleteLater()


def test_s23ps_a_wrapped_title_makes_the_header_taller(opened, qtbot):
    win = opened()
    tree = win.tree
    header = tree.horizontalHeader()
    tree.setColumnWidth(Column.DURATION, 60)
    before = header.sizeHint().height()
    looks_of(tree).set_look(Column.DURATION, ColumnLook("Duration in working days", wrap=True))
    assert header.sizeHint().height() > before


def test_s23ps_the_dialog_as_a_user_sees_it(opened, qtbot):
    win = opened()
    win.tree.setCurrentIndex(win.model.index_of_uid(5, Column.DURATION))
    dialog = FieldSettingsDialog(win.tree, Column.DURATION)
    dialog.title.setText("Days")
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s23ps_field_settings.png")
    dialog.close()
    looks_of(win.tree).set_look(
        Column.DURATION, ColumnLook("Duration in working days", "center", "center", True)
    )
    win.tree.setColumnWidth(Column.DURATION, 70)
    QApplication.processEvents()
    win.grab().save("/tmp/s23ps_field_settings_sheet.png")


def test_s23ps_the_header_menu_opens_it_for_the_clicked_column(opened, qtbot):
    from app.ui.column_menu import header_menu

    win = opened()
    tree = win.tree
    menu = header_menu(tree, Column.START)
    (action,) = [a for a in menu.actions() if a.objectName() == "header_field_settings"]

    def fill(dialog):
        assert dialog.column == Column.START
        dialog.title.setText("Begins")

    _answer(qtbot, fill)
    action.trigger()
    assert looks_of(tree).look(Column.START).title == "Begins"


def test_s23ps_cells_go_back_to_the_plain_style_when_no_alignment_is_left(opened):
    win = opened()
    tree, looks = win.tree, looks_of(win.tree)
    plain = tree.style()
    looks.set_look(Column.DURATION, ColumnLook(data_align="center"))
    assert isinstance(tree.style(), _LookStyle)
    looks.set_look(Column.DURATION, ColumnLook())
    assert not isinstance(tree.style(), _LookStyle)
    assert type(tree.style()) is type(plain)
