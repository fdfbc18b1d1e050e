"""``gantry risks`` writes money in the reader's marks, as ``gantry info`` and the Risks view
do (s30xl F1): a German reader sees ``12.000 €`` for twelve thousand, never ``12,000 €``
(12 € to them); the C locale keeps ``12,000``. The printed register (``-o .pdf``) too."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli.risk_output import print_register
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.risk_register import register_view


def _plan() -> Plan:
    plan = Plan(project=Project(name="Risiken", currency="EUR", currency_symbol="€"))
    plan.risks.append(Risk(uid=1, title="Lieferverzug", probability=0.4, impact=12000.0))
    return plan


def _german(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def _printed(plan: Plan) -> str:
    out = io.StringIO()
    print_register(plan, register_view(plan.risks), out)
    return out.getvalue()


def test_s30lc_risks_text_in_german_marks(monkeypatch):
    _german(monkeypatch)
    text = _printed(_plan())
    assert "12.000" in text
    assert "4.800" in text
    assert "12,000" not in text
    assert "4,800" not in text


def test_s30lc_risks_text_in_c_marks(monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    text = _printed(_plan())
    assert "12,000" in text
    assert "4,800" in text


def test_s30lc_risks_pdf_in_german_marks(monkeypatch, tmp_path: Path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler missing")
    from app.cli.risk_output import write_register

    _german(monkeypatch)
    plan = _plan()
    out = tmp_path / "r.pdf"
    write_register(plan, register_view(plan.risks), out, "")
    done = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True)
    text = done.stdout.decode("utf-8")
    assert "12.000" in text
    assert "12,000" not in text
