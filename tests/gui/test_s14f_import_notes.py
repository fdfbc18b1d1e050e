"""What reading a plan says (GanttProject properties beyond Gantry's fields, a file whose
name says another format, an XML declaring Latin-1 but written in UTF-8) is kept in the
new window's notes (File > Notes on Open and Save, whose count the status bar shows) after
File > Import and File > Open, as the CLI says it on stderr; before, the window dropped it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import formats
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.file_names import GANTRY_FILTER
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.notes_log import notes_log

FLAGS_NOTE = "Gantry has 20 Flag fields; 2 more flag properties are left out"


def _flags_gan(folder: Path) -> Path:
    props = "".join(
        f'<taskproperty id="tpc{n}" name="Check {n}" type="custom" valuetype="boolean"/>'
        for n in range(22)
    )
    path = folder / "flags.gan"
    path.write_text(
        f'<?xml version="1.0"?><project name="P"><tasks><taskproperties>{props}'
        '</taskproperties><task id="0" name="T" start="2026-03-02" duration="1">'
        '<customproperty taskproperty-id="tpc21" value="true"/></task></tasks></project>'
    )
    return path


def _latin1_xml_named_mpp(folder: Path) -> Path:
    """MS Project XML declaring ISO-8859-1 whose text is UTF-8, renamed .mpp."""
    plan = Plan(project=Project(name="Café"))
    plan.append_task(Task(1, "Réunion", duration_minutes=480))
    xml = folder / "cafe.xml"
    formats.write_plan(plan, xml)
    text = xml.read_bytes().replace(b"encoding='UTF-8'", b"encoding='ISO-8859-1'", 1)
    assert b"ISO-8859-1" in text[:100]
    path = folder / "cafe.mpp"
    path.write_bytes(text)
    return path


def _said(window) -> str:
    """Every note the window keeps of reading its file, as one line."""
    return "; ".join(line for e in notes_log(window).entries() for line in e.lines)


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "mine.gantry"
    plan = Plan()
    plan.append_task(Task(1, "Mine", duration_minutes=480))
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    return win


def _save_as(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), GANTRY_FILTER)),
    )
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))


def _import(window, monkeypatch, qtbot, source: Path, target: Path):
    _save_as(monkeypatch, target)
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    before = set(window.session.windows)
    window.action_collection["import_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    assert len(new) == 1
    qtbot.addWidget(new[0])
    return new[0]


def test_import_of_a_gan_says_which_properties_are_left_out(window, monkeypatch, qtbot, tmp_path):
    new = _import(window, monkeypatch, qtbot, _flags_gan(tmp_path), tmp_path / "flags.gantry")
    said = _said(new)
    assert FLAGS_NOTE in said
    assert "'Check 20', 'Check 21'" in said


def test_import_says_every_note_at_once(window, monkeypatch, qtbot, tmp_path):
    source = _latin1_xml_named_mpp(tmp_path)
    new = _import(window, monkeypatch, qtbot, source, tmp_path / "cafe.gantry")
    said = _said(new)
    assert "cafe.mpp is" in said
    assert "MS Project XML" in said
    assert "UTF-8" in said  # and it is not Latin-1 as it declares
    assert new.document.plan.tasks[0].name == "Réunion"


def test_open_of_a_gan_says_which_properties_are_left_out(session, monkeypatch, qtbot, tmp_path):
    _save_as(monkeypatch, tmp_path / "opened.gantry")
    win = session.open_path(_flags_gan(tmp_path))
    assert win is not None
    qtbot.addWidget(win)
    assert FLAGS_NOTE in _said(win)


def test_open_says_every_note_at_once(session, monkeypatch, qtbot, tmp_path):
    _save_as(monkeypatch, tmp_path / "opened.gantry")
    win = session.open_path(_latin1_xml_named_mpp(tmp_path))
    assert win is not None
    qtbot.addWidget(win)
    said = _said(win)
    assert "cafe.mpp is" in said
    assert "UTF-8" in said
