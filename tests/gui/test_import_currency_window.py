"""A plan imported in the window takes the user's currency unless its file names one.

A new plan already starts in the locale's currency (as MS Project takes it from
Windows); a CSV, a client's sheet or a GanttProject file that names none opened
in Gantry's euro default instead. One that names a currency keeps it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.domain.project import SymbolPosition
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.main_window import MainWindow
from tests.gui.conftest import build_plan


@pytest.fixture
def british():
    """The user's locale is en_GB (pounds, symbol before the amount)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    return win


def _csv(tmp_path: Path, costs: tuple[str, str]) -> Path:
    path = tmp_path / "client.csv"
    path.write_text(
        f"Task,Duration,Cost\nDig,2d,{costs[0]}\nPour,3d,{costs[1]}\n", encoding="utf-8"
    )
    return path


def _workbook(tmp_path: Path, number_format: str | None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Task", "Duration", "Cost"])
    for name, days, cost in (("Dig", "2d", 1200), ("Pour", "3d", 800)):
        ws.append([name, days, cost])
        if number_format:
            ws.cell(row=ws.max_row, column=3).number_format = number_format
    path = tmp_path / "client.xlsx"
    wb.save(path)
    return path


def _opened(session, monkeypatch, tmp_path, source, qtbot):
    """File > Open of a file in another format: kept as a new .gantry file."""
    target = tmp_path / "opened.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    return win.document.plan.project


def _imported(window, monkeypatch, tmp_path, source):
    """File > Import: a file that is no round trip opens as a new plan."""
    target = tmp_path / "imported.gantry"
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(
        ColumnMappingDialog, "ask", classmethod(lambda cls, p, path, info, rows=None: info.mapping)
    )
    before = set(window.session.windows)
    window.action_collection["import_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    assert len(new) == 1
    return new[0].document.plan.project


def test_opening_a_csv_without_currency_takes_the_users(
    session, monkeypatch, tmp_path, qtbot, british
):
    project = _opened(session, monkeypatch, tmp_path, _csv(tmp_path, ("1200", "800")), qtbot)
    assert (project.currency, project.currency_symbol) == ("GBP", "£")
    assert project.currency_symbol_position is SymbolPosition.BEFORE
    assert project.currency_stated


def test_opening_a_csv_in_dollars_keeps_them(session, monkeypatch, tmp_path, qtbot, british):
    source = _csv(tmp_path, ("$1200", "$800"))
    project = _opened(session, monkeypatch, tmp_path, source, qtbot)
    assert (project.currency, project.currency_symbol) == ("USD", "$")


def test_opening_a_ganttproject_file_takes_the_users(
    session, monkeypatch, tmp_path, qtbot, british, shared_data
):
    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    project = _opened(session, monkeypatch, tmp_path, source, qtbot)
    assert (project.currency, project.currency_symbol) == ("GBP", "£")


@pytest.mark.parametrize(
    ("number_format", "code"),
    [(None, "GBP"), ("[$€-407] #,##0.00", "EUR"), ('"$"#,##0.00', "USD")],
)
def test_importing_a_client_workbook(window, monkeypatch, tmp_path, british, number_format, code):
    source = _workbook(tmp_path, number_format)
    project = _imported(window, monkeypatch, tmp_path, source)
    assert project.currency == code


def test_importing_a_csv_without_currency_takes_the_users(window, monkeypatch, tmp_path, british):
    project = _imported(window, monkeypatch, tmp_path, _csv(tmp_path, ("1200", "800")))
    assert (project.currency, project.currency_symbol) == ("GBP", "£")


def test_no_currency_is_made_up_when_the_locale_names_none(session, monkeypatch, tmp_path, qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale("C"))  # a bare system: no currency to take
    try:
        project = _opened(session, monkeypatch, tmp_path, _csv(tmp_path, ("1", "2")), qtbot)
    finally:
        QLocale.setDefault(before)
    assert (project.currency, project.currency_symbol) == ("", "")  # bare amounts, not €
