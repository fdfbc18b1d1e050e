"""File > Import of client.xml saved as client.xml.gantry says where the plan went before
what reading it said; the status bar (SaidStatusBar) makes each message a sentence, so the
two are joined as two sentences, not with a semicolon before a capital."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.dialogs.file_names import GANTRY_FILTER
from app.ui.exchange.actions import ExchangeDialogs
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "mine.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    return win


def _import_saved_as(window, monkeypatch, qtbot, source: Path, typed: Path):
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, caption, start, filters: (str(typed), GANTRY_FILTER)),
    )
    before = set(window.session.windows)
    window.action_collection["import_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    for win in new:
        qtbot.addWidget(win)
    assert len(new) == 1
    return new[0]


def test_s22s2_kept_as_and_renamed_read_as_two_sentences(window, monkeypatch, qtbot, tmp_path):
    plan = Plan(project=Project(name="Client"))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=960))
    plan.add_resource(Resource(1, "Doe, Jane"))  # renamed on reading: a comma splits People
    source = tmp_path / "client.xml"
    formats.write_plan(plan, source)
    new = _import_saved_as(window, monkeypatch, qtbot, source, source)  # typed client.xml
    assert new.document.path == tmp_path / "client.xml.gantry"
    said = new.statusBar().currentMessage()
    assert said == (
        "Kept as client.xml.gantry; client.xml is left as it was. "
        "1 person renamed: 'Doe, Jane' is 'Doe Jane' (a comma would split the People cell)"
    )


def test_s22s2_kept_as_alone_when_reading_said_nothing(window, monkeypatch, qtbot, tmp_path):
    plan = Plan(project=Project(name="Client"))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=960))
    source = tmp_path / "client.xml"
    formats.write_plan(plan, source)
    new = _import_saved_as(window, monkeypatch, qtbot, source, source)
    said = new.statusBar().currentMessage()
    assert said == "Kept as client.xml.gantry; client.xml is left as it was"
