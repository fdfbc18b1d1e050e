"""File > Import's "Save imported plan as" never writes over the file being imported.

Found by a PM importing a client's file: the Save As after File > Import took the
file just read as its answer, so a workbook named .gantry (or another .gantry
plan) was replaced by the SQLite plan, where File > Open of the same file refuses
that name and asks again. A name typed with the workbook's extension gets .gantry
added, and the status bar says where the plan went and that the workbook is
left as it was. The extension is added after the save dialog, which asked only
about the name typed: a plan already there is replaced only once agreed.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
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
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.main_window import MainWindow
from tests.gui.conftest import build_plan


@pytest.fixture
def errors(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: said.append(m)))
    return said


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "mine.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    return win


def _client_plan() -> Plan:
    plan = Plan(project=Project(name="Client"))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=960))
    plan.append_task(Task(2, "Pour", 1, duration_minutes=1440))
    return plan


def _typing(monkeypatch, answers):
    """The save dialog: the names typed in turn (the Gantry filter chosen), then Cancel;
    returns where it started each time."""
    asked = []

    def dialog(parent, caption, start, filters):
        asked.append(Path(start))
        return (str(answers.pop(0)), GANTRY_FILTER) if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def _import(window, monkeypatch, qtbot, source, answers):
    """File > Import of ``source``; the Save As dialog is typed ``answers`` in turn."""
    asked = _typing(monkeypatch, answers)
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    monkeypatch.setattr(
        ColumnMappingDialog, "ask", classmethod(lambda cls, p, path, info, rows=None: info.mapping)
    )
    before = set(window.session.windows)
    window.action_collection["import_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    for win in new:
        qtbot.addWidget(win)
    return new, asked


@pytest.mark.parametrize("kind", [".xlsx", ".xml", ".gantry"])
def test_saving_over_the_file_imported_is_refused_and_asked_again(
    window, monkeypatch, qtbot, tmp_path, errors, kind
):
    """A workbook or MS Project XML named client.gantry, or another plan's .gantry file."""
    written = tmp_path / f"client{kind}"
    formats.write_plan(_client_plan(), written)
    source = tmp_path / "client.gantry"
    written.rename(source)
    before = source.read_bytes()
    kept = tmp_path / "kept.gantry"
    new, asked = _import(window, monkeypatch, qtbot, source, [source, kept])
    assert len(asked) == 2
    assert len(errors) == 1
    assert errors[0].startswith("client.gantry is the file being imported")
    assert [w.document.path for w in new] == [kept]
    assert [t.name for t in new[0].document.plan.tasks] == ["Dig", "Pour"]
    new[0].close()
    assert source.read_bytes() == before


def test_cancelling_after_a_refusal_writes_nothing(window, monkeypatch, qtbot, tmp_path, errors):
    written = tmp_path / "client.xlsx"
    formats.write_plan(_client_plan(), written)
    source = tmp_path / "client.gantry"
    written.rename(source)
    before = source.read_bytes()
    new, asked = _import(window, monkeypatch, qtbot, source, [source])  # then Cancel
    assert (new, len(asked), len(errors)) == ([], 2, 1)
    assert source.read_bytes() == before
    written = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock")
    assert written == ["client.gantry", "mine.gantry"]


def test_the_workbooks_own_name_keeps_the_plan_beside_it(
    window, monkeypatch, qtbot, tmp_path, errors
):
    """Save As client.xlsx (the client's sheet): kept as client.xlsx.gantry, and said."""
    source = tmp_path / "client.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Task", "Duration"])
    sheet.append(["Dig", "2d"])
    book.save(source)
    before = source.read_bytes()
    new, _asked = _import(window, monkeypatch, qtbot, source, [source])
    assert errors == []
    assert [w.document.path for w in new] == [tmp_path / "client.xlsx.gantry"]
    assert source.read_bytes() == before
    said = new[0].statusBar().currentMessage()
    assert "Kept as client.xlsx.gantry" in said
    assert "client.xlsx is left as it was" in said


@pytest.mark.parametrize("agreed", [False, True])
def test_a_plan_the_dialog_never_asked_about_is_replaced_only_once_agreed(
    window, monkeypatch, qtbot, tmp_path, errors, agreed
):
    """File > New, 'other' typed: the dialog asked about 'other', .gantry is added after it,
    and other.gantry was replaced without a word. Now asked; No asks for a name again."""
    other = tmp_path / "other.gantry"
    GantryFile.create(other, build_plan()).close()
    before = other.read_bytes()
    asked = _typing(monkeypatch, [tmp_path / "other", tmp_path / "fresh"])
    confirmed = []

    def confirm(cls, parent, path):
        confirmed.append(path)
        return agreed

    monkeypatch.setattr(MainWindow, "confirm_replace", classmethod(confirm))
    opened = set(window.session.windows)
    window.action_collection["new_plan"].trigger()
    new = [w for w in window.session.windows if w not in opened]
    for win in new:
        qtbot.addWidget(win)
    assert confirmed == [other]
    assert errors == []
    if agreed:
        assert [w.document.path for w in new] == [other]
        assert new[0].document.plan.tasks == []
        return
    assert asked[1] == other  # asked again, from the name it would have taken
    assert [w.document.path for w in new] == [tmp_path / "fresh.gantry"]
    assert other.read_bytes() == before


def test_a_name_typed_in_full_is_left_to_the_dialog(window, monkeypatch, qtbot, tmp_path, errors):
    """The dialog itself asked before 'other.gantry' was chosen: no second question."""
    other = tmp_path / "other.gantry"
    GantryFile.create(other, build_plan()).close()
    _typing(monkeypatch, [other])
    monkeypatch.setattr(MainWindow, "confirm_replace", classmethod(lambda c, p, path: False))
    opened = set(window.session.windows)
    window.action_collection["new_plan"].trigger()
    new = [w for w in window.session.windows if w not in opened]
    for win in new:
        qtbot.addWidget(win)
    assert [w.document.path for w in new] == [other]
