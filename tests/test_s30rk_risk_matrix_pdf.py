"""gantry risks -o risks.pdf prints the heat map of the risks shown on its first page, under
the printouts' header (page 1 of 2), then the register as before."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def pdf_pages(path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_s30rk_register_pdf_opens_with_the_heat_map(tmp_path, capsys):
    out = tmp_path / "risks.pdf"
    assert main(["risks", str(DEMO), "-o", str(out)]) == 0
    pages = pdf_pages(out)
    assert len(pages) == 2
    first = pages[0]
    assert "Heat map: probability x impact" in first
    assert "Very high (80-100%)" in first
    assert "6 risks on the map" in first
    assert "Page 1 of 2" in first
    low = next(line for line in first.splitlines() if "Low (20-40%)" in line)
    assert low.split()[2:] == ["1", "1", "1", "1"]
    assert "R-01" in pages[1]
    assert "Page 2 of 2" in pages[1]
