"""The status report's title ("Status report: <project>") ran off the right edge of the
page for a long project name, its last words lost; it now wraps onto a second line. A
word wider than a table column of the report breaks inside it rather than being cut
with "…" (the same wrapping as the Team, Budget and Risks PDFs)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtGui import QFontMetricsF

from app.report.fonts import report_font
from app.report.status_flow import wrap
from app.report.status_pages import write_status_pdf
from tests.unit.test_status_report import _plan
from tests.unit.test_status_report_pages import _report

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
NAME = "Northwind CRM roll-out, phase one of the European and Asian programme 2027"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>')


@needs_poppler
def test_s18p_a_long_project_name_wraps_in_the_title(qapp, tmp_path):
    plan = _plan()
    plan.set_project(replace(plan.project, name=NAME))
    path = tmp_path / "report.pdf"
    write_status_pdf(_report(plan), path)
    html = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in _WORD.findall(html)]
    assert all(x1 <= page_width - 20 for _x0, _y0, x1, _w in words)  # inside the margin
    # the title's words, in order, the last ones on a line of their own below the first
    title = [w for w in words if w[1] < 120 and w[3] in ("Status", "report:", *NAME.split())]
    said = [w[3] for w in title]
    start = said.index("report:") - 1
    assert said[start : start + len(NAME.split()) + 2] == ["Status", "report:", *NAME.split()]
    assert title[start + len(NAME.split()) + 1][1] > title[start][1]  # "2027" a line lower


def test_s18p_a_word_wider_than_its_column_is_broken_not_cut(qapp):
    metrics = QFontMetricsF(report_font(8))
    width = metrics.horizontalAdvance("mitigation@")
    lines = wrap("See mitigation@northwind.example", metrics, width, max_lines=5)
    assert "".join(lines).replace(" ", "") == "Seemitigation@northwind.example"
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
