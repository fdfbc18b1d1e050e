"""Printing from the window turns the page as `gantry convert plan.pdf` does. Page Setup's
Orientation is Automatic (the default), Portrait or Landscape; Automatic is one choice
for the command line and the window (app/report/page_orientation.oriented), and Print
Preview says what it picked. The window printed every plan landscape before (PrintOptions
defaulted to it), a long plan on many more pages than upright ones."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan
from app.report import page_orientation
from app.report.export import print_options as cli_options
from app.report.options import PrintOptions
from app.store.document import GantryFile
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from tests.test_s15u_usage_blank_pages import session

__all__ = ["session"]  # the fixture, used by name
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler")
START, FINISH = datetime(2026, 3, 2), datetime(2026, 6, 1)


@pytest.fixture
def house(shared_data: Path) -> Plan:
    return read_plan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")


def long_plan() -> Plan:
    plan = Plan(project=Project(name="Long", start=datetime(2026, 3, 2, 8)))
    for uid in range(1, 2001):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=480 * 5))
    return plan


def window_on(session, qtbot, tmp_path, plan: Plan):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    return window


def test_s20wn_page_setup_offers_automatic_first_and_keeps_each_choice(qtbot):
    dialog = PageSetupDialog(PrintOptions(), START, FINISH)
    qtbot.addWidget(dialog)
    texts = [dialog.orientation.itemText(i) for i in range(dialog.orientation.count())]
    assert texts == ["Automatic", "Portrait", "Landscape"]
    assert dialog.orientation.currentText() == "Automatic"  # the default
    assert dialog.options().landscape is None
    for text, landscape in (("Portrait", False), ("Landscape", True), ("Automatic", None)):
        dialog.orientation.setCurrentText(text)
        chosen = dialog.options()
        assert chosen.landscape is landscape
        again = PageSetupDialog(chosen, START, FINISH)  # reopened: as chosen
        qtbot.addWidget(again)
        assert again.orientation.currentText() == text
        assert again.options() == chosen


def test_s20wn_the_window_and_the_command_line_pick_alike(session, qtbot, tmp_path, house):
    window = window_on(session, qtbot, tmp_path, house)
    assert actions.chosen_options(window, window.document).landscape is None  # Automatic
    assert actions.print_options(window, window.document).landscape is True  # a wide Gantt
    assert cli_options(house).landscape is True
    long = (
        window_on(session, qtbot, tmp_path / "long", long_plan())
        if (tmp_path / "long").mkdir() is None
        else None
    )
    assert actions.print_options(long, long.document).landscape is False  # many more pages
    assert cli_options(long.document.plan).landscape is False


def test_s20wn_both_ask_the_one_function(session, qtbot, tmp_path, house, monkeypatch):
    window = window_on(session, qtbot, tmp_path, house)
    asked: list[str] = []

    def upright(plan, options):
        asked.append(plan.project.name)
        return False

    monkeypatch.setattr(page_orientation, "wide_chart_wants_landscape", upright)
    assert actions.print_options(window, window.document).landscape is False
    assert cli_options(house).landscape is False
    assert asked == [house.project.name] * 2
    # an orientation chosen is not asked about, in the window or by --landscape/--paper
    actions.set_print_options(window.document, replace(PrintOptions(), landscape=True))
    assert actions.print_options(window, window.document).landscape is True
    assert cli_options(house, landscape=True).landscape is True
    assert cli_options(house, paper="A3").landscape is False
    assert asked == [house.project.name] * 2


def _preview(window, qtbot):
    dialog = actions.make_preview(window, window.document)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _press(dialog, text: str) -> None:
    (button,) = [a for a in dialog.findChildren(QAction) if a.text() == text]
    button.trigger()


def test_s20wn_the_preview_says_what_it_picked(session, qtbot, tmp_path, house):
    window = window_on(session, qtbot, tmp_path, house)
    dialog = _preview(window, qtbot)
    assert re.fullmatch(
        rf"Print Preview — {re.escape(house.project.name)} — \d+ pages? — Automatic \(landscape\)",
        dialog.windowTitle(),
    )
    _press(dialog, "Portrait")  # the preview's own button: a choice, no longer Automatic
    assert dialog.windowTitle().endswith(" — Portrait")
    _press(dialog, "Landscape")  # back to what Automatic picked
    assert dialog.windowTitle().endswith(" — Automatic (landscape)")
    dialog.close()
    chosen = actions.chosen_options(window, window.document)
    actions.set_print_options(window.document, replace(chosen, landscape=False))
    upright = _preview(window, qtbot)
    assert upright.windowTitle().endswith(" — Portrait")  # as Page Setup chose it


@needs_poppler
def test_s20wn_export_pdf_turns_as_convert_does(session, qtbot, tmp_path, house, monkeypatch):
    window = window_on(session, qtbot, tmp_path, house)
    target = tmp_path / "house.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target

    def size(path: Path) -> str:
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
        return re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info.stdout).group(1)

    assert size(target) == "842 x 595"  # landscape A4, as gantry convert prints it
    actions.set_print_options(window.document, PrintOptions(landscape=False))  # Portrait
    assert actions.export_pdf(window, window.document) == target
    assert size(target) == "595 x 842"
