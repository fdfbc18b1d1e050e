"""A risk described over several lines prints in a row grown to hold them (task s17exp).

The Risks PDF drew every row 15 points high, so a description (or mitigation) typed over
three lines ran over the borders into the rows above and below it. Now the row grows by
a line per line break and the rows after it move down; pages are cut by row heights.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QPainter, QPdfWriter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.report import render
from app.report.table_lines import cell_lines, page_cuts, row_lines
from app.ui.document import Document
from app.ui.printing import actions

FLOOD = "The pit may flood\nafter heavy rain\nin spring\n"  # a trailing break: no blank line


class _Recording(QPainter):
    """A painter that notes each text drawn and the top of its box."""

    drawn: list[tuple[str, float]] = []  # noqa: RUF012  # one list per test, reset there

    def drawText(self, *args):
        text = next((a for a in args if isinstance(a, str)), "")
        box = next((a for a in args if isinstance(a, QRectF)), QRectF())
        type(self).drawn.append((text, box.top()))
        return super().drawText(*args)


def _plan(risks: int = 2) -> Plan:
    plan = Plan(project=Project(name="Risky", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=480))
    plan.add_risk(Risk(1, "Ground water", 0.4, 5000.0, "Ana", "Pump", description=FLOOD))
    for uid in range(2, risks + 1):
        plan.add_risk(Risk(uid, f"Risk {uid}", 0.2, 2000.0, "Ben", "Order early"))
    return plan


@pytest.fixture
def risks_table(qtbot, tmp_path):
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(window)
    window.show_view("risks")
    yield actions.current_table(window)
    window.close()


def test_s17exp_the_described_risks_row_grows_and_the_next_row_moves_down(
    risks_table, tmp_path, monkeypatch
):
    title, headers, rows = risks_table
    assert title == "Risks"
    _Recording.drawn = []
    monkeypatch.setattr(render, "QPainter", _Recording)
    writer = QPdfWriter(str(tmp_path / "risks.pdf"))
    assert render.render_table(writer, title, headers, rows, project="Risky") == 1
    top = dict(_Recording.drawn)
    assert top["The pit may flood"] == top["Ground water"]  # the row's first line
    assert top["Ground water"] < top["after heavy rain"] < top["in spring"]
    # the next row starts below the description's last line, not a line-height under it
    assert top["Risk 2"] >= top["in spring"] + 12
    assert not [t for t, _ in _Recording.drawn if "\n" in t]  # each line drawn by itself


def test_s17exp_single_line_rows_page_as_before_and_tall_rows_take_more_room():
    # 15-point rows on 100 points of room: six a page, as the fixed-height pages had
    assert page_cuts([15.0] * 14, 100.0) == [(0, 6), (6, 12), (12, 14)]
    assert page_cuts([15.0, 37.0, 15.0, 15.0, 15.0], 60.0) == [(0, 2), (2, 5)]
    assert page_cuts([500.0, 15.0], 100.0) == [(0, 1), (1, 2)]  # never an empty page
    assert page_cuts([], 100.0) == []


def test_s17exp_a_cell_keeps_the_lines_a_page_holds():
    assert cell_lines(FLOOD) == ["The pit may flood", "after heavy rain", "in spring"]
    assert cell_lines("\r\nOne\r\n\r\n") == ["One"]
    assert cell_lines(FLOOD, 2) == ["The pit may flood", "after heavy rain …"]
    assert row_lines(["Ground water", "40%", FLOOD], 10) == 3
    assert row_lines(["Ground water", FLOOD], 2) == 2


def test_s17exp_many_described_risks_flow_over_more_pages(qapp, tmp_path):
    plain = [["Risk", "x"] for _ in range(60)]
    tall = [["Risk", "one\ntwo\nthree"] for _ in range(60)]
    pdf = QPdfWriter(str(tmp_path / "a.pdf"))
    one = render.render_table(pdf, "Risks", ["Risk", "Description"], plain, project="R")
    pdf = QPdfWriter(str(tmp_path / "b.pdf"))
    more = render.render_table(pdf, "Risks", ["Risk", "Description"], tall, project="R")
    assert more > one
