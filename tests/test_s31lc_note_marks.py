"""The command line's notes and progress messages write figures in the locale's marks, as its
stdout does (s30xl F7, F10): under German, ``gantry diff``'s stderr said ``Cost 1,500.50 € ->
14,735.00 €`` beside stdout's ``1.500,50 €``, and ``progress`` said ``actual work 10.5h``
where ``gantry info`` says ``12,5h``. C keeps ``1,500.50`` and ``10.5h``, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.task import Task
from app.formats import write_plan
from app.io.note_figures import note_amount

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _german(monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # (reset)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("de_DE.UTF-8", "1.500,50"),
        ("de_CH.UTF-8", "1\u2019500.50"),
        ("fr_FR.UTF-8", "1\u202f500,50"),
        ("en_US.UTF-8", "1,500.50"),
        ("C.UTF-8", "1,500.50"),
    ],
)
def test_s31lc_a_notes_amount_in_the_locales_marks(monkeypatch, lang, shown):
    monkeypatch.setenv("LC_ALL", lang)
    assert note_amount(1500.5) == shown


def _returned(tmp_path: Path) -> tuple[Path, Path]:
    plan = Plan(
        project=Project(
            name="Köln",
            currency="EUR",
            currency_symbol="€",
            currency_symbol_position=SymbolPosition.AFTER_SPACE,
        )
    )
    plan.append_task(Task(1, "Fundament", 1, duration_minutes=960, fixed_cost=1500.5))
    old = tmp_path / "plan.gantry"
    write_plan(plan, old)
    path = tmp_path / "plan.xlsx"
    write_plan(plan, path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    ws.cell(2, [c.value for c in ws[1]].index("Fixed cost") + 1).value = 14735
    book.save(path)
    return old, path


def test_s31lc_gantry_diffs_notes_write_the_locales_marks(tmp_path: Path, monkeypatch, capsys):
    old, path = _returned(tmp_path)
    _german(monkeypatch)
    assert main(["diff", str(old), str(path)]) == 0
    out, err = capsys.readouterr()
    assert "1.500,50 € -> 14.735,00 €" in out  # stdout, as before
    taking = next(line for line in err.splitlines() if "taking the" in line)
    assert "Cost 1.500,50 € -> 14.735,00 € (+13.234,50 €)" in taking


def test_s31lc_gantry_diffs_notes_in_c_as_before(tmp_path: Path, monkeypatch, capsys):
    old, path = _returned(tmp_path)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert main(["diff", str(old), str(path)]) == 0
    err = capsys.readouterr().err
    assert "Cost 1,500.50 € -> 14,735.00 € (+13,234.50 €)" in err


@pytest.mark.parametrize(("german", "said"), [(True, "10,5h"), (False, "10.5h")])
def test_s31lc_progress_says_its_work_in_the_locales_marks(
    tmp_path: Path, monkeypatch, capsys, german, said
):
    plan = tmp_path / "demo.gantry"
    shutil.copyfile(DEMO, plan)
    if german:
        _german(monkeypatch)
    else:
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    typed = said  # the option is typed in the same marks
    assert main(["progress", str(plan), "--task", "3", "--actual-work", typed]) == 0
    assert f"actual work {said};" in capsys.readouterr().out
    assert main(["progress", str(plan), "--task", "3", "--actual-work", "500h"]) == 0
    note = capsys.readouterr().err
    assert ("20,8 times" if german else "20.8 times") in note


@pytest.mark.parametrize(("german", "pause"), [(True, "1,5d"), (False, "1.5d")])
def test_s31lc_split_says_its_pause_in_the_locales_marks(
    tmp_path: Path, monkeypatch, capsys, german, pause
):
    plan = tmp_path / "demo.gantry"
    shutil.copyfile(DEMO, plan)
    if german:
        _german(monkeypatch)
    else:
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    args = ["split", str(plan), "--task", "5", "--at", "2027-01-12T08:00", "--for", pause]
    assert main(args) == 0
    assert f" for {pause}, finish " in capsys.readouterr().out


@pytest.mark.parametrize(("german", "shown"), [(True, "12.500,00"), (False, "12,500.00")])
def test_s31lc_report_budget_writes_the_locales_marks(
    tmp_path: Path, monkeypatch, capsys, german, shown
):
    # gantry report FILE --budget's text beside gantry info's German figures
    from app.domain.resource import Resource, ResourceType

    plan = Plan(project=Project(name="P"))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    plan.add_resource(
        Resource(1, "Capex", type=ResourceType.COST, is_budget=True, budget_cost=12500.0)
    )
    path = tmp_path / "p.gantry"
    write_plan(plan, path)
    if german:
        _german(monkeypatch)
    else:
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert main(["report", str(path), "--budget"]) == 0
    assert f"Capex: Budget Cost €{shown}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("german", "figure", "month"), [(True, "200,0h", "Mär 2027"), (False, "200.0h", "Mar 2027")]
)
def test_s31lc_several_plans_usage_in_the_locales_marks(
    tmp_path: Path, monkeypatch, capsys, german, figure, month
):
    # gantry usage A B wrote 200.0h under 'Mar 2027' where gantry usage A writes 200,0h
    first, second = tmp_path / "a.gantry", tmp_path / "b.gantry"
    shutil.copyfile(DEMO, first)
    shutil.copyfile(DEMO, second)
    if german:
        _german(monkeypatch)
    else:
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert main(["usage", str(first), str(second), "--by", "month"]) == 0
    head, maria = capsys.readouterr().out.splitlines()[:2]
    assert month in head.split("  ")
    assert maria.split()[:3] == ["Maria", "Lopez", figure]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext")
@pytest.mark.parametrize(("german", "total"), [(True, "414.420 EUR"), (False, "414,420 EUR")])
def test_s31lc_the_combined_report_in_the_locales_marks(tmp_path: Path, monkeypatch, german, total):
    # gantry report A B --combined printed 414,420 EUR (414 euros to a German reader)
    import subprocess

    first, second = tmp_path / "a.gantry", tmp_path / "b.gantry"
    shutil.copyfile(DEMO, first)
    shutil.copyfile(DEMO, second)
    if german:
        _german(monkeypatch)
    else:
        monkeypatch.setenv("LC_ALL", "C.UTF-8")
    pdf = tmp_path / "combined.pdf"
    assert main(["report", str(first), str(second), "--combined", str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    line = next(row for row in text.splitlines() if row.startswith("Total EUR"))
    assert total in line
