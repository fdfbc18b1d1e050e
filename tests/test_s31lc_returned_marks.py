"""A returned workbook's text amounts are read in the marks the client's own typing shows, as
a fresh client sheet's are (s30xl F2): a German client's ``1.234,50 €`` makes their
``12.000`` twelve thousand under a Swiss, English or C reader; a Swiss client's
``1'234.50`` makes their ``1.500`` one and a half under a German one; a workbook whose text
amounts tell nothing is read in the reader's marks as before."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.roundtrip_file_marks import money_texts

LOCALES = ("de_DE.UTF-8", "de_CH.UTF-8", "fr_FR.UTF-8", "en_US.UTF-8", "C.UTF-8")


def _plan() -> Plan:
    plan = Plan(
        project=Project(
            name="Zürich",
            currency="EUR",
            currency_symbol="€",
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
        )
    )
    plan.append_task(Task(1, "Planung", 1, duration_minutes=960))
    plan.append_task(Task(2, "Bau", 1, duration_minutes=4800))
    plan.append_task(Task(3, "Reise", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Jürgen Müller", standard_rate=95.0))
    return plan


def _returned(tmp_path: Path, fixed: dict[int, str], sheet: str = "Plan", title: str = "") -> Path:
    """The plan exported, then the client's ``fixed`` texts typed in Fixed cost (by row), or
    in ``sheet``'s ``title`` column."""
    path = tmp_path / "returned.xlsx"
    write_plan(_plan(), path)
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    col = [c.value for c in ws[1]].index(title or "Fixed cost") + 1
    for row, text in fixed.items():
        ws.cell(row, col).value = text
    book.save(path)
    return path


def _costs(path: Path) -> list[float]:
    return [t.fixed_cost for t in read_roundtrip_workbook(path).theirs.tasks]


@pytest.mark.parametrize("lang", LOCALES)
def test_s31lc_german_client_reads_its_dot_as_grouping(tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("LC_ALL", lang)
    path = _returned(tmp_path, {2: "1.234,50 €", 3: "12.000"})
    assert _costs(path) == [1234.5, 12000.0, 0.0]


@pytest.mark.parametrize("lang", LOCALES)
def test_s31lc_swiss_client_reads_its_dot_as_decimal(tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("LC_ALL", lang)
    path = _returned(tmp_path, {2: "1'234.50", 3: "12'000.00", 4: "1.500"})
    assert _costs(path) == [1234.5, 12000.0, 1.5]


@pytest.mark.parametrize(("lang", "read"), [("de_DE.UTF-8", 12000.0), ("en_US.UTF-8", 12.0)])
def test_s31lc_returned_without_marks_reads_in_the_locale(tmp_path: Path, monkeypatch, lang, read):
    # told nothing, a returned workbook keeps the reader's marks (s25nm, s26wb)
    monkeypatch.setenv("LC_ALL", lang)
    assert _costs(_returned(tmp_path, {3: "12.000"}))[1] == read


def test_s31lc_returned_without_marks_refused_in_c(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    path = _returned(tmp_path, {3: "12.000"})
    with pytest.raises(FileFormatError, match=r"Plan!K3: '12\.000' is unclear") as err:
        _costs(path)
    assert "12000 or 12" in str(err.value)


def test_s31lc_the_team_sheets_rate_tells_the_plans_marks(tmp_path: Path, monkeypatch):
    # the client typed a German rate on the Team sheet and 12.000 on the Plan sheet
    monkeypatch.setenv("LC_ALL", "de_CH.UTF-8")
    path = _returned(tmp_path, {2: "1.234,50 €/h"}, "Team", "Std. rate")
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    ws.cell(3, [c.value for c in ws[1]].index("Fixed cost") + 1).value = "12.000"
    book.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.task(2).fixed_cost == 12000.0
    assert trip.theirs.resource(1).standard_rate == pytest.approx(1234.5)


def test_s31lc_gantry_diff_of_a_german_clients_workbook(tmp_path: Path, monkeypatch, capsys):
    # s30xl F2: under de_CH, 'Fixed Cost 0.00 € -> 12.00 €' for a German client's 12.000
    monkeypatch.setenv("LC_ALL", "de_CH.UTF-8")
    old = tmp_path / "plan.gantry"
    write_plan(_plan(), old)
    path = _returned(tmp_path, {2: "1.234,50 €", 3: "12.000"})
    assert main(["diff", str(old), str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"new": 12000.0' in out
    assert '"new": 1234.5' in out


def test_s31lc_what_a_returned_sheet_tells():
    rows = [
        ["note inserted above"],
        ["UID", "Task", "Fixed cost", "Cost"],
        [1, "A", 0, 100.0],
        [2, "B", "1.234,50 €", " "],
        [3, "C", None, "12.000"],
    ]
    assert money_texts(rows, ("Fixed cost", "Cost")) == ["1.234,50 €", "12.000"]
    assert money_texts([["Name"], ["A"]], ("Fixed cost",)) == []


def test_s31lc_a_workbook_without_its_snapshot_learns_the_marks_too(tmp_path: Path, monkeypatch):
    # --no-roundtrip: the Team and Risks sheets are read after the Plan sheet; a German
    # rate typed on the Team sheet makes the Risks sheet's 12.000 twelve thousand under C
    from dataclasses import replace as replaced

    from app.domain.risk import Risk
    from app.formats import read_plan
    from app.io.excel_export_choice import FULL_EXPORT

    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    plan = _plan()
    plan.risks = [Risk(1, "Frost", probability=0.5, impact=1000.0)]
    path = tmp_path / "handoff.xlsx"
    write_plan(plan, path, choice=replaced(FULL_EXPORT, roundtrip=False))
    book = openpyxl.load_workbook(path)
    for sheet, title, text in (
        ("Team", "Std. rate", "1.234,50 €/h"),
        ("Risks", "Impact", "12.000"),
    ):
        ws = book[sheet]
        ws.cell(2, [c.value for c in ws[1]].index(title) + 1).value = text
    book.save(path)
    read = read_plan(path)
    assert read.resources[0].standard_rate == pytest.approx(1234.5)
    assert read.risks[0].impact == 12000.0
