"""File > Page Setup's Margins, Header, Footer and Legend tabs: what they edit is kept with
the plan as one undoable step, printed by Export PDF, and what cannot print is said in the
dialog, which stays open."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QWidget

from app.domain.page_setup import LegendOn, PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.options import PrintOptions
from app.report.page_kept import page_kept
from app.ui.document import Document
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog

START, FINISH = datetime(2027, 1, 4, 8, 0), datetime(2027, 3, 1, 17, 0)
OWN = PageSetup(
    margins_mm=(25.4, 25.4, 12.7, 12.7),
    header=("", "&[Project]", ""),
    footer=("&[Manager]", "Page &[Page] of &[Pages]", ""),
    legend=LegendOn.LAST_PAGE,
    legend_text="Key",
    print_notes=True,
)


def _dialog(qtbot, options: PrintOptions, inches: bool = False) -> PageSetupDialog:
    dialog = PageSetupDialog(options, START, FINISH)
    qtbot.addWidget(dialog)
    if inches:  # as a US locale shows them
        dialog.tabs.inches = True
        dialog.tabs._per_unit = 25.4
        for box, mm in zip(dialog.tabs.margins, options.setup.margins_mm, strict=True):
            box.setSuffix(" in")
            box.setDecimals(2)
            box.setValue(mm / 25.4)
    return dialog


def test_s22pg_the_tabs_show_and_return_the_page_setup(qtbot) -> None:
    chosen = PrintOptions(setup=OWN, landscape=True)
    dialog = _dialog(qtbot, chosen)
    assert dialog.options() == chosen  # reopened: as chosen
    assert [box.value() for box in dialog.tabs.margins] == [25.4, 25.4, 12.7, 12.7]
    assert dialog.tabs.header[1].text() == "&[Project]"
    assert dialog.tabs.legend_on.currentData() is LegendOn.LAST_PAGE
    dialog.tabs.margins[2].setValue(30)
    dialog.tabs.footer[2].setText("Confidential &[Date]")
    dialog.tabs.legend_on.setCurrentIndex(list(LegendOn).index(LegendOn.NONE))
    dialog.tabs.print_notes.setChecked(False)
    got = dialog.options()
    assert got.setup.margins_mm == (25.4, 25.4, 30.0, 12.7)
    assert got.setup.footer == ("&[Manager]", "Page &[Page] of &[Pages]", "Confidential &[Date]")
    assert got.legend is False  # None: no legend printed
    assert got.setup.print_notes is False
    off = _dialog(qtbot, PrintOptions(legend=False))  # legend left off for the session
    assert off.tabs.legend_on.currentData() is LegendOn.NONE
    assert off.options() == PrintOptions(legend=False)
    off.tabs.legend_on.setCurrentIndex(list(LegendOn).index(LegendOn.LAST_PAGE))
    assert off.options().legend is True
    assert off.options().setup.legend is LegendOn.LAST_PAGE


def test_s22pg_margins_in_inches_are_kept_in_millimetres(qtbot) -> None:
    dialog = _dialog(qtbot, PrintOptions(setup=OWN, landscape=True), inches=True)
    assert [box.value() for box in dialog.tabs.margins] == [1.0, 1.0, 0.5, 0.5]
    assert dialog.options().setup.margins_mm == OWN.margins_mm  # untouched: as kept
    dialog.tabs.margins[0].setValue(0.75)
    assert dialog.options().setup.margins_mm[0] == pytest.approx(19.05)


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda d: d.tabs.header[0].setText("&[Pgae]"), "header left: unknown field '&[Pgae]'"),
        (lambda d: d.tabs.margins[1].setValue(-3), "the bottom margin is -3 mm"),
        (lambda d: d.tabs.margins[2].setValue(170), "the margins leave"),
    ],
)
def test_s22pg_what_cannot_print_is_said_and_the_dialog_stays(qtbot, edit, said) -> None:
    dialog = _dialog(qtbot, PrintOptions(landscape=False))
    dialog.show()
    edit(dialog)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith(said)
    assert "\n" not in dialog.problem.text()


def _document() -> Document:
    project = Project(name="CRM", start=START, author="Ana Ruiz")
    plan = Plan(project=project)
    for uid in range(1, 6):
        plan.append_task(Task(uid, f"Step {uid}", duration_minutes=960, notes=f"Note {uid}"))
    return Document(plan)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_s22pg_page_setup_is_kept_with_the_plan_and_undone(qtbot, tmp_path, monkeypatch):
    doc = _document()
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = PrintOptions(setup=OWN)
    monkeypatch.setattr(PageSetupDialog, "ask", classmethod(lambda cls, *a: chosen))
    actions.page_setup(parent, doc)
    # the plan keeps OWN with the Page tab chosen beside it (paper, columns...: s29pr, v42)
    kept = page_kept(chosen)
    assert kept.margins_mm == OWN.margins_mm
    assert (kept.header, kept.footer, kept.legend_text) == (OWN.header, OWN.footer, "Key")
    assert doc.plan.project.page_setup == kept
    assert doc.undo_stack.undoText() == "Page Setup"
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(parent, doc) == target
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Ana Ruiz" in text  # the footer's &[Manager]
    assert "Page 2 of 2" in text  # the legend and notes page after the chart
    assert "Note 3" in text
    doc.undo_stack.undo()
    assert doc.plan.project.page_setup == PageSetup()
    assert actions.chosen_options(parent, doc).setup == PageSetup()  # printing follows Undo
    doc.undo_stack.redo()
    assert actions.chosen_options(parent, doc).setup == kept
    assert replace(kept) == doc.plan.project.page_setup
