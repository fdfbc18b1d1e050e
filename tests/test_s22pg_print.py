"""Page Setup's margins, header and footer texts, legend place and notes pages, as the
plan keeps them, printed by `gantry convert X.gantry out.pdf` (the window's Export PDF
goes through the same writer) and given on the command line."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.domain.page_setup import LegendOn, PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.export import print_options
from app.report.gantt_pages import GanttPageLayout
from app.report.page_frame import legend_items
from app.report.render import ensure_gui_app, page_layout

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)
START = datetime(2027, 1, 4, 8, 0)
DEFAULT = PageSetup()
OWN = PageSetup(
    margins_mm=(25.0, 20.0, 30.0, 15.0),
    header=("Northwind", "&[Project] at &[Status Date]", "Printed &[Date]"),
    footer=("Prepared by &[Manager]", "Sheet &[Page] / &[Pages]", "Confidential"),
    legend=LegendOn.LAST_PAGE,
    legend_text="Key for &[Project]",
    print_notes=True,
)


def _plan(setup: PageSetup = DEFAULT, tasks: int = 12) -> Plan:
    status = datetime(2027, 1, 6, 17, 0)
    project = Project(
        name="CRM roll-out", start=START, status_date=status, author="Ana Ruiz", page_setup=setup
    )
    plan = Plan(project=project)
    for uid in range(1, tasks + 1):
        notes = f"Vendor call {uid}: confirm the licences." if uid in (2, 5) else ""
        plan.append_task(Task(uid, f"Step {uid}", duration_minutes=480 * 3, notes=notes))
    return plan


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def _convert(tmp_path: Path, plan: Plan, *extra: str) -> Path:
    source, target = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(plan, source)
    assert main(["convert", str(source), str(target), *extra]) == 0
    return target


def test_s22pg_the_plans_header_footer_legend_and_notes_print(tmp_path) -> None:
    pages = _pages(_convert(tmp_path, _plan(OWN)))
    assert len(pages) == 2  # the chart, then the legend and the notes
    chart, end = pages
    for page, number in ((chart, 1), (end, 2)):
        assert "Northwind" in page
        assert "CRM roll-out at 2027-01-06" in page
        assert f"Printed {date.today().isoformat()}" in page
        assert "Prepared by Ana Ruiz" in page
        assert f"Sheet {number} / 2" in page
        assert "Confidential" in page
        assert "Page 1 of" not in page  # Gantry's own footer gave way to the typed one
    assert "Legend:" not in chart  # on the last page only
    assert "Legend:" in end
    assert "Key for CRM roll-out" in end
    assert "Notes" in end
    assert re.search(r"\b2\s+Step 2\b", end)
    assert "Vendor call 2: confirm the licences." in end
    assert re.search(r"\b5\s+Step 5\b", end)
    assert "Step 3" not in end


def test_s22pg_the_legend_on_every_page_or_none(tmp_path) -> None:
    every = _pages(_convert(tmp_path, _plan(tasks=150), "--pages-tall", "2"))
    assert len(every) == 2
    assert all("Legend:" in page for page in every)
    none = _pages(_convert(tmp_path, _plan(tasks=150), "--pages-tall", "2", "--legend", "none"))
    assert len(none) == 2
    assert not any("Legend:" in page for page in none)


def _ink_box(png: Path) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of what is drawn on a page picture (not white)."""
    image = QImage(str(png))
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 200:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), image.height() - max(ys)


class _TenOClock(datetime):
    """The moment the margins test prints at. The header's "Printed: ... HH:MM" is the
    rightmost ink and ends at the right margin by its advance; a '1' holds less ink at its
    right than a '0', so printed at 11:11 the white measured 24 px against 22 at 10:00 and
    the test failed whenever the clock's minute ended in 1."""

    @classmethod
    def now(cls, tz=None):
        return cls(2027, 1, 6, 10, 0)


def test_s22pg_the_margins_are_honoured(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("app.report.render.datetime", _TenOClock)
    pdf = _convert(tmp_path, _plan(), "--margins", "30,20,40,10", "--paper", "A4")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "p")], check=True)
    left, top, right, bottom = _ink_box(tmp_path / "p-1.png")
    per_mm = 50 / 25.4
    image = QImage(str(tmp_path / "p-1.png"))
    assert abs(left - 40 * per_mm) <= 3  # the 40 mm left margin
    assert abs(top - 30 * per_mm) <= 8  # the header's text sits a little under the edge
    assert abs((image.width() - right) - 10 * per_mm) <= 3
    assert abs(bottom - 20 * per_mm) <= 8
    ensure_gui_app()
    opts = print_options(_plan(OWN), paper="A4", landscape=True)
    rect = page_layout(opts).paintRectPoints()
    assert rect.left() == pytest.approx(30 / 25.4 * 72, abs=1)  # the plan's own margins
    assert rect.width() == pytest.approx((297 - 45) / 25.4 * 72, abs=1)


def test_s22pg_the_status_date_has_its_legend_entry() -> None:
    ensure_gui_app()
    assert legend_items(False, False, status_date=True)[-1] == "status_date"
    plan = _plan()
    opts = print_options(plan, paper="A4", landscape=True)
    layout = GanttPageLayout(plan, schedule(plan), opts, 800, 500)
    assert layout.legend_args["status_date"] is True
    plan.set_project(replace(plan.project, status_date=datetime(2030, 1, 1)))
    opts = print_options(plan, paper="A4", landscape=True)
    layout = GanttPageLayout(plan, schedule(plan), opts, 800, 500)
    assert layout.legend_args["status_date"] is False  # its line is off the chart


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--margins=-5"], "gantry: the top margin is -5 mm: a margin cannot be negative"),
        (["--margins", "100,100,10,10"], "gantry: the margins leave"),
        (["--margins", "1,2"], "gantry: --margins '1,2': give one length for every side or four"),
        (["--header", "Page &[Pgae]"], "gantry: header centre: unknown field '&[Pgae]' (use"),
        (["--footer", "a|b"], "gantry: --footer 'a|b': give one text (centred) or three"),
    ],
)
def test_s22pg_bad_page_setup_is_one_line_and_writes_nothing(tmp_path, capsys, extra, said):
    source, target = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(target), *extra]) == 1
    err = capsys.readouterr().err
    assert err.startswith(said)
    assert err.count("\n") == 1
    assert not target.exists()


def test_s22pg_page_options_are_for_pdf_only(tmp_path, capsys) -> None:
    source = tmp_path / "plan.gantry"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(tmp_path / "o.xlsx"), "--notes"]) == 2
    assert "--notes applies to .pdf output only" in capsys.readouterr().err
