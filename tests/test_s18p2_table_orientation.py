"""A long risk description turned the Risks printout landscape, though a long text wraps in
its column now: the orientation follows what fits. Portrait when every heading, figure and
word still prints whole there; landscape when a column would cut one."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.risk import Risk
from app.report.options import PrintOptions
from app.report.render import BoldRow, fits_across
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

LONG = (
    "The vendor's integration team is shared with two other programmes this spring, so "
    "their availability for the interface build and the cut-over rehearsal is uncertain; "
    "if they slip by more than a week the data migration window moves past quarter end. "
) * 3


def _window(qtbot, risks):
    plan = build_plan()
    plan.risks[:] = risks
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.show_view("risks")
    return window


def _chosen(window):
    table = actions.current_table(window)
    return table, actions.table_options(PrintOptions(), *table[1:])


def test_s18p2_a_long_description_wraps_on_a_portrait_page(qtbot):
    window = _window(qtbot, [Risk(1, "Vendor late", 0.3, 10_000, "Ana", description=LONG)])
    table, options = _chosen(window)
    assert any(LONG.strip() in " ".join(row) for row in table[2])
    # Since the register's ID column (s29rk), its eleven columns leave a long description
    # too little room to wrap on portrait; with the ID column hidden it wraps there again.
    assert options.landscape is True
    view = window.views["risks"]
    view.table.setColumnHidden(0, True)
    table, options = _chosen(window)
    assert options.landscape is False
    window.close()


def test_s18p2_long_texts_squeezed_on_portrait_turn_landscape(qtbot):
    owner = "Maria Lopez for the vendor management office"
    risk = Risk(1, "Vendor late", 0.3, 10_000, owner, mitigation=LONG, description=LONG)
    window = _window(qtbot, [risk])
    _table, options = _chosen(window)
    assert options.landscape is True
    window.close()


def test_s18p2_a_word_too_wide_for_portrait_still_turns_landscape(qtbot):
    word = "https://northwind.example/wiki/programmes/crm/risks/" + "x" * 120
    window = _window(qtbot, [Risk(1, "Vendor late", 0.3, 10_000, word, description=LONG)])
    _table, options = _chosen(window)
    assert options.landscape is True
    window.close()


def test_s18p2_fits_across_rules(qapp):
    headers = ["Name", "Notes", "Cost"]
    short = [["Ana", "ok", "€1"]]
    assert fits_across(headers, short, 300)
    prose = [["Ana", "word " * 200, "€1,000,000.00"]]
    assert fits_across(headers, prose, 300)  # the notes wrap
    assert not fits_across(headers, prose, 60)  # the figure would be cut
    assert not fits_across(headers, [["Ana", "w" * 200, "€1"]], 300)  # one long word
    assert not fits_across(["Name", "A very long heading indeed"], [["Ana", "x " * 300]], 90)
    # two long texts sharing 100 points: a word or two a line, landscape reads better
    assert not fits_across(["Mitigation", "Description"], [["word " * 80, "word " * 80]], 100)
    assert fits_across(["Mitigation", "Description"], [["word " * 80, "word " * 80]], 160)
    bold = BoldRow(["Total", "word " * 50, "€9"])
    assert fits_across(headers, [bold], 300)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s18p2_the_risks_pdf_is_portrait_and_says_it_all(qtbot, tmp_path, monkeypatch):
    window = _window(qtbot, [Risk(1, "Vendor late", 0.3, 10_000, "Ana", description=LONG)])
    window.views["risks"].table.setColumnHidden(0, True)  # the ID column (s29rk) hidden
    target = tmp_path / "risks.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    w, h = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert w < h  # portrait
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert " ".join(text.split()).count("cut-over rehearsal is uncertain") == 3
    assert "…" not in text
    window.close()
