"""The Budget printout draws summary rows in bold, as the Budget view and the Gantt
printout do (a GUI tester found Print / PDF of the Budget all in plain text)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPainter, QPdfWriter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report import render
from app.ui.document import Document
from app.ui.printing import actions


def _document() -> Document:
    plan = Plan(project=Project(name="Bold Plan", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Dig", 2, duration_minutes=480))
    plan.append_task(Task(3, "Pour", 2, duration_minutes=960))
    plan.append_task(Task(4, "Handover", 1, duration_minutes=480))
    return Document(plan)


class _Recording(QPainter):
    """A painter that notes each text drawn and whether its font was bold."""

    drawn: list[tuple[str, bool]] = []  # noqa: RUF012  # one list per test, reset there

    def drawText(self, *args):
        text = next((a for a in args if isinstance(a, str)), "")
        type(self).drawn.append((text, self.font().bold()))
        return super().drawText(*args)


def test_the_budget_printout_draws_summaries_bold(qtbot, tmp_path, monkeypatch):
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    doc = _document()
    window = MainWindow(doc, Session(Settings(settings)))
    qtbot.addWidget(window)
    window.show_view("budget")
    title, headers, rows = actions.current_table(window)
    _Recording.drawn = []
    monkeypatch.setattr(render, "QPainter", _Recording)
    writer = QPdfWriter(str(tmp_path / "budget.pdf"))
    assert render.render_table(writer, title, headers, rows, project="Bold Plan") == 1
    bold = {text.strip() for text, strong in _Recording.drawn if strong}
    plain = {text.strip() for text, strong in _Recording.drawn if not strong}
    assert "Phase A" in bold
    assert {"Dig", "Pour", "Handover"} <= plain
    assert not {"Dig", "Pour", "Handover"} & bold
    window.close()
