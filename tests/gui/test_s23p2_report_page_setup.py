"""``gantry report --margins/--header/--footer`` print that run's report with them in place
of the plan's Page Setup, as ``convert``'s do, judged with convert's messages before the
plan is read; the plan keeps its own (app/cli/report_page_setup.py)."""

from __future__ import annotations

import shutil
import subprocess
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

PLANS_OWN = PageSetup(header=("Plan's own", "", ""), footer=("", "Plan footer", ""))


@pytest.fixture(autouse=True)
def _widgets(qapp):
    """A QApplication before the command line's report starts a plain GUI one."""
    return qapp


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    plan = formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    plan.project = replace(plan.project, page_setup=PLANS_OWN)
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    return path


def _report(plan_file: Path, name: str, *flags: str) -> Path:
    out = plan_file.parent / f"{name}.pdf"
    args = ["report", str(plan_file), str(out), "--status-date", "2027-03-08", *flags]
    assert main(args) == 0
    return out


def test_s23p2_the_report_prints_the_header_and_footer_given(plan_file) -> None:
    before = plan_file.read_bytes()
    out = _report(
        plan_file, "given", "--header", "&[View]|&[Project]|", "--footer", "Sheet &[Page]/&[Pages]"
    )
    pages = pdf_pages(out)
    assert len(pages) >= 1
    for number, page in enumerate(pages, 1):
        assert "Status report" in page.splitlines()[0]  # &[View], on the header's line
        assert "CRM roll-out for Northwind Logistics" in page.splitlines()[0]
        assert f"Sheet {number}/{len(pages)}" in page
        assert "Plan's own" not in page
        assert "Plan footer" not in page
    assert plan_file.read_bytes() == before  # this run's, not the plan's
    kept = formats.read_plan(plan_file).project.page_setup
    assert kept == PLANS_OWN


def test_s23p2_without_the_flags_the_plans_own_print(plan_file) -> None:
    page = pdf_pages(_report(plan_file, "own"))[0]
    assert "Plan's own" in page
    assert "Plan footer" in page


def test_s23p2_an_empty_header_prints_none(plan_file) -> None:
    page = pdf_pages(_report(plan_file, "none", "--header", ""))[0]
    assert "Plan's own" not in page
    assert "Plan footer" in page  # the footer not given: the plan's


def test_s23p2_the_report_prints_within_the_margins_given(plan_file, tmp_path) -> None:
    boxes = []
    for name, flags in (("plain", ()), ("wide", ("--margins", "40,10,30,10"))):
        pdf = _report(plan_file, name, *flags)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
            check=True,
        )
        boxes.append(_ink_box(next(tmp_path.glob(f"{name}-*1.png"))))
    (left, top, _r, _b), (wide_left, wide_top, _wr, _wb) = boxes
    # 20 mm more on the left, 30 mm more at the top, at 50 dpi: about 39 and 59 pixels
    assert wide_left - left == pytest.approx(39, abs=4)
    assert wide_top - top == pytest.approx(59, abs=4)


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (("--margins", "5x"), "gantry: --margins '5x': give one length or top,bottom,left,right"),
        (("--header", "a|b"), "gantry: --header 'a|b': give one text (centred) or three"),
        (("--footer", "&[Foo]"), "gantry: footer centre: unknown field '&[Foo]'"),
    ],
)
def test_s23p2_a_wrong_value_is_said_before_the_plan_is_read(tmp_path, capsys, flags, said) -> None:
    out = tmp_path / "out.pdf"
    missing = tmp_path / "no such plan.gantry"  # judged before it is looked for
    assert main(["report", str(missing), str(out), *flags]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(said)
    assert not out.exists()


def test_s23p2_margins_that_leave_no_room_write_no_file(plan_file, capsys) -> None:
    out = plan_file.parent / "out.pdf"
    assert main(["report", str(plan_file), str(out), "--margins", "200"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "gantry: the margins leave 0 x 0 mm of portrait A4 to print on; leave at "
        "least 50 mm across and down"
    ]
    assert not out.exists()
