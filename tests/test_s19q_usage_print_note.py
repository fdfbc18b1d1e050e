"""The printed Task Usage says its filter once in every page's header (UsageSheet.note,
since 470d4bc), never twice: the table note _render_table takes (a plain table's sort) is
not printed for a Usage sheet, whose rows keep the outline's order."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.domain.usage import Scale
from app.ui.filter_menu import controller_of
from app.ui.printing import actions
from app.ui.usage.rows import Mode
from tests.gui.test_usage_view import open_window, staffed_plan

NOTE = "Filter: Using Resource 'Ana'"


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s19q_task_usage_printout_says_the_filter_once_a_page(session, qtbot, tmp_path):
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    controller_of(window).apply(TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1))
    window.show_view("usage")
    view = window.views["usage"]
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.DAYS)
    title, headers, sheet = actions.current_table(window)
    assert sheet.note == NOTE
    assert actions.table_note(window) == ""  # the Usage view has no sort to say
    out = tmp_path / "usage.pdf"
    assert actions.print_table(
        window, window.document, title, headers, sheet, to_pdf=True, path=out
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert pages
    assert [page.count(NOTE) for page in pages] == [1] * len(pages)
    assert "Sorted by" not in text
