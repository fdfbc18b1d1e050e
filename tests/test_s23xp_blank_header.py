"""A header typed empty (``--header ''``) prints nothing and takes no room: MS Project gives a
blank header's room to the page. It kept the header's room and its rule line on every page of
the Gantt, the tables and the status report; Gantry's own header (untyped) is as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.gantt_pages import GanttPageLayout, paint_frame
from app.report.options import PrintOptions
from app.report.page_frame import FOOTER_H, NOTE_GAP, NOTE_H, PageInfo, header_height
from app.report.view_frame import ViewFrame

BLANK = ("", "", "")
WIDTH, HEIGHT = 600, 400
INFO = PageInfo("Office move", None, date(2026, 3, 2), 1, 1, 1, 1, "Gantt Chart")


def _project(setup: PageSetup) -> Project:
    return replace(Project(name="Office move"), page_setup=setup)


def _inked_rows(paint) -> list[int]:
    """The rows of a white page that the painter ``paint(p)`` put anything on."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    paint(p)
    p.end()
    white = QColor("white").rgb()
    return [y for y in range(HEIGHT) if any(image.pixel(x, y) != white for x in range(WIDTH))]


@pytest.mark.parametrize("blank", [BLANK, (" ", "", "  ")])
def test_s23xp_a_header_typed_empty_takes_no_room_on_a_table(qapp, blank):
    frame = ViewFrame.of(_project(PageSetup(header=blank)), "Team")
    assert frame.top() == 0.0  # it kept the header's 30 points on every page
    assert frame.top("Filter: Critical") == NOTE_H + NOTE_GAP  # the filter still said
    assert frame.bottom() == FOOTER_H  # the footer is Gantry's: printed
    footer_top = HEIGHT - frame.bottom()
    inked = _inked_rows(lambda p: frame.paint(p, INFO, WIDTH, footer_top))
    assert inked  # the footer
    assert min(inked) >= footer_top  # no text and no rule line at the top


def test_s23xp_a_footer_typed_empty_takes_no_room(qapp):
    frame = ViewFrame.of(_project(PageSetup(footer=BLANK)))
    assert frame.bottom() == 0.0
    assert frame.top() == header_height()
    inked = _inked_rows(lambda p: frame.paint(p, INFO, WIDTH, HEIGHT))
    assert max(inked) < header_height()  # only the header


def test_s23xp_gantrys_own_and_a_typed_header_keep_their_room(qapp):
    own = ViewFrame.of(_project(PageSetup()))
    typed = ViewFrame.of(_project(PageSetup(header=("", "&[Project]", ""))))
    for frame in (own, typed):
        assert frame.top() == header_height()
        assert frame.bottom() == FOOTER_H
        assert min(_inked_rows(lambda p, f=frame: f.paint(p, INFO, WIDTH, HEIGHT - FOOTER_H))) < 30


def _gantt(setup: PageSetup) -> GanttPageLayout:
    plan = Plan(project=_project(setup))
    plan.append_task(Task(1, "Pack", 1, duration_minutes=480))
    options = PrintOptions(columns=("name",), setup=setup)
    return GanttPageLayout(plan, schedule(plan), options, float(WIDTH), float(HEIGHT))


def test_s23xp_the_gantt_gives_an_empty_headers_room_to_its_rows(qapp):
    blank, own = _gantt(PageSetup(header=BLANK)), _gantt(PageSetup())
    assert blank.body_top == 0.0
    assert own.body_top == header_height()
    assert blank.body_height > own.body_height
    inked = _inked_rows(lambda p: paint_frame(p, blank, INFO, date(2026, 3, 2)))
    assert min(inked) >= HEIGHT - FOOTER_H  # the footer alone: no rule line up top
