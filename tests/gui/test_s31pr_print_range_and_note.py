"""The Print dialog's "Pages from/to" run from 1 to the printout's last page, and Print
Preview says when Page Setup's header picture is not there (the pages print without it),
as ``gantry convert`` says it on stderr."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.options import PrintOptions
from app.ui.document import Document
from app.ui.printing import actions


def _document(n: int = 40, setup: PageSetup | None = None) -> Document:
    project = Project(name="Print Plan", start=datetime(2026, 1, 5, 8))
    plan = Plan(project=replace(project, page_setup=setup or PageSetup()))
    for i in range(1, n + 1):
        plan.append_task(Task(i, f"Step {i}", duration_minutes=480 * (1 + i % 4)))
    return Document(plan)


def test_s31pr_the_print_dialogs_page_range_ends_at_the_last_page(qtbot, monkeypatch) -> None:
    doc = _document()
    ranges: list[tuple[int, int]] = []

    def look(parent, printer: QPrinter) -> bool:
        dialog = actions.print_dialog(parent, printer)
        ranges.append((dialog.minPage(), dialog.maxPage()))
        dialog.deleteLater()
        return False

    monkeypatch.setattr(actions, "ask_printer", look)
    actions.set_print_options(doc, PrintOptions(pages_wide=1, pages_tall=2))
    assert actions.print_document(None, doc) == 0
    assert ranges == [(1, 2)]  # as test_printing prints it: 2 pages
    actions.set_print_options(doc, PrintOptions(pages_wide=3, pages_tall=1))
    actions.print_document(None, doc)
    assert ranges[-1] == (1, 3)


def _note(dialog) -> QLabel | None:
    return dialog.findChild(QLabel, "preview_note")


def test_s31pr_print_preview_says_the_header_picture_is_not_there(qtbot, tmp_path) -> None:
    missing = tmp_path / "gone.png"
    doc = _document(5, PageSetup(logo=str(missing)))
    dialog = actions.make_preview(None, doc)
    qtbot.addWidget(dialog)
    note = _note(dialog)
    assert note is not None
    assert not note.isHidden()
    assert note.text() == "The header picture 'gone.png' is not there: the pages print without it"
    plain = actions.make_preview(None, _document(5))
    qtbot.addWidget(plain)
    shown = _note(plain)
    assert shown is None or shown.isHidden()
