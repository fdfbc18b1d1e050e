"""Project > Change Working Time opens where an MS Project user expects it: on the person
selected while the Team view shows (MS Project opens it on the resource selected in a
resource view), on the project calendar on the Gantt and on the Team view with nobody
selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs import working_time_dialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "plan.gantry"
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    GantryFile.create(path, plan).close()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.opened = []
    monkeypatch.setattr(
        working_time_dialog.WorkingTimeDialog, "exec", lambda self: window.opened.append(self) or 0
    )
    yield window
    window.close()


def _shown(window) -> str:
    window.action_collection["change_working_time"].trigger()
    return window.opened[-1].calendar.currentText()


def test_s19tm_project_menu_opens_on_the_person_selected_in_the_team_view(window):
    plan = window.document.plan
    project_calendar = plan.calendars[plan.project.calendar_uid].name
    assert _shown(window) == project_calendar  # the Gantt: the project calendar, as before
    window.show_view("team")
    team = window.views["team"]
    person = plan.resources[1]
    team.select(person.uid)
    assert _shown(window) == person.name  # listed by the person's name
    opened = window.opened[-1]
    assert opened.people[int(opened.calendar.currentData())] == person.uid
    window.show_view("gantt")  # the selection stays in the Team view, the Gantt does not use it
    assert _shown(window) == project_calendar


def test_s19tm_team_view_with_nobody_selected_opens_on_the_project_calendar(window):
    plan = window.document.plan
    window.show_view("team")
    window.views["team"].table.setCurrentIndex(window.views["team"].proxy.index(-1, -1))
    assert _shown(window) == plan.calendars[plan.project.calendar_uid].name
