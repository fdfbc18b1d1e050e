"""The UI typed strictly (s19my) changed nothing a user sees: the places whose code changed
for the type checker still do what they did."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QByteArray, QDateTime, QSettings
from PySide6.QtWidgets import QMenu, QPushButton

from app.ui import settings as keys
from app.ui.dialogs.dates import OptionalDate, qdatetime
from app.ui.dialogs.multi_task_fields import MixedDate
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

MOMENTS = [
    datetime(2026, 3, 2, 9, 30, 15, 123456),  # milliseconds kept, the rest dropped
    datetime(1800, 1, 1),  # the first day the editors take
    datetime(2999, 12, 31, 23, 59, 59, 999999),  # and the last
    datetime(2026, 3, 29, 2, 30),  # in the spring-forward hour where clocks change
]


@pytest.mark.parametrize("moment", MOMENTS)
def test_s19my_qdatetime_is_the_moment_pyside_made_of_a_datetime(moment):
    made = qdatetime(moment)
    assert made == QDateTime(moment)
    assert made.timeSpec() == QDateTime(moment).timeSpec()
    assert made.toString("yyyy-MM-dd HH:mm:ss.zzz") == QDateTime(moment).toString(
        "yyyy-MM-dd HH:mm:ss.zzz"
    )


def test_s19my_date_fields_show_the_moment_set(qtbot):
    moment = datetime(2026, 4, 7, 13, 45)
    optional = OptionalDate("Deadline", None, datetime(2026, 1, 1, 8))
    qtbot.addWidget(optional)
    optional.set_value(moment)
    assert optional.value() == moment
    mixed = MixedDate("Start", [None, datetime(2026, 1, 5, 8)], datetime(2026, 1, 1, 8))
    qtbot.addWidget(mixed.edit)
    qtbot.addWidget(mixed.check)
    mixed.set_value(moment)
    assert mixed.value() == moment


@pytest.fixture
def window(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "s19my.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(build_plan()), settings=Settings(store))
    qtbot.addWidget(win)
    return win


def test_s19my_find_dialog_enter_is_find_next_from_any_button(window):
    window.action_collection["find_task"].trigger()
    dialog = window._find_dialog
    buttons = dialog.findChildren(QPushButton)
    assert len(buttons) == 5  # Replace…, Replace, Replace All, Find Next, Close
    assert not any(b.autoDefault() for b in buttons)
    assert [b.text() for b in buttons if b.isDefault()] == ["&Find Next"]


def test_s19my_open_recent_lists_the_recent_plans(window, tmp_path):
    menu = window.recent_menu()
    assert menu is window.action_collection["open_recent"].menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["No recent plans"]
    (tmp_path / "alpha.gantry").write_bytes(b"")  # only plans still on disk are listed
    window.settings.add_recent(tmp_path / "alpha.gantry")
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-1] == "Clear Recent Plans"
    assert any("alpha" in t for t in texts[:-1])


def test_s19my_settings_read_each_kind_as_before(tmp_path):
    path = tmp_path / "kinds.ini"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    settings = Settings(store)
    store.setValue(keys.RECENT_FILES.name, "one.gantry")  # INI: a one-item list as a string
    store.setValue(keys.SHOW_READ_NOTES.name, "false")
    store.setValue(keys.RECENT_LIMIT.name, "7")
    store.setValue(keys.LAST_VIEW.name, "team")
    store.setValue(keys.WINDOW_STATE.name, "not bytes")  # the wrong kind: the default
    store.sync()
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    for reader in (settings, again):
        assert reader.get(keys.RECENT_FILES) == ["one.gantry"]
        assert reader.get(keys.SHOW_READ_NOTES) is False
        assert reader.get(keys.RECENT_LIMIT) == 7
        assert reader.get(keys.LAST_VIEW) == "team"
        assert reader.get(keys.WINDOW_STATE) == QByteArray()
