"""``gantry report FILE OUT.pdf``: the status report from the command line (real subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.assets import resource_path

ROOT = Path(__file__).resolve().parents[2]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def gantry(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return {k.strip(): v.strip() for k, _, v in (x.partition(":") for x in out.stdout.splitlines())}


@pytest.fixture(scope="module")
def demo() -> Path:
    return resource_path("demo", "crm-rollout.gantry")


@needs_poppler
def test_report_of_the_demo_at_a_status_date(demo, tmp_path):
    out = tmp_path / "status.pdf"
    done = gantry("report", demo, out, "--status-date", "2027-03-08")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    info = pdf_info(out)
    assert int(info["Pages"]) in (1, 2)
    assert "595" in info["Page size"]  # A4 portrait
    text = pdf_text(out)
    assert "Status report: CRM roll-out for Northwind Logistics" in text
    assert "Status date: 2027-03-08" in text
    assert "Manager: Maria Lopez" in text  # the demo names its manager (s22rp)
    # nothing was recorded as done, so by March the early tasks are late
    assert "Late tasks" in text
    assert "not started" in text
    assert "Jonas Weber" in text  # the demo's over-allocated person, that week
    assert "w/c 2027-03-08" in text
    assert "Top risks by exposure" in text


@needs_poppler
def test_paper_and_orientation(demo, tmp_path):
    out = tmp_path / "letter.pdf"
    assert gantry("report", demo, out, "--paper", "Letter", "--landscape").returncode == 0
    assert "792 x 612" in pdf_info(out)["Page size"]


@needs_poppler
def test_report_from_ms_project_xml(shared_data, tmp_path):
    out = tmp_path / "residential.pdf"
    source = shared_data / "mpp" / "Residential-Construction.xml"
    done = gantry("report", source, out, "--status-date", "2013-10-01T12:00")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Status report: Residential Construction" in text
    assert "No baseline is saved" in text
    assert "Schedule summary" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("{demo}", "{tmp}/out.txt"), "name it .pdf"),
        (("{tmp}/missing.gantry", "{tmp}/out.pdf"), "no such file"),
        (("{demo}", "{tmp}/no/such/folder/out.pdf"), "no such folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(demo, tmp_path, args, message):
    argv = [a.format(demo=demo, tmp=tmp_path) for a in args]
    done = gantry("report", *argv)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("gantry: ")
    assert message in lines[0]
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize(
    "extra",
    [("--status-date", "next friday"), ("--paper", "A9"), ()],
)
def test_bad_usage_exits_2(demo, tmp_path, extra):
    args = ["report", str(demo), *extra]
    if extra:
        args.append(str(tmp_path / "out.pdf"))
    done = gantry(*args)
    assert done.returncode == 2
    assert "usage: gantry report" in done.stderr


@needs_poppler
def test_a_bare_status_date_means_the_end_of_that_working_day(demo, tmp_path):
    out = tmp_path / "day1.pdf"
    assert gantry("report", demo, out, "--status-date", "2027-01-04").returncode == 0
    # by 17:00 on the first day the charter (2027-01-04 to 01-06) should have started
    assert "not started; was due to start 2027-01-04" in pdf_text(out)
    early = tmp_path / "morning.pdf"
    assert gantry("report", demo, early, "--status-date", "2027-01-04T08:00").returncode == 0
    assert "No late tasks" in pdf_text(early)
