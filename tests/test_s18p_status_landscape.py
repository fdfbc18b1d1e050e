"""``gantry report plan friday.pdf --landscape`` left the cost curve out without a word: on a
landscape page 2 the phase chart took the room under the risks and the report stays within
two pages. On a page that wide the phase chart and the cost curve now sit side by side."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from app.domain.risk import Risk
from app.report.status_pages import write_status_pdf
from tests.unit.test_status_report import _baselined, _plan, _progress
from tests.unit.test_status_report_pages import _report

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+"[^>]*>([^<]*)</word>')


def _words(path, pages):
    """The words of the page that holds the phase chart (its heading's "Schedule")."""
    for page in range(1, pages + 1):
        html = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        words = [(float(x), float(y), w) for x, y, w in _WORD.findall(html)]
        if any(w == "Schedule" for _x, _y, w in words):
            return words
    raise AssertionError("no phase chart")


def _busy_plan():
    """Enough late tasks and risks to fill page 1 and most of page 2, as a real plan does."""
    from app.domain.task import Task

    plan = _progress(_baselined(_plan()))
    for uid in range(100, 130):
        plan.append_task(Task(uid, f"Extra task {uid}", 1))
    for uid in range(10, 16):
        plan.add_risk(Risk(uid, f"Risk {uid}", 0.5, 1000.0 * uid, mitigation="word " * 20))
    return plan


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_s18p_landscape_keeps_the_cost_curve_beside_the_phase_chart(qapp, tmp_path, paper):
    path = tmp_path / "report.pdf"
    pages = write_status_pdf(_report(_busy_plan()), path, paper=paper, landscape=True)
    assert pages <= 2
    words = _words(path, pages)
    schedule = next((x, y) for x, y, w in words if w == "Schedule")
    curve = next(((x, y) for x, y, w in words if w == "Cost"), None)
    assert curve is not None, "the cost curve is left out"
    assert abs(curve[1] - schedule[1]) < 1  # on one line: side by side
    assert curve[0] > schedule[0] + 200
    assert any(w == "(EV)" for _x, _y, w in words)  # the curve's key is drawn too


@needs_poppler
def test_s18p_portrait_stacks_them_as_before(qapp, tmp_path):
    path = tmp_path / "report.pdf"
    pages = write_status_pdf(_report(_progress(_baselined(_plan()))), path)
    words = _words(path, pages)
    schedule = next((x, y) for x, y, w in words if w == "Schedule")
    # under it, or on the next page: never beside it
    assert all(abs(y - schedule[1]) > 50 for _x, y, w in words if w == "Cost")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Cost curve: planned value, earned value, actual cost" in text


@needs_poppler
def test_s18p_the_demo_in_landscape_shows_both_charts(qapp, tmp_path):
    """Page 2 of the demo's landscape report has less room than the curve's full height:
    the curve's plot is shorter there, and the phase chart is not lost for it."""
    from app.assets import resource_path
    from app.cli import main

    demo = resource_path("demo", "crm-rollout.gantry")
    path = tmp_path / "friday.pdf"
    argv = ["report", str(demo), str(path), "--status-date", "2027-03-12", "--landscape"]
    assert main(argv) == 0
    words = _words(path, 2)
    schedule = next((x, y) for x, y, w in words if w == "Schedule")
    curve = next((x, y) for x, y, w in words if w == "Cost")
    assert abs(curve[1] - schedule[1]) < 1
