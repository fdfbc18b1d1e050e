"""The Usage printout has the Peak and Indicators columns the window shows."""

from __future__ import annotations

import shutil

import pytest

from app.domain.page_setup import PageSetup
from app.report.indicators import Indicator
from app.report.usage_pages import UsageSheet
from app.ui.printing import actions
from tests.gui.test_s23pr_page_setup_everywhere import _export, _window
from tests.gui.test_usage_printing import pdf_pages, session  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)


def test_s23pr_the_usage_printout_has_the_windows_peak_and_indicators(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = _window(session, qtbot, tmp_path, PageSetup())
    window.show_view("usage")
    window.views["usage"].wait_built()
    table = actions.current_table(window)
    assert table is not None
    sheet = table[2]
    assert isinstance(sheet, UsageSheet)
    assert sheet.peak
    assert "Peak" in sheet.headers
    ana = next(line for line in sheet.lines if line.name == "Ana")
    assert ana.peak == "100%"
    ben = next(line for line in sheet.lines if line.name == "Ben")
    assert Indicator.NOTE in ben.marks  # the note mark the window shows
    pages = _export(window, monkeypatch, tmp_path, "usage-peak")
    assert "Peak" in pages[0]
    assert "100%" in pages[0]
