"""File > Open of a client's sheet or CSV lists what reading it said, as the CLI says it.

File > Import said which rows it left out and how it read 07/08/2026; File > Open of the
same file said nothing: ``formats.read_plan`` handed its notes to the MS Project and
GanttProject readers only. Now the window's Notes after Open hold exactly the lines
``gantry info`` says on stderr, and File > Import says the same sentences.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, QSettings

from app.cli import main
from app.ui.app import Session
from app.ui.document import Document
from app.ui.exchange.actions import run_import
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.exchange.notes_log import notes_log, status_label
from app.ui.settings import Settings
from tests.unit.excel_plans import sample_plan

_PREFIX = "gantry: note: "


@pytest.fixture(autouse=True)
def _british(monkeypatch):
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the CLI's order
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))  # the window's
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(tmp_path):
    made = Session(Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)))
    yield made
    for window in list(made.windows):
        window.close()


def _sheet(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Design", "5d", "07/08/2026"])
    ws.append(['=A2&" review"', "2d", None])  # no saved value: left out
    ws.append([None, "1d", None])  # no name: left out
    ws.append(["Build", "3d", None])
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "client.csv"
    path.write_text("Task,Duration,Start\nDesign,3d,07/08/2026\n,2d,\nBuild,5d,\n", "utf-8")
    return path


def _cli_notes(capsys, path: Path) -> list[str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    err = capsys.readouterr().err
    return [line.removeprefix(_PREFIX) for line in err.splitlines()]


def _open(session, path, tmp_path, monkeypatch, qtbot):
    target = tmp_path / f"{path.stem}-{path.suffix[1:]}.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("make", [_sheet, _csv])
def test_open_lists_exactly_what_the_cli_says(session, tmp_path, monkeypatch, qtbot, capsys, make):
    path = make(tmp_path)
    said = _cli_notes(capsys, path)
    assert len(said) == 2
    assert said[0].startswith(("A row with no task name", "Rows with no task name"))
    assert said[1].startswith("Dates such as '07/08/2026' were read day first (7 August 2026)")
    window = _open(session, path, tmp_path, monkeypatch, qtbot)
    entry = notes_log(window).last()
    assert entry is not None
    assert entry.action == f"Open {path.name}"
    assert list(entry.lines) == said
    assert status_label(window).text().startswith(f"2 notes on reading {path.name} · ")
    names = [t.name for t in window.document.plan.tasks]
    assert names == ["Design", "Build"]
    window.grab().save(str(tmp_path / "s15f_open_notes.png"))


def test_import_says_the_same_sentences_as_open(session, tmp_path, monkeypatch, qtbot, capsys):
    path = _sheet(tmp_path)
    said = _cli_notes(capsys, path)
    assert said[0] == (
        "Rows with no task name are left out (a formula without a saved value reads as "
        "empty): Plan!A3, Plan!A4; give them a task name in the file, or add the tasks by hand"
    )
    monkeypatch.setattr(
        ColumnMappingDialog, "ask", classmethod(lambda cls, p, path, info, *rest: info.mapping)
    )
    notes: list[str] = []
    assert run_import(None, Document(sample_plan()), path, notes) is not None
    assert notes == said


def test_open_of_a_returned_workbook_lists_its_date_order(
    session, tmp_path, monkeypatch, qtbot, capsys
):
    from app.formats import write_plan

    path = tmp_path / "returned.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Start") + 1).value = "07/08/2026"  # typed as text
    wb.save(path)
    said = _cli_notes(capsys, path)
    assert said[0].startswith("Dates such as '07/08/2026' were read day first")
    # then the Start typed and what taking it does (s27wr), as gantry convert says them
    assert [line.split(": ")[0] for line in said[1:]] == ["'Build'", "taking the 1 change"]
    window = _open(session, path, tmp_path, monkeypatch, qtbot)
    assert list(notes_log(window).last().lines) == said
