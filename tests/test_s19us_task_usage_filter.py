"""Task Usage follows the task sheet as MS Project's task views do: the filter chosen (View >
Filter) shows its tasks there too, with the summaries above them and each task's
assignments; a summary collapsed on the Gantt is closed there and one closed there is
collapsed on the Gantt; its printout says the filter in every page's header. Resource
Usage stays per person."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.domain.usage import Scale
from app.ui.filter_menu import controller_of
from app.ui.printing import actions
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import open_window, staffed_plan

ANA = TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1)


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


@pytest.fixture
def window(session, qtbot, tmp_path):
    return open_window(session, qtbot, tmp_path, staffed_plan())


def _names(view: UsageView) -> list[str]:
    model = view.tree_model
    return ["  " * model.tree.depth[n] + model.tree.name(n) for n in model.shown]


def _usage(window, mode: Mode = Mode.TASKS) -> UsageView:
    window.show_view("usage")
    view = window.views["usage"]
    assert isinstance(view, UsageView)
    view.set_mode(mode)
    return view


ALL_TASKS = [
    "Design",
    "  Specs",
    "    Ana",
    "    Ben",
    "  Review",
    "    Ana",
    "Build",
    "  Code",
    "    Ben",
    "  Test",
    "Go-live",
]


def test_s19us_task_usage_shows_the_filters_tasks(window):
    controller_of(window).apply(ANA)  # on the Gantt: Specs and Review, under Design
    view = _usage(window)
    # each kept task with all its people, as MS Project lists a task's assignments
    assert _names(view) == ["Design", "  Specs", "    Ana", "    Ben", "  Review", "    Ana"]
    assert view.grid_model.shown == view.tree_model.shown
    view.set_mode(Mode.RESOURCES)  # per person: every row
    assert _names(view) == ["Ana", "  Specs", "  Review", "Ben", "  Specs", "  Code"]
    view.set_mode(Mode.TASKS)
    # applied on Task Usage: it stays shown and follows; All Tasks (F3) shows every task
    controller_of(window).apply(TaskFilter(FilterKind.NAME_CONTAINS, text="code"))
    assert window.current_view == "usage"
    assert _names(view) == ["Build", "  Code", "    Ben"]
    controller_of(window).show_all()
    assert _names(view) == ALL_TASKS
    assert window.current_view == "usage"


def test_s19us_opening_a_row_keeps_the_filter(window):
    controller_of(window).apply(ANA)
    view = _usage(window)
    design = view.tree_model.shown[0]
    view.collapse(design)
    assert _names(view) == ["Design"]
    view.expand(design)  # its rows the filter leaves out (Build's) stay out
    assert _names(view) == ["Design", "  Specs", "    Ana", "    Ben", "  Review", "    Ana"]


def test_s19us_summaries_collapse_on_both(window):
    view = _usage(window)
    window.show_view("gantt")
    window.model.set_collapsed(1, True)  # Design, on the Gantt while Task Usage is hidden
    window.show_view("usage")
    assert _names(view) == ["Design", "Build", "  Code", "    Ben", "  Test", "Go-live"]
    build = view.tree_model.shown[1]
    view.collapse(build)  # closed here: collapsed on the Gantt too
    assert window.model.is_collapsed(4)
    assert window.model.shown_uids() == [1, 4, 7]
    view.expand_all()
    assert window.model.collapsed_uids() == frozenset()
    assert _names(view) == ALL_TASKS
    # a task's own assignments closed here are Task Usage's own (the Gantt has no such row)
    view.collapse(view.tree_model.shown[1])  # Specs
    assert window.model.collapsed_uids() == frozenset()
    view.set_mode(Mode.RESOURCES)
    view.collapse_all()  # people: nothing of the Gantt
    assert window.model.collapsed_uids() == frozenset()


def test_s19us_the_printout_says_the_filter(window, tmp_path, monkeypatch):
    controller_of(window).apply(ANA)
    view = _usage(window)
    view.set_scale(Scale.WEEKS)
    _title, _headers, sheet = actions.current_table(window)
    assert sheet.note == "Filter: Using Resource 'Ana'"
    assert [row[0].strip() for row in sheet] == ["Design", "Specs", "Ana", "Ben", "Review", "Ana"]
    view.set_mode(Mode.RESOURCES)  # every person: nothing to say
    assert actions.current_table(window)[2].note == ""
    if shutil.which("pdftotext") is None:
        return
    view.set_mode(Mode.TASKS)
    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Filter: Using Resource 'Ana'" in text
    assert "Code" not in text
