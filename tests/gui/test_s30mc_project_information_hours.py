"""Project Information (s30xc): after Hours per day 8 -> 9 the status bar says that the
durations typed before keep their hours (5d read 4.44d without a word), and the project
start File > New gave at 08:00 follows the default start time set to 07:00."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QTime

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.commands import execute
from app.ui.dialogs.project_dialog import ProjectDialog, hours_per_day_note
from app.ui.document import Document


def test_s30mc_the_start_follows_the_default_start_time(qtbot) -> None:
    doc = Document(Plan(project=Project(start=datetime(2027, 9, 6, 8, 0))))
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.default_start_time.setTime(QTime(7, 0))
    dialog.hours_per_day.setValue(9)
    command = dialog.command()
    assert command is not None
    execute(doc, command)
    assert doc.plan.project.start == datetime(2027, 9, 6, 7, 0)
    assert doc.plan.project.default_start_time == time(7, 0)
    dialog.close()


def test_s30mc_the_status_bar_says_typed_durations_keep_their_hours() -> None:
    assert hours_per_day_note(480, 540) == (
        "Hours per day 8 -> 9: durations and lags typed before keep their hours, "
        "so 5d now reads 4.44d; retype one to keep its days"
    )
    assert hours_per_day_note(480, 480) == ""


def test_s30mc_project_information_shows_the_note(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(Plan()), Session(Settings(settings)))
    qtbot.addWidget(window)

    def nine_hours(dialog: ProjectDialog) -> int:
        dialog.hours_per_day.setValue(9)
        dialog.accept()
        return 1

    monkeypatch.setattr(ProjectDialog, "exec", nine_hours)
    window.project_information()
    assert "5d now reads 4.44d" in window.statusBar().currentMessage()
    window.close()
