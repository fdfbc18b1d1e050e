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


@pytest.mark.parametrize("ext", ["xls", "ods"])
def test_client_plan_as_xls_and_ods(shared_data: Path, tmp_path: Path, ext: str) -> None:
    src = tmp_path / "plan.xlsx"
    src.write_bytes((shared_data / "xlsx" / "packt-tpm-handbook-project-plan.xlsx").read_bytes())
    converted = _convert(src, ext, tmp_path)
    plan = read_plan(converted)
    assert len(plan.tasks) == 39
    assert len(plan.links) == 13
    assert plan.task(2).duration_minutes == 6 * plan.project.minutes_per_week
