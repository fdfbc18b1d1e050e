"""The plan's Page Setup reaches every printout: ``&[View]`` prints the printed view's name
(MS Project's field) on the Gantt, the Team and the Usage pages; the Team, Budget and Risks
tables and the Usage sheet follow Page Setup's Header and Footer switches as the Gantt does."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest

from app.domain.page_setup import FIELDS, PageSetup, checked, fill
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.report.options import PrintOptions
from app.report.page_layout import field_values
from app.ui.gantt.toggles import TRACKING_GANTT
from app.ui.printing import actions
from tests.gui.conftest import build_plan
from tests.gui.test_usage_printing import pdf_pages, session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)
VIEW_HEADER = PageSetup(header=("", "View: &[View]", ""))


def test_s23pr_view_is_a_field_filled_with_the_views_name() -> None:
    assert "View" in FIELDS
    checked(VIEW_HEADER)  # not refused as an unknown field
    project = build_plan().project
    values = field_values(project, date(2026, 3, 5), 1, 2, "Team")
    assert fill("&[view] p&[Page]", values) == "Team p1"


def _staffed(setup: PageSetup) -> Plan:
    """test_usage_view's staffed plan (Ana and Ben), Ben with notes, with ``setup``."""
    plan = build_plan()
    plan.project = replace(plan.project, page_setup=setup)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", notes="Part time on Fridays"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 3 * 480))  # Specs, Mon-Wed
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 480))  # Review, Thu
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 3 * 480))  # Specs
    plan.add_assignment(Assignment(4, 5, 2, 1.0, 5 * 480))  # Code
    return plan


def _window(session, qtbot, tmp_path, setup: PageSetup):  # noqa: F811
    return open_window(session, qtbot, tmp_path, _staffed(setup))


def _export(window, monkeypatch, tmp_path, name: str) -> list[str]:
    target = tmp_path / f"{name}.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    return pdf_pages(target)


@pytest.mark.parametrize(
    ("view", "name"), [("gantt", "Gantt Chart"), ("team", "Team"), ("usage", "Resource Usage")]
)
def test_s23pr_view_prints_the_printed_views_name(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    view,
    name,
) -> None:
    window = _window(session, qtbot, tmp_path, VIEW_HEADER)
    window.show_view(view)
    pages = _export(window, monkeypatch, tmp_path, view)
    assert all(f"View: {name}" in page for page in pages)


def test_s23pr_view_prints_tracking_gantt_while_that_view_is_on(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = _window(session, qtbot, tmp_path, VIEW_HEADER)
    window.action_collection[TRACKING_GANTT].trigger()
    pages = _export(window, monkeypatch, tmp_path, "tracking")
    assert "View: Tracking Gantt" in pages[0]


@pytest.mark.parametrize("view", ["team", "usage"])
def test_s23pr_a_table_follows_page_setups_header_and_footer_switches(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    view,
) -> None:
    window = _window(session, qtbot, tmp_path, PageSetup())
    window.show_view(view)
    shown = _export(window, monkeypatch, tmp_path, f"{view}-on")
    assert "Page 1 of" in shown[0]
    assert "Printed:" in shown[0]
    actions.set_print_options(window.document, PrintOptions(header=False, footer=False))
    bare = _export(window, monkeypatch, tmp_path, f"{view}-off")
    for page in bare:
        assert "Page 1 of" not in page  # the footer left out
        assert "Printed:" not in page  # and the header
    assert "Ana" in bare[0]  # the rows still print
