"""The Usage printout prints an over-allocated person's row red (name, Work, Peak above Max
Units), as the window paints it; others' rows stay black (app/report/usage_pages.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.assets import resource_path
from app.ui.printing import actions
from app.ui.usage.tree_model import NAME, PEAK
from tests.gui.test_usage_printing import session  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)
DPI = 100
_WORD = re.compile(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def _words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    """Page 1's words and their boxes, in points."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [(*map(float, m.groups()[:4]), m.group(5)) for m in _WORD.finditer(out)]


def _ink(page: QImage, box: tuple[float, float, float, float]) -> tuple[int, int]:
    """Red and black-or-grey pixels of the text in ``box`` (points) of the page picture."""
    red = dark = 0
    x0, y0, x1, y1 = (round(v * DPI / 72) for v in box)
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            c = QColor(page.pixel(x, y))
            if c.red() > 150 and c.green() < 110 and c.blue() < 110:
                red += 1
            elif c.lightness() < 140:
                dark += 1
    return red, dark


def _row_word(words, name: str, text: str) -> tuple[float, float, float, float]:
    """The box of ``text`` on the line of ``name``."""
    line = next(w for w in words if w[4] == name)
    return next(w[:4] for w in words if w[4] == text and abs(w[1] - line[1]) < 1)


def test_s23p2_an_over_allocated_persons_peak_prints_red_as_the_window_shows_it(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.show_view("usage")
    view = window.views["usage"]
    view.wait_built()
    model = view.tree_model
    row_of = {model.index(r, NAME).data(): r for r in range(model.rowCount())}
    red = model.index(row_of["Jonas Weber"], PEAK).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(red).red() > 150  # the window's: 250 % against his 100 %
    assert model.index(row_of["Tom Becker"], PEAK).data(Qt.ItemDataRole.ForegroundRole) is None

    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            str(target),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    page = QImage(str(next(tmp_path.glob("p-*1.png"))))
    words = _words(target)
    for name, text in (("Weber", "250%"), ("Weber", "508.0h"), ("Weber", "Jonas")):
        reds, darks = _ink(page, _row_word(words, name, text))
        assert reds > 10, text
        assert darks < reds / 4, text  # red, not black (anti-aliased edges aside)
    for text in ("100%", "208.0h", "Tom"):  # Tom Becker is not over-allocated
        reds, darks = _ink(page, _row_word(words, "Becker", text))
        assert reds == 0, text
        assert darks > 10, text
