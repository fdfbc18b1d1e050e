"""A custom Date field is written as the Start column beside it writes a date: in the
user's locale (``Fr. 01.01.2027`` on the sheet and in ``gantry diff``, ``01.01.2027`` in
print in German), not English ``Fri 2027-01-01`` under German Start dates; the C locale
keeps the sheet's ``Fri 2027-01-01`` and the printout's ``2027-01-01``."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.custom_values import format_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.columns import CellText, custom_text
from app.report.locale_numbers import locale_marks
from app.ui.document import Document
from app.ui.models.custom_columns import custom_cell, custom_column, custom_command
from app.ui.models.task_date_edits import format_date
from tests.gui.conftest import build_plan

ROOT = Path(__file__).resolve().parents[1]
FRI = datetime(2027, 1, 1, 8)


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


# (locale, the sheet's text, the printout's text) of Fri 2027-01-01
CASES = [("de_DE", "Fr. 01.01.2027", "01.01.2027"), ("C", "Fri 2027-01-01", "2027-01-01")]


def _plan(moment: datetime) -> Plan:
    plan = Plan(project=Project(name="Fields", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Pour", duration_minutes=480, custom=(("Date1", moment),)))
    return plan


@pytest.mark.parametrize(("locale", "sheet", "printed"), CASES)
def test_s24s3_the_sheet_writes_a_custom_date_as_its_start(in_locale, locale, sheet, printed):
    in_locale(locale)
    document = Document(build_plan())
    column = custom_column("Date1")
    command = custom_command(document, 5, column, "2027-01-01")  # ISO reads in any locale
    assert command is not None
    command.redo()
    shown = custom_cell(document, 5, column, Qt.ItemDataRole.DisplayRole)
    assert shown == sheet
    assert shown == format_date(FRI)  # the writer of the Start cell beside it


@pytest.mark.parametrize(("locale", "sheet", "printed"), CASES)
def test_s24s3_the_printout_writes_a_custom_date_as_its_start(in_locale, locale, sheet, printed):
    in_locale(locale)
    plan = _plan(FRI)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "Date1") == printed
    start = cells.text(1, "start")  # Mon 2027-01-04, in the same form
    assert start == ("04.01.2027" if locale == "de_DE" else "2027-01-04")


@pytest.mark.parametrize(("locale", "sheet", "printed"), CASES)
def test_s24s3_custom_text_takes_the_locale_or_the_writer_given(in_locale, locale, sheet, printed):
    in_locale(locale)
    project = _plan(FRI).project
    assert custom_text("Date1", FRI, project, locale_marks()) == sheet
    assert custom_text("Date1", None, project, locale_marks()) == ""
    assert custom_text("Date1", FRI, project, locale_marks(), lambda m: f"{m:%d/%m}") == "01/01"


def test_s24s3_the_domain_writes_the_writer_given_else_iso():
    project = _plan(FRI).project
    assert format_value("Date1", FRI, project) == "Fri 2027-01-01"
    assert format_value("Date1", FRI, project, lambda m: m.strftime("%d.%m.%Y")) == "01.01.2027"
    assert format_value("Number1", 3.0, project, lambda m: "never") == "3"


def _diff(tmp_path: Path, lang: str) -> str:
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(FRI), old)
    write_plan(_plan(datetime(2027, 1, 4, 17)), new)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", str(old), str(new)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de_DE.UTF-8", "Date1 Fr. 01.01.2027 -> Mo. 04.01.2027"),
        ("C.UTF-8", "Date1 Fri 2027-01-01 -> Mon 2027-01-04"),
    ],
)
def test_s24s3_gantry_diff_writes_a_custom_date_in_the_locale(tmp_path, lang, line):
    out = _diff(tmp_path, lang)
    assert line in out
    assert ("Fri 2027" in out) is (lang == "C.UTF-8")


@pytest.mark.parametrize(
    ("name", "typed", "german"),
    [
        ("Number1", "1234,5", "1234,5"),
        ("Cost1", "1234,5", "€1.234,50"),
        ("Flag1", "ja", "Yes"),
        ("Text1", "Beton", "Beton"),
    ],
)
def test_s24s3_the_sheet_and_the_printout_write_a_custom_cell_alike(in_locale, name, typed, german):
    in_locale("de_DE")
    document = Document(build_plan())
    column = custom_column(name)
    command = custom_command(document, 5, column, typed)
    assert command is not None
    command.redo()
    shown = custom_cell(document, 5, column, Qt.ItemDataRole.DisplayRole)
    plan = document.plan
    assert shown == german
    assert shown == CellText(plan, schedule(plan), {}).text(5, name)
