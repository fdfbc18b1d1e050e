"""The status report prints the plan's Page Setup, as every view does: its margins, its
typed header and footer (&[View] is "Status report"), and Gantry's own until typed."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.page_setup import PageSetup
from app.store.document import GantryFile
from tests.gui.test_s22p2_view_page_setup import _ink_box
from tests.gui.test_usage_printing import pdf_pages

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)


def _demo_with(tmp_path: Path, setup: PageSetup) -> Path:
    plan = formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    plan.project = replace(plan.project, page_setup=setup)
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    return path


@pytest.fixture(autouse=True)
def _widgets(qapp):
    """A QApplication before the command line's report starts a plain GUI one."""
    return qapp


def _report(tmp_path: Path, setup: PageSetup, name: str) -> Path:
    out = tmp_path / f"{name}.pdf"
    assert (
        main(["report", str(_demo_with(tmp_path, setup)), str(out), "--status-date", "2027-03-08"])
        == 0
    )
    return out


def test_s23pr_the_status_report_prints_the_plans_typed_header_and_footer(tmp_path) -> None:
    setup = PageSetup(
        header=("Northwind", "&[View] of &[Project]", ""),
        footer=("Sponsor copy", "Sheet &[Page] / &[Pages]", ""),
    )
    pages = pdf_pages(_report(tmp_path, setup, "typed"))
    assert len(pages) >= 1
    for number, page in enumerate(pages, 1):
        assert "Northwind" in page
        assert "Status report of CRM" in page  # &[View] and &[Project]
        assert "Sponsor copy" in page
        assert f"Sheet {number} / {len(pages)}" in page
        assert "Page 1 of" not in page  # Gantry's footer gave way to the typed one


def test_s23pr_the_status_report_keeps_gantrys_own_until_typed(tmp_path) -> None:
    pages = pdf_pages(_report(tmp_path, PageSetup(), "untyped"))
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Status report" in pages[0]


def test_s23pr_the_status_report_prints_within_the_plans_margins(tmp_path) -> None:
    import subprocess

    boxes = []
    for name, setup in (
        ("plain", PageSetup()),
        ("wide", PageSetup(margins_mm=(30.0, 10.0, 40.0, 10.0))),
    ):
        pdf = _report(tmp_path, setup, name)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
            check=True,
        )
        boxes.append(_ink_box(next(tmp_path.glob(f"{name}-*1.png"))))
    (left, top, _r, _b), (wide_left, wide_top, _wr, _wb) = boxes
    # 30 mm more on the left, 20 mm more at the top, at 50 dpi: about 59 and 39 pixels
    assert wide_left - left == pytest.approx(59, abs=4)
    assert wide_top - top == pytest.approx(39, abs=4)
