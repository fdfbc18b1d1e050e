"""Printed page header: a long project name gives way to the dates (app.report.page_frame)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from datetime import date, datetime
from itertools import pairwise

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.page_frame import PageInfo, header_layout

LONG_NAME = ("Harbour Warehouse extension, phase two: steel frame, roofing and cladding " * 2)[:120]
STATUS = datetime(2026, 3, 20, 17)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _info(name: str, status: datetime | None = STATUS, title: str = "") -> PageInfo:
    return PageInfo(name, status, date(2026, 3, 21), 1, 1, 1, 1, title)


def test_a_long_name_is_elided_before_the_status_date(qapp):
    assert len(LONG_NAME) == 120
    head = header_layout(_info(LONG_NAME), 540.0)
    assert head.name.endswith("…")
    assert LONG_NAME.startswith(head.name[:-1])
    assert head.status == "Status date: 2026-03-20"
    assert head.printed == "Printed: 2026-03-21"
    assert head.status_rect is not None
    assert head.name_rect.right() < head.status_rect.left()
    assert head.status_rect.right() < head.printed_rect.left()
    assert head.printed_rect.right() <= 540.0 + 0.01


def test_a_short_name_stays_whole_and_the_date_centred(qapp):
    head = header_layout(_info("Harbour Warehouse", title="Team"), 540.0)
    assert head.name == "Harbour Warehouse — Team"
    assert head.status_rect is not None
    assert head.status_rect.center().x() == pytest.approx(270.0)


def test_a_long_name_gives_way_before_the_reports_title(qapp):
    """The title says which report the page belongs to: the project name is cut, not it."""
    head = header_layout(_info(LONG_NAME, title="Team"), 540.0)
    assert head.name.endswith("… — Team")
    assert LONG_NAME.startswith(head.name.removesuffix("… — Team"))
    assert head.status_rect is not None
    assert head.name_rect.right() < head.status_rect.left()


def test_without_a_status_date_the_name_runs_to_the_printed_date(qapp):
    with_date = header_layout(_info(LONG_NAME), 540.0)
    without = header_layout(_info(LONG_NAME, status=None), 540.0)
    assert without.status_rect is None
    assert len(without.name) > len(with_date.name)
    assert without.name_rect.right() < without.printed_rect.left()


def test_on_a_narrow_page_the_dates_stay_whole_and_apart(qapp):
    head = header_layout(_info(LONG_NAME), 200.0)
    assert head.status == "Status date: 2026-03-20"
    assert head.status_rect is not None
    assert head.status_rect.left() >= 0
    assert head.status_rect.right() < head.printed_rect.left()
    assert head.name_rect.right() <= head.status_rect.left()


def _line_words(path, page: int = 1, last: bool = False) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of the first (or last) line of text on ``page``, left to right."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = [
        (float(x0), float(y0), float(x1), html.unescape(text))
        for x0, y0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            out,
        )
    ]
    if last:
        bottom = max(y for _, y, _, _ in words)
        return sorted((x0, x1, w) for x0, y, x1, w in words if y > bottom - 6)
    top = min(y for _, y, _, _ in words)
    return sorted((x0, x1, w) for x0, y, x1, w in words if y < top + 6)


def _assert_header_apart(words: list[tuple[float, float, str]], status: str) -> None:
    text = " ".join(w for _, _, w in words)
    assert f"Status date: {status}" in text
    assert re.search(r"Printed: \d{4}-\d\d-\d\d( \d\d:\d\d)?$", text)  # the Gantt: time too (s26au)
    status_left = next(
        x0 for (x0, _, w), (_, _, after) in pairwise(words) if (w, after) == ("Status", "date:")
    )
    name_words = [(x0, x1) for x0, x1, _ in words if x0 < status_left]
    assert name_words, "the project name is missing"
    assert max(x1 for _, x1 in name_words) < status_left
    assert any(w.endswith("…") for x0, _, w in words if x0 < status_left)
    printed_left = next(x0 for x0, _, w in words if w == "Printed:")
    date_right = next(x1 for x0, x1, w in words if w == status)
    assert date_right < printed_left


def _long_plan() -> Plan:
    plan = Plan(project=Project(name=LONG_NAME, start=datetime(2026, 3, 2, 8), status_date=STATUS))
    plan.append_task(Task(1, "Survey site", 1, duration_minutes=5 * 480))
    plan.append_task(Task(2, "Erect frame", 1, duration_minutes=10 * 480))
    return plan


@needs_poppler
def test_gantt_pdf_header_keeps_name_and_dates_apart(qapp, tmp_path):
    out = tmp_path / "long.pdf"
    write_plan(_long_plan(), out, paper="A4")
    _assert_header_apart(_line_words(out), "2026-03-20")


@needs_poppler
def test_status_report_pages_carry_the_status_date_in_their_header(qapp, tmp_path):
    from app.domain.costs import compute_costs
    from app.domain.status_report import gather_status
    from app.report.status_pages import write_status_pdf

    plan = _long_plan()
    sched = schedule(plan)
    report = gather_status(plan, sched, compute_costs(plan, sched), datetime(2026, 3, 21, 9))
    out = tmp_path / "status.pdf"
    write_status_pdf(report, out)
    words = _line_words(out)
    _assert_header_apart(words, "2026-03-20")
    assert "… — Status report Status date:" in " ".join(w for _, _, w in words)


@needs_poppler
def test_footer_name_gives_way_to_the_page_label(qapp, tmp_path):
    out = tmp_path / "long.pdf"
    write_plan(_long_plan(), out, paper="A4")
    words = _line_words(out, last=True)
    assert " ".join(w for _, _, w in words).endswith("Page 1 of 1")
    page_left = next(x0 for x0, _, w in words if w == "Page")
    name_words = [(x1, w) for x0, x1, w in words if x0 < page_left]
    assert name_words[0][1] == "Harbour"
    assert name_words[-1][1].endswith("…")
    assert max(x1 for x1, _ in name_words) < page_left
    assert [w for x0, _, w in words if x0 >= page_left] == ["Page", "1", "of", "1"]
