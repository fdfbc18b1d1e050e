"""Pasting seven people into a plan asked 'Maria, Aisha, Priya, Lukas, Chen are on this team
already. Update?' though Lukas and Chen were as in the source, pasted a moment before
(tester s31xp, finding 11). The question now names only those an update would change; when
no one would change, nothing is asked."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.team.team_actions import TeamActions

START = datetime(2027, 3, 1, 8, 0)


@pytest.fixture
def two(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    source = Plan(project=Project(name="Source", start=START))
    source.add_resource(Resource(1, "Lukas Novak", standard_rate=85.0))
    source.add_resource(Resource(2, "Maria Lopez", standard_rate=95.0))
    target = Plan(project=Project(name="Target", start=START))
    target.add_resource(Resource(1, "Lukas Novak", standard_rate=85.0))  # as in the source
    target.add_resource(Resource(2, "Maria Lopez", standard_rate=70.0))  # another rate
    windows = []
    for name, plan in (("source", source), ("target", target)):
        path = tmp_path / f"{name}.gantry"
        GantryFile.create(path, plan).close()
        w = session.open_path(path)
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
        w.show_view("team")
        windows.append(w)
    yield windows
    for w in list(session.windows):
        w.close()


def _copy_all(window):
    team = window.views["team"]
    team.table.setFocus()
    team.table.selectAll()
    team.copy_people()


def test_s31pf_paste_asks_only_about_people_who_would_change(two, monkeypatch):
    a, b = two
    _copy_all(a)
    asked = []
    monkeypatch.setattr(
        TeamActions, "ask_update", staticmethod(lambda _w, names, _s: asked.append(names) or False)
    )
    b.views["team"].paste_people()
    assert asked == [["Maria Lopez"]]
    assert "Nothing to paste" in b.statusBar().currentMessage()
    asked.clear()
    monkeypatch.setattr(
        TeamActions, "ask_update", staticmethod(lambda _w, names, _s: asked.append(names) or True)
    )
    b.views["team"].paste_people()
    assert asked == [["Maria Lopez"]]
    assert {r.name: r.standard_rate for r in b.document.plan.resources}["Maria Lopez"] == 95.0
    asked.clear()
    b.views["team"].paste_people()  # everyone as in the source now: nothing asked
    assert asked == []
    assert "Nothing to paste" in b.statusBar().currentMessage()
