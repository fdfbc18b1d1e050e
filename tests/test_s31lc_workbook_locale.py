"""What a German, French or Swiss client sees in the exported workbook (s30xl F9, F12): its
dates in Excel's built-in short date (numFmt 14) and date with time (22), which each
reader's Excel shows in its own order (04.01.2027 in German) where ``yyyy-mm-dd`` showed
ISO; the Gantt and Cash Flow sheets' months in the exporter's language (``Mär 2027``);
money in Excel's locale-neutral codes (``"CHF" #,##0.00``: 1'234.50 in Swiss Excel), the
PM's marks never written into a code. The workbook still reads back to the same plan."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import SymbolPosition
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook
from app.report.timescale_names import date_names

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def _plan(currency: str = "EUR", symbol: str = "€") -> Plan:
    plan = Plan()
    plan.set_project(
        replace(
            plan.project,
            name="Zürich",
            start=datetime(2027, 2, 22, 8),
            currency=currency,
            currency_symbol=symbol,
            currency_symbol_position=SymbolPosition.BEFORE_SPACE,
            currency_stated=True,
        )
    )
    plan.append_task(Task(1, "Planung", 1, duration_minutes=20 * 480, fixed_cost=1234.5))
    plan.append_task(Task(2, "Abnahme", 1, duration_minutes=0))
    return plan


def _num_fmt_ids(path: Path) -> tuple[set[str], list[str]]:
    """The numFmtIds the styles use and the custom format codes they define."""
    styles = zipfile.ZipFile(path).read("xl/styles.xml").decode()
    return set(re.findall(r'numFmtId="(\d+)"', styles)), re.findall(r'formatCode="([^"]*)"', styles)


def test_s31lc_dates_are_excels_built_in_short_date(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_workbook(_plan(), path, now=datetime(2027, 1, 1, 9, 30))
    book = openpyxl.load_workbook(path)
    plan = book["Plan"]
    header = [c.value for c in plan[1]]
    start = plan.cell(2, header.index("Start") + 1)
    assert (start.value, start.number_format) == (datetime(2027, 2, 22, 8), "mm-dd-yy")
    assert book["Gantt"].cell(3, 3).number_format == "mm-dd-yy"
    stamp = next(row[1] for row in book["About"].iter_rows() if row[0].value == "Exported at")
    assert stamp.number_format == "m/d/yy h:mm"
    ids, codes = _num_fmt_ids(path)
    assert {"14", "22"} <= ids  # built in: no code of ours fixes the order
    assert not [c for c in codes if "yy" in c or "dd" in c]  # no ISO date code left
    trip = read_roundtrip_workbook(path)  # untouched, it reads back as written
    assert [(t.start, t.finish) for t in trip.theirs.tasks] == [
        (t.start, t.finish) for t in trip.base.tasks
    ]


def test_s31lc_an_untouched_workbook_diffs_as_no_change(tmp_path: Path, capsys) -> None:
    old = tmp_path / "plan.gantry"
    write_plan(_plan(), old)
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(old), str(path)]) == 0
    capsys.readouterr()
    assert main(["diff", str(old), str(path)]) == 0
    assert capsys.readouterr().out == "no changes\n"


@pytest.mark.parametrize(
    ("locale", "months"),
    [
        (None, ["Feb 2027", "Mar 2027"]),
        (GERMAN, ["Feb 2027", "Mär 2027"]),
        (FRENCH, ["févr. 2027", "mars 2027"]),
    ],
)
def test_s31lc_months_in_the_exporters_language(tmp_path: Path, locale, months) -> None:
    path = tmp_path / "plan.xlsx"
    names = None if locale is None else date_names(locale)
    write_workbook(_plan(), path, date_names=names)
    book = openpyxl.load_workbook(path)
    gantt = [c.value for c in book["Gantt"][1][4:] if c.value]
    assert gantt[:2] == months
    flow = [c.value for c in book["Cash Flow"][1]]
    assert flow[1:3] == months


def test_s31lc_gantry_convert_names_months_in_the_locale(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    QLocale.setDefault(GERMAN)  # (conftest puts C back)
    old = tmp_path / "plan.gantry"
    write_plan(_plan(), old)
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(old), str(path)]) == 0
    gantt = [c.value for c in openpyxl.load_workbook(path)["Gantt"][1][4:] if c.value]
    assert gantt[:2] == ["Feb 2027", "Mär 2027"]


@pytest.mark.parametrize("lang", ["de_CH.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8"])
def test_s31lc_a_chf_plans_money_codes_leave_the_marks_to_excel(
    tmp_path: Path, monkeypatch, lang
) -> None:
    monkeypatch.setenv("LC_ALL", lang)
    path = tmp_path / "chf.xlsx"
    write_workbook(_plan("CHF", "CHF"), path)
    plan = openpyxl.load_workbook(path)["Plan"]
    header = [c.value for c in plan[1]]
    fixed = plan.cell(2, header.index("Fixed cost") + 1)
    assert (fixed.value, fixed.number_format) == (1234.5, '"CHF" #,##0.00')
    _ids, codes = _num_fmt_ids(path)
    money = [c for c in codes if "CHF" in c]
    assert money
    # ',' and '.' in a code are Excel's group and decimal: Swiss Excel shows 1'234.50
    assert not [c for c in money if "'" in c or "\u2019" in c or "#.##0" in c]
