"""A long one-line text in a table report (a risk's description, its mitigation, a long
name in the Team or Budget PDF) was cut with "…" where a text typed over several lines grew
its row: what the user wrote was lost on paper. Lines longer than their column now wrap
at spaces (a word wider than the column within it) and the row grows to hold them."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPdfWriter

from app.report import render
from app.report.table_lines import wrapped_lines

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")

DESCRIPTION = (
    "The vendor's integration team may not be available in March because they are "
    "committed to another customer's go-live; without them the ERP connector cannot be "
    "configured, the data migration rehearsal slips and the cut-over date moves by two to "
    "three weeks unless we secure a named engineer in the contract."
)


@pytest.fixture(autouse=True)
def _qapp(qapp):
    """Fonts and PDF writers need the application first."""
    return qapp


HEADERS = ["Risk", "Probability", "Impact", "Exposure", "Owner", "Mitigation", "Description"]


def test_s18p_long_lines_wrap_at_spaces_and_keep_every_word():
    def width(text: str) -> float:
        return float(len(text))

    assert wrapped_lines("short", 10, width) == ["short"]
    assert wrapped_lines("one two three four", 9, width) == ["one two", "three", "four"]
    # a word wider than the column is broken inside it, nothing left out
    assert wrapped_lines("abcdefghijkl xy", 5, width) == ["abcde", "fghij", "kl xy"]
    # ... after a mark where it has one: an e-mail address breaks after its @ and dots
    assert wrapped_lines("maria.lopez@northwind.example", 14, width) == [
        "maria.lopez@",
        "northwind.",
        "example",
    ]
    # the user's own line breaks still break, each line wrapped by itself
    assert wrapped_lines("alpha beta\ngamma", 6, width) == ["alpha", "beta", "gamma"]
    # a Budget name indented under its summary keeps its indent on every line
    assert wrapped_lines("   Data migration rehearsal", 14, width) == [
        "   Data",
        "   migration",
        "   rehearsal",
    ]
    # more lines than a page holds: the last one shown ends with an ellipsis
    assert wrapped_lines("one two three four", 9, width, most=2) == ["one two", "three …"]
    # no room at all (a column left without width): the text as typed
    assert wrapped_lines("one two", 0, width) == ["one two"]


def _rows() -> list[list[str]]:
    return [
        [
            "Vendor engineer unavailable during the March integration window",
            "40%",
            "€20,000",
            "€8,000",
            "Maria Lopez",
            "Name the engineer in the statement of work; " * 3,
            DESCRIPTION,
        ],
        ["Scope creep", "20%", "€5,000", "€1,000", "Chen Wei", "Change board", ""],
    ]


@needs_poppler
def test_s18p_a_long_risk_description_prints_whole(tmp_path):
    pdf = tmp_path / "risks.pdf"
    writer = QPdfWriter(str(pdf))
    assert render.render_table(writer, "Risks", HEADERS, _rows(), project="CRM") == 1
    del writer
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "…" not in text
    words = " ".join(text.split())
    for written in (DESCRIPTION, _rows()[0][0], _rows()[0][5].strip()):
        for word in written.split():
            assert word in words, word
    # the short row after it still prints, below the tall one
    assert "Scope creep" in words


def test_s18p_the_wrapped_row_grows_and_the_next_moves_down(tmp_path, monkeypatch):
    drawn: list[tuple[str, float]] = []

    class Recording(render.QPainter):
        def drawText(self, *args):
            rect = next(a for a in args if hasattr(a, "top"))
            drawn.append((next(a for a in args if isinstance(a, str)), rect.top()))
            return super().drawText(*args)

    monkeypatch.setattr(render, "QPainter", Recording)
    writer = QPdfWriter(str(tmp_path / "risks.pdf"))
    render.render_table(writer, "Risks", HEADERS, _rows(), project="CRM")
    description = [(t, y) for t, y in drawn if t and t in DESCRIPTION]
    assert len(description) > 2  # wrapped over lines, one under the other
    tops = [y for _t, y in description]
    assert tops == sorted(tops)
    assert " ".join(t for t, _y in description) == DESCRIPTION
    scope = next(y for t, y in drawn if t == "Scope creep")
    assert scope > max(tops)
