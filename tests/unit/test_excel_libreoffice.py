"""A workbook re-saved by LibreOffice without edits reads back with no change."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.domain.diff import diff_plans
from app.formats import read_plan, write_plan
from tests.unit.excel_plans import sample_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _convert(src: Path, ext: str, tmp_path: Path) -> Path:
    out = tmp_path / f"out-{ext}"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            ext,
            "--outdir",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{src.stem}.{ext}"


@pytest.mark.parametrize("ext", ["xlsx", "ods"])
def test_resaved_by_libreoffice_gives_an_empty_diff(tmp_path: Path, ext: str) -> None:
    plan = sample_plan()
    src = tmp_path / "client.xlsx"
    write_plan(plan, src)
    resaved = _convert(src, ext, tmp_path)
    assert resaved.exists()
    assert diff_plans(plan, read_plan(resaved)) == []
