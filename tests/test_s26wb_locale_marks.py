"""The window reads a client's money text cells in the user's Qt locale's separators. The
readers took them from the environment only (LC_ALL/LANG), which on Windows and macOS usually
says nothing: a German user's ``1.200,50`` was read in C there. The window now passes its
locale's marks to the readers (``marks=``), which win over the environment's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.csv_plan import read_csv
from app.io.excel_import import read_roundtrip_workbook

GERMAN = (".", ",")


@pytest.fixture(autouse=True)
def _environment_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(name, raising=False)


def _returned(tmp_path: Path, text: str) -> Path:
    plan = Plan(
        project=Project(
            name="Köln",
            currency="EUR",
            currency_symbol="€",
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
        )
    )
    plan.append_task(Task(1, "Estrich", 1, duration_minutes=480))
    path = tmp_path / "koeln.xlsx"
    write_plan(plan, path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    col = [c.value for c in ws[1]].index("Fixed cost") + 1
    ws.cell(2, col).value = text
    book.save(path)
    assert openpyxl.load_workbook(path)["Plan"].cell(2, col).value == text
    return path


def test_s26wb_the_marks_given_win_over_an_environment_that_says_nothing(tmp_path: Path) -> None:
    path = _returned(tmp_path, "1.200,50 €")
    trip = read_roundtrip_workbook(path, marks=GERMAN)
    assert trip.theirs.task(1).fixed_cost == pytest.approx(1200.5)
    unclear = _returned(tmp_path, "1.200 €")
    assert read_roundtrip_workbook(unclear, marks=GERMAN).theirs.task(1).fixed_cost == 1200.0
    with pytest.raises(FileFormatError, match="is unclear"):  # C: twelve hundred or 1.2?
        read_roundtrip_workbook(unclear)
    opened = read_plan(unclear, marks=GERMAN)  # File > Open of the workbook
    assert opened.task(1).fixed_cost == 1200.0


def test_s26wb_a_csv_and_a_mapped_sheet_take_the_marks_given(tmp_path: Path) -> None:
    # a file telling no marks of its own (s30lc): 1.200 is unclear in every locale, and
    # 1,200 is unclear where the marks given make "," the decimal mark; C reads it 1200
    path = tmp_path / "plan.csv"
    path.write_text("Name;Duration;Cost\nEstrich;2d;1,200 €\n", "utf-8")
    assert read_csv(path).tasks[0].fixed_cost == 1200.0
    with pytest.raises(FileFormatError, match="is unclear"):
        read_csv(path, marks=GERMAN)
    sheet = tmp_path / "client.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Name", "Duration", "Cost"])
    ws.append(["Estrich", "2d", "1,200 €"])
    book.save(sheet)
    assert read_plan(sheet).tasks[0].fixed_cost == 1200.0
    with pytest.raises(FileFormatError, match="is unclear"):
        read_plan(sheet, marks=GERMAN)


def test_s26wb_the_window_reads_a_returned_workbook_in_its_locale(qtbot, tmp_path: Path) -> None:
    from app.ui.exchange import actions

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        trip = actions._read_roundtrip(None, _returned(tmp_path, "1.200 €"), True)
    finally:
        QLocale.setDefault(before)
    assert trip.theirs.task(1).fixed_cost == 1200.0  # C would refuse it as unclear
