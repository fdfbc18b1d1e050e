"""``&[File]`` prints the plan's file name on every printout, not the Gantt's alone.

A header typed 'File: &[File]' printed 'File: staffed.gantry' on the Gantt's pages but
'File:' on the Team, Usage, Budget and Risks tables, the status report and the Cash Flow
report: the file name was given to the Gantt's page frame only.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.page_setup import PageSetup
from app.report.view_frame import ViewFrame
from app.ui.printing import actions
from app.ui.printing.status_report import export_status_report
from tests.gui.test_s23pr_page_setup_everywhere import _staffed
from tests.gui.test_usage_printing import pdf_pages, session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
FILE_HEADER = PageSetup(header=("", "File: &[File]", ""))


def _window(session, qtbot, tmp_path):  # noqa: F811
    return open_window(session, qtbot, tmp_path, _staffed(FILE_HEADER))


@pytest.mark.parametrize("view", ["gantt", "team", "usage", "budget", "risks"])
def test_s27dg_every_view_prints_the_file_name(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
    view,
) -> None:
    window = _window(session, qtbot, tmp_path)
    window.show_view(view)
    target = tmp_path / f"{view}.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    pages = pdf_pages(target)
    assert pages
    assert all("File: staffed.gantry" in page for page in pages), pages[0][:300]


def test_s27dg_status_report_prints_the_file_name(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = _window(session, qtbot, tmp_path)
    target = tmp_path / "status.pdf"
    monkeypatch.setattr(
        "app.ui.printing.status_report.ask_report_path", lambda parent, suggestion: target
    )
    assert export_status_report(window, window.document) == target
    assert all("File: staffed.gantry" in page for page in pdf_pages(target))


def test_s27dg_budget_printout_from_the_command_line(tmp_path: Path) -> None:
    plan = tmp_path / "site.gantry"
    from app import formats

    staffed = _staffed(FILE_HEADER)
    formats.write_plan(staffed, plan)
    out = tmp_path / "budget.pdf"
    assert main(["report", str(plan), str(out), "--budget"]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "File: site.gantry" in text


@pytest.mark.parametrize(
    "command",
    [
        ["usage", "{plan}", "--pdf", "{out}"],
        ["report", "{plan}", "--cash-flow", "{out}"],
    ],
)
def test_s27dg_usage_and_cash_flow_printouts_from_the_command_line(
    tmp_path: Path, command: list[str]
) -> None:
    from app import formats

    staffed = _staffed(FILE_HEADER)
    for person in list(staffed.resources):  # costs, for a cash flow to report
        staffed.update_resource(replace(person, standard_rate=50.0))
    plan, out = tmp_path / "site.gantry", tmp_path / "out.pdf"
    formats.write_plan(staffed, plan)
    assert main([c.format(plan=plan, out=out) for c in command]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert pages
    assert all("File: site.gantry" in page for page in pages)


def test_s27dg_a_frame_without_a_file_prints_the_field_empty() -> None:
    frame = ViewFrame.of(replace(_staffed(FILE_HEADER).project), "Team")
    assert frame.file == ""
    assert ViewFrame.of(_staffed(FILE_HEADER).project, "Team", file="a.gantry").file == "a.gantry"
