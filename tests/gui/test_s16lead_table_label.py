"""The status bar names the sheet's table only while the task sheet (Gantt view) is shown."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from app.assets import resource_path
from app.ui.app import Session
from app.ui.settings import Settings


def test_table_name_shows_over_the_gantt_only(qtbot, tmp_path):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.show()
    label = window.findChild(QLabel, "status_table")
    window.show_view("gantt")
    assert label.isVisible()
    assert label.text() == "Table: Entry"
    window.show_view("team")
    assert not label.isVisible()
    window.show_view("budget")
    assert not label.isVisible()
    window.show_view("gantt")
    assert label.isVisible()
