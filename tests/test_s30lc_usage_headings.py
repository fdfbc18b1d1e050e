"""``gantry usage`` heads its periods in the reader's month names as the window's Usage view
does (s30xl F9): ``Mär 2027`` and ``Mai 2027`` in German, ``4 janv. 2027`` in French, beside
figures already in the locale's marks; the C locale keeps ``Mar 2027``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "crm-rollout.gantry"


def _head(lang: str, by: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "usage", str(DEMO), "--by", by],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[0]


def test_s30lc_usage_months_in_german():
    head = _head("de_DE.UTF-8", "month")
    assert "Mär 2027" in head
    assert "Mai 2027" in head
    assert "Mar 2027" in _head("C.UTF-8", "month")


def test_s30lc_usage_weeks_in_french():
    assert "janv. 2027" in _head("fr_FR.UTF-8", "week")


def test_s30lc_cash_flow_pdf_months_in_german(tmp_path: Path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler missing")
    out = tmp_path / "cf.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "report", str(DEMO), str(out), "--cash-flow"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    assert "Mär 2027" in text.decode("utf-8")
