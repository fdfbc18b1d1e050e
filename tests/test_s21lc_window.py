"""Dates a German PM reads in the window follow their locale (the status bar's finish, a
dialog's current dates, the Team view's: ``Mo. 05.01.2026``), as figures do. The locale is
set for the test and put back after."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.move_project_dialog import MoveProjectDialog
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from app.ui.models.task_date_edits import local_date
from app.ui.status_fit import full_text

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
MON = datetime(2026, 1, 5, 8, 0)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def locale():
    """Set the user's locale as the system would (then Qt's LocaleChange); the one before
    is put back after."""
    before = QLocale()

    def change(chosen: QLocale) -> None:
        QLocale.setDefault(chosen)
        QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.LocaleChange))
        QApplication.processEvents()

    yield change
    QLocale.setDefault(before)


@pytest.fixture
def session(tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    return Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))


@pytest.fixture
def window(qtbot, tmp_path, session):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 800)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


def test_s21lc_local_date_reads_as_the_locale_writes_it():
    friday = datetime(2026, 11, 27, 17, 0)
    assert local_date(friday, locale=GERMAN) == "Fr. 27.11.2026"
    assert local_date(friday, weekday=False, locale=GERMAN) == "27.11.2026"
    assert local_date(friday, clock=True, locale=GERMAN) == "Fr. 27.11.2026 17:00"
    assert local_date(friday, weekday=False, locale=QLocale("fr_FR")) == "27/11/2026"
    assert local_date(friday, weekday=False, locale=QLocale("en_US")) == "11/27/2026"
    c = QLocale.c()  # as before: tests, servers
    assert local_date(friday, locale=c) == "Fri 2026-11-27"
    assert local_date(friday, clock=True, locale=c) == "Fri 2026-11-27 17:00"
    assert local_date(None) == ""


def test_s21lc_status_bar_finish_follows_the_locale(window, locale):
    finish = window.document.schedule.finish
    assert full_text(window.status_finish) == f"Finish: {finish:%a %Y-%m-%d}"
    locale(GERMAN)
    assert full_text(window.status_finish) == f"Finish: {local_date(finish, locale=GERMAN)}"
    assert f"{finish.day:02d}.{finish.month:02d}.{finish.year}" in window.status_finish.text()
    locale(QLocale.c())
    assert full_text(window.status_finish) == f"Finish: {finish:%a %Y-%m-%d}"


def _labels(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_s21lc_dialogs_read_only_dates_in_german(qtbot, locale):
    locale(GERMAN)
    move = MoveProjectDialog(MON, 0)
    qtbot.addWidget(move)
    assert "Mo. 05.01.2026 08:00" in _labels(move)
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    update = UpdateTasksDialog(Document(plan), 1)
    qtbot.addWidget(update)
    assert "Mo. 05.01.2026" in _labels(update)  # current start
    assert "Fr. 09.01.2026" in _labels(update)  # current finish


def test_s21lc_team_view_in_german_screenshot(window, locale, qtbot):
    """Work typed with a decimal comma in the assignment list shows with one in the
    roster and the list; a screenshot to look at."""
    from PySide6.QtCore import Qt

    from app.ui.team.roster_model import RosterColumn

    locale(GERMAN)
    window.show_view("team")
    team = window.views["team"]
    uid = team.model.uid_at(0)
    team.select(uid)
    table = team.assignments
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 2).flags() & Qt.ItemFlag.ItemIsEditable
    )
    table.item(row, 2).setText("36,5h")
    team.select(uid)
    assert table.item(row, 2).text() == "36,5h"
    assert team.model.index(0, RosterColumn.WORK).data().endswith(",5h")
    over = team.overallocation_list
    assert over.count()
    assert "2027-" not in over.item(0).text()  # 22.03.2027 13:30
    QApplication.processEvents()  # the status bar's labels refitted to their new texts
    window.grab().save("/tmp/s21lc_team_de.png")


def test_s21lc_team_days_off_in_german(qtbot, locale):
    from datetime import date

    from app.domain.resource import Assignment, Resource
    from app.ui.commands import execute
    from app.ui.team.commands import AddVacationCommand
    from app.ui.team.view import TeamView

    locale(GERMAN)
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    document = Document(plan)
    execute(document, AddVacationCommand(document, 1, date(2026, 3, 4), date(2026, 3, 6), "Ski"))
    view = TeamView(document)
    qtbot.addWidget(view)
    view.select(1)
    assert view.vacation_list.item(0).text() == "Ski: 04.03.2026 to 06.03.2026 (off)"
