"""Every command that reads a file says the same read notes on stderr.

`gantry convert` said which people its reader renamed ('Doe, Jane' is 'Doe Jane') and
`gantry info` did not; a client sheet's rows left out and its dates read day first were
said by no command but convert (on stdout, among the columns it mapped). Now
``formats.read_plan`` hears every reader's notes and what follows a read, and each
command says them, once, as sentences.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.mspdi_write import write_mspdi

_PREFIX = "gantry: note: "


@pytest.fixture(autouse=True)
def _day_first(monkeypatch):
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # 07/08/2026 reads as 7 August


def _client_sheet(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration", "Start"])
    ws.append(["Design", "5d", "07/08/2026"])
    ws.append(['=A2&" review"', "2d", None])  # no saved value: the row is left out
    ws.append(["Build", "3d", None])
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def _site_xml(tmp_path: Path) -> Path:
    plan = Plan(tasks=[Task(1, "Dig", 1, duration_minutes=480)])
    plan.resources = [Resource(1, "Doe, Jane"), Resource(2, "Ana")]
    plan.assignments = [Assignment(1, 1, 1, 1.0)]
    path = tmp_path / "site.xml"
    write_mspdi(plan, path)
    return path


def _notes(capsys, *argv: str | Path) -> tuple[list[str], str]:
    assert main([str(a) for a in argv]) == 0
    said = capsys.readouterr()
    lines = said.err.splitlines()
    assert all(line.startswith(_PREFIX) for line in lines), said.err
    return [line[len(_PREFIX) :] for line in lines], said.out


def _commands(path: Path, tmp_path: Path) -> list[list[str | Path]]:
    return [
        ["info", path],
        ["schedule", path],
        ["schedule", path, "--json"],
        ["usage", path],
        ["convert", path, tmp_path / "out.gantry"],
        ["move", path, "--start", "2026-09-01", "-o", tmp_path / "moved.gantry"],
    ]


def test_every_command_says_a_sheets_rows_left_out_and_its_date_order(tmp_path, capsys):
    path = _client_sheet(tmp_path)
    expected = [
        "A row with no task name is left out (a formula without a saved value reads as "
        "empty): Plan!A3; give it a task name in the file, or add the task by hand",
        "Dates such as '07/08/2026' were read day first (7 August 2026), as this computer "
        "writes dates; a client who writes the month first meant 8 July 2026",
    ]
    for argv in _commands(path, tmp_path):
        notes, _out = _notes(capsys, *argv)
        assert notes == expected, argv


def test_convert_says_a_note_once_on_stderr_and_the_mapping_on_stdout(tmp_path, capsys):
    path = _client_sheet(tmp_path)
    notes, out = _notes(capsys, "convert", path, tmp_path / "out.csv")
    assert "Task name              <- column A 'Task'" in out  # what was mapped: stdout
    assert "2 tasks, 0 links, 0 people" in out
    assert "Plan!A3" not in out  # the row left out: a note, said once
    assert sum("Plan!A3" in line for line in notes) == 1


def test_every_command_says_the_people_its_reader_renamed(tmp_path, capsys):
    path = _site_xml(tmp_path)
    renamed = "1 person renamed: 'Doe, Jane' is 'Doe Jane' (a comma would split the People cell)"
    for argv in _commands(path, tmp_path):
        notes, _out = _notes(capsys, *argv)
        assert notes == [renamed], argv


def test_diff_names_the_file_a_note_is_about(tmp_path, capsys):
    sheet = _client_sheet(tmp_path)
    xml = _site_xml(tmp_path)
    notes, _out = _notes(capsys, "diff", xml, sheet)
    assert notes[0] == (
        "site.xml: 1 person renamed: 'Doe, Jane' is 'Doe Jane' (a comma would split the "
        "People cell)"
    )
    assert notes[1].startswith("client.xlsx: A row with no task name is left out")
    assert notes[2].startswith("client.xlsx: Dates such as '07/08/2026' were read day first")
    # a sheet without Gantry's round-trip data: what it cannot hold is not compared (8b1a152)
    assert notes[3].endswith("not compared: client.xlsx leaves them out (no round-trip data)")
    assert len(notes) == 4


def test_a_gantry_file_renames_no_one_again(tmp_path, capsys):
    xml = _site_xml(tmp_path)
    kept = tmp_path / "site.gantry"
    notes, _out = _notes(capsys, "convert", xml, kept)
    assert len(notes) == 1
    # the plan keeps the note in the person's notes, but reading it renames no one
    assert _notes(capsys, "info", kept)[0] == []


def test_a_csv_without_names_says_no_formula(tmp_path, capsys):
    path = tmp_path / "client.csv"
    path.write_text("Task,Duration\nDesign,3d\n,2d\n,1d\nBuild,5d\n", encoding="utf-8")
    notes, _out = _notes(capsys, "info", path)
    assert notes == [
        "Rows with no task name are left out: client!A3, client!A4; give them a task name "
        "in the file, or add the tasks by hand"
    ]


def test_a_returned_workbook_says_what_its_review_would(tmp_path, capsys):
    from tests.unit.excel_plans import sample_plan

    path = tmp_path / "returned.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Start") + 1).value = "07/08/2026"  # typed as text
    wb.save(path)
    for argv in _commands(path, tmp_path):
        notes, _out = _notes(capsys, *argv)
        assert notes[0] == (
            "Dates such as '07/08/2026' were read day first (7 August 2026), as this "
            "computer writes dates; a client who writes the month first meant 8 July 2026"
        ), argv
        # since s27wr the review's typed date and what taking it does are said too
        assert len(notes) == 3, argv
        assert notes[1].startswith(
            "'Build': Start 2026-01-08 08:00 -> 2026-08-07 08:00 typed by the client"
        ), argv
        assert notes[2].startswith("taking the 1 change: Project finish"), argv
