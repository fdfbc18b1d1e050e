"""Where pasting or importing people asks whether to update those already on the team, it
names the field as the roster's column titles it, "Max units" (it said "max units")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from app.domain.people_transfer import snapshot_people
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.team.import_people_dialog import ImportPeopleDialog
from app.ui.team.roster_model import HEADERS, RosterColumn
from app.ui.team.team_actions import TeamActions

TITLE = HEADERS[RosterColumn.MAX_UNITS]


def _plan(name: str, rate: float) -> Plan:
    plan = Plan(project=Project(name=name))
    plan.add_resource(Resource(1, "Jonas Weber", standard_rate=rate, max_units=0.5))
    return plan


def test_import_people_dialog_names_max_units_as_the_roster(qtbot) -> None:
    source = _plan("Client A", 80.0)
    dialog = ImportPeopleDialog(snapshot_people(source, None, "Client A"), _plan("B", 60.0), None)
    qtbot.addWidget(dialog)
    assert TITLE == "Max units"
    assert f"{TITLE}..." in dialog.update_box.text()
    assert "max units" not in dialog.update_box.text()


@pytest.fixture
def two(qtbot, tmp_path):
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    windows = []
    for name, rate in (("client-a", 80.0), ("client-b", 60.0)):
        path = tmp_path / f"{name}.gantry"
        GantryFile.create(path, _plan(name, rate)).close()
        w = session.open_path(path)
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
        w.show_view("team")
        windows.append(w)
    yield windows
    for w in list(session.windows):
        w.close()


def test_paste_question_names_max_units_as_the_roster(two, monkeypatch) -> None:
    a, b = two
    team = a.views["team"]
    team.table.setFocus()
    team.table.selectAll()
    team.copy_people()
    asked: list[str] = []
    monkeypatch.setattr(
        TeamActions, "ask_update", staticmethod(lambda _w, _names, src: asked.append(src) or False)
    )
    b.views["team"].paste_people()
    assert asked == ["'client-a' (rates, calendar, Max units...)"]
    header = (
        b.views["team"]
        .table.model()
        .headerData(RosterColumn.MAX_UNITS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    )
    assert header == TITLE
