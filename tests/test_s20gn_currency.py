"""A plan whose file names no currency shows the system's, on the command line as in the window.

Found: the window gave a GanttProject file or a CSV the user's currency (as MS Project takes
Windows'), but ``gantry info x.gan``, ``gantry report`` and ``gantry convert x.gan y.xlsx``
showed and wrote euros nobody chose, whatever the machine's locale; where the locale names
no currency (C, POSIX) both showed euros. Now every command takes the system's currency
for such a plan (app/report/system_currency.py), and where there is none, amounts show
without a symbol. A file that names its currency keeps it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.formats import write_plan

HOUSE = "ganttproject-HouseBuildingSample.gan"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def british() -> Iterator[None]:
    """The user's locale is en_GB (what Qt's system locale reads from LANG/LC_ALL)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _cost(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Cost:"))
    return line.removeprefix("Cost:").strip()


def test_s20gn_info_on_a_gan_takes_the_users_currency(
    shared_data: Path, capsys: pytest.CaptureFixture[str], british: None
) -> None:
    assert _cost(capsys, shared_data / "gan" / HOUSE) == "£47,400.00 (GBP)"


def test_s20gn_info_makes_no_currency_up_where_the_locale_names_none(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert QLocale().currencySymbol() == ""  # the tests' C locale
    assert _cost(capsys, shared_data / "gan" / HOUSE) == "47,400.00"


def test_s20gn_a_file_that_names_its_currency_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], british: None
) -> None:
    dollars = tmp_path / "client.csv"
    dollars.write_text("Task,Duration,Cost\nDig,2d,$1200\nPour,3d,$800\n", encoding="utf-8")
    assert _cost(capsys, dollars) == "$2,000.00 (USD)"
    ours = tmp_path / "plan.gantry"
    write_plan(Plan(project=Project(name="P", currency="CHF", currency_symbol="CHF")), ours)
    assert _cost(capsys, ours) == "CHF0.00"  # as the plan states it, not £


def test_s20gn_status_report_and_workbook_carry_the_users_currency(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], british: None
) -> None:
    pdf, book = tmp_path / "friday.pdf", tmp_path / "house.xlsx"
    assert main(["report", str(shared_data / "gan" / HOUSE), str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "£47,400.00" in text
    assert "€" not in text
    assert main(["convert", str(shared_data / "gan" / HOUSE), str(book)]) == 0
    sheet = openpyxl.load_workbook(book)["Plan"]
    money = {
        c.number_format for row in sheet.iter_rows(min_row=2) for c in row if "£" in c.number_format
    }
    assert money == {'"£"#,##0.00'}
    assert not any("€" in c.number_format for row in sheet.iter_rows() for c in row)


@pytest.mark.parametrize(
    ("lang", "cost"), [("en_GB.UTF-8", "£47,400.00 (GBP)"), ("C", "47,400.00")]
)
def test_s20gn_a_real_run_asks_the_systems_locale(shared_data: Path, lang: str, cost: str) -> None:
    """``gantry info`` as a user runs it: Qt reads the locale from the environment."""
    env = os.environ | {"LC_ALL": lang, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LC_MONETARY", None)
    done = subprocess.run(
        [sys.executable, "-m", "app", "info", str(shared_data / "gan" / HOUSE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    assert f"Cost:           {cost}" in done.stdout.splitlines()
