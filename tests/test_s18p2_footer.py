"""The footer of a printout cut into a grid of pages says which page it is as a reader
counts the sheets in hand ("Page 5 of 9"), and where it goes (row and column), on the
Gantt chart and the Usage grid alike; pages one wide say only "Page 2 of 4"."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from app.domain.scheduler import schedule
from app.report.export import export_pdf_file
from app.report.options import PrintOptions
from app.report.page_frame import PageInfo
from tests.test_s15u_gantt_blank_pages import layout_of, waterfall

DAY = date(2026, 3, 1)


def test_s18p2_grid_label_numbers_pages_as_printed():
    info = PageInfo("P", None, DAY, 2, 3, 4, 5)
    assert info.page_label == "Page 8 of 20 (row 2, column 3)"
    assert PageInfo("P", None, DAY, 1, 1, 2, 2).page_label == "Page 1 of 4 (row 1, column 1)"
    assert PageInfo("P", None, DAY, 2, 1, 4, 1).page_label == "Page 2 of 4"
    # numbered in another order (the Usage grid prints down, then across): its own number
    down = PageInfo("P", None, DAY, 2, 1, 2, 3, "", 2, 6)
    assert down.page_label == "Page 2 of 6 (row 2, column 1)"
    assert "/" not in info.page_label
    assert "x" not in info.page_label


def test_s18p2_blank_pages_left_out_count_the_pages_printed(qapp):
    kept = layout_of(waterfall(), blank_pages=False)
    labels = [kept.page_info(s, DAY).page_label for s in kept.pages]
    assert labels == [
        "Page 1 of 5 (row 1, column 1)",
        "Page 2 of 5 (row 2, column 1)",
        "Page 3 of 5 (row 2, column 2)",
        "Page 4 of 5 (row 3, column 1)",
        "Page 5 of 5 (row 3, column 3)",
    ]
    every = layout_of(waterfall(), blank_pages=True)
    assert [every.page_info(s, DAY).page_label for s in every.pages[:4]] == [
        "Page 1 of 9 (row 1, column 1)",
        "Page 2 of 9 (row 1, column 2)",
        "Page 3 of 9 (row 1, column 3)",
        "Page 4 of 9 (row 2, column 1)",
    ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s18p2_the_pdf_footer_reads_page_n_of_m(qapp, tmp_path):
    plan = waterfall()
    options = PrintOptions(pages_wide=2, pages_tall=2, printed_on=DAY, columns=("name",))
    target = tmp_path / "grid.pdf"
    assert export_pdf_file(plan, schedule(plan), options, target) == 4
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[:-1]
    found = [re.search(r"Page \d+ of \d+ \(row \d+, column \d+\)", p) for p in pages]
    assert [m.group(0) for m in found if m] == [
        "Page 1 of 4 (row 1, column 1)",
        "Page 2 of 4 (row 1, column 2)",
        "Page 3 of 4 (row 2, column 1)",
        "Page 4 of 4 (row 2, column 2)",
    ]
