"""What a filtered view shows is what print, preview, PDF and Find work on, as in MS Project."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.task import Task
from app.report.gantt_pages import GanttPageLayout
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.find_query import FindQuery
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan plus Docs under Build: one day, no links, the only non-critical leaf."""
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "shown.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _layout_names(window):
    doc = window.document
    options = actions.print_options(window, doc)
    layout = GanttPageLayout(doc.plan, doc.schedule, options, 800.0, 550.0)
    return [doc.plan.task(u).name for u in layout.uids]


def test_the_printout_follows_the_filter_and_collapsed_summaries(window):
    everything = ["Design", "Specs", "Review", "Build", "Code", "Test", "Docs", "Go-live"]
    assert _layout_names(window) == everything
    window.action_collection["filter_critical"].trigger()
    assert _layout_names(window) == [n for n in everything if n != "Docs"]
    window.action_collection["filter_all_tasks"].trigger()
    design = window.model.index_of_uid(1)
    window.tree.collapse(design)
    assert _layout_names(window) == ["Design", "Build", "Code", "Test", "Docs", "Go-live"]


def test_page_setup_choices_do_not_keep_old_rows(window):
    """Options remembered by Page Setup carry the rows of that moment; printing takes today's."""
    doc = window.document
    window.action_collection["filter_critical"].trigger()
    actions.set_print_options(doc, actions.print_options(window, doc))
    window.action_collection["filter_all_tasks"].trigger()
    assert "Docs" in _layout_names(window)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_pdf_of_a_filtered_view_holds_only_its_rows(window, tmp_path, monkeypatch):
    target = tmp_path / "critical.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    window.action_collection["filter_critical"].trigger()
    assert actions.export_pdf(window, window.document) == target
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Code" in text
    assert "Docs" not in text


def test_find_skips_tasks_the_filter_hides_and_says_so(window, monkeypatch):
    said = []
    monkeypatch.setattr(window, "show_error", said.append)
    window.action_collection["filter_critical"].trigger()
    window.find_with(FindQuery("o"))  # as typed into Edit > Find
    found = []
    for _ in range(3):
        found.append(window.document.plan.task(window.tree.current_uid()).name)
        window.action_collection["find_next"].trigger()
    assert found == ["Code", "Go-live", "Code"]  # Docs has an o too, but the filter hides it
    assert said == []
    window.find_with(FindQuery("doc"))
    assert said == [
        "No task shown contains 'doc': the filter Critical hides 1 (F3 shows all tasks)"
    ]
    window.action_collection["filter_all_tasks"].trigger()
    window.action_collection["find_next"].trigger()
    assert window.document.plan.task(window.tree.current_uid()).name == "Docs"


def test_the_printout_takes_the_sheets_columns_until_page_setup_chooses(window):
    from app.report.options import PrintOptions
    from app.ui.column_placement import insert_column
    from app.ui.models.task_edits import Column

    doc = window.document
    insert_column(window.tree, Column.TOTAL_SLACK)
    window.tree.setColumnHidden(Column.WBS, True)
    window.splitter.setSizes([1300, 100])  # the divider moved right: every column left of it
    columns = actions.print_options(window, doc).columns
    assert "slack" in columns
    assert "wbs" not in columns
    assert columns.index("name") < columns.index("slack")
    actions.set_print_options(doc, PrintOptions(columns=("name", "finish")))
    assert actions.print_options(window, doc).columns == ("name", "finish")  # chosen: kept
