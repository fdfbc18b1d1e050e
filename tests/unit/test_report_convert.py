"""``gantry convert`` to PDF and PNG end to end, from MS Project XML (any readable format works)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.formats import read_plan

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


def _gantry(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_convert_mspdi_to_tiled_pdf(shared_data, tmp_path):
    source = shared_data / "mpp" / "Residential-Construction.xml"
    out = tmp_path / "house.pdf"
    done = _gantry(
        "convert", str(source), str(out), "--pages-wide", "2", "--pages-tall", "3",
        "--paper", "A3", "--landscape",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           6" in info
    plan = read_plan(source)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    for number, page in enumerate(pages[:6], start=1):
        assert plan.project.name in page
        # 3 rows of 2 pages, numbered row by row as they print
        row, column = divmod(number - 1, 2)
        assert f"Page {number} of 6 (row {row + 1}, column {column + 1})" in page
    missing = [t.name for t in plan.tasks if t.name and t.name[:20] not in text]
    assert not missing


def test_convert_to_png_with_width(shared_data, tmp_path):
    source = shared_data / "mspdi" / "sample.xml"
    out = tmp_path / "sample.png"
    done = _gantry("convert", str(source), str(out), "--width", "900")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() == 900
    assert image.height() > 40


def test_convert_bad_dates_is_a_clean_error(shared_data, tmp_path):
    source = shared_data / "mspdi" / "sample.xml"
    done = _gantry(
        "convert", str(source), str(tmp_path / "x.pdf"), "--from", "2030-02-01", "--to", "2030-01-01"
    )  # fmt: skip
    assert done.returncode == 2  # bad usage
    assert "Traceback" not in done.stderr
    assert "must not come before" in done.stderr
