"""gantry risks / gantry risk: a controller's month-end pack pulls the register headless
(top N by exposure, the reserve, CSV/workbook/PDF) and scripts add, edit and close risks in
the file itself; a bad value is one line naming its option and leaves the file as it was."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.store.document import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def plan_file(tmp_path):
    target = tmp_path / "month.gantry"
    shutil.copy(DEMO, target)
    return target


def test_s29rk_risks_top_by_exposure_with_totals_and_what_is_left_out(plan_file, capsys):
    assert (
        main(["risks", str(plan_file), "--status", "open", "--sort", "exposure", "--top", "2"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["R-01", "R-05"]
    assert "Total of the 2 risks shown: exposure €27,250, contingency €27,000" in lines
    assert "Risks not closed (contingency reserve): exposure €55,250, contingency €55,000" in lines
    assert lines[-1] == "Showing: not closed, the first 2; 4 more not shown"

    assert main(["risks", str(plan_file), "--owner", "MARIA LOPEZ", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["risks"]] == ["R-03", "R-06"]
    assert data["exposure"] == 12_500
    assert data["contingency_reserve"] == 55_000
    assert data["not_shown"] == 4


def test_s29rk_risk_add_edit_close_write_the_file(plan_file, capsys):
    assert (
        main(
            [
                "risk",
                "add",
                str(plan_file),
                "--title",
                "Supplier insolvency",
                "--probability",
                "0.4",
                "--impact",
                "12,000",
                "--owner",
                "Nobody Known",
                "--tasks",
                "5-7, 12",
            ]
        )
        == 0
    )
    said = capsys.readouterr()
    assert "added R-07 'Supplier insolvency'" in said.out
    assert "'Nobody Known' is not on the team" in said.err  # taken, but told
    risk = read_plan(plan_file).risk(7)
    assert (risk.probability, risk.impact, risk.owner) == (0.4, 12_000, "Nobody Known")
    assert len(risk.task_uids) == 4

    assert main(["risk", "edit", str(plan_file), "--risk", "r-7", "--contingency", "3000"]) == 0
    assert main(["risk", "close", str(plan_file), "--risk", "R-07"]) == 0
    capsys.readouterr()
    risk = read_plan(plan_file).risk(7)
    assert (risk.contingency, risk.status.value) == (3000, "closed")
    assert main(["diff", str(DEMO), str(plan_file)]) == 0
    assert "risk 7 'Supplier insolvency'" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message", "status"),
    [
        (["--probability", "140"], "--probability: '140' is not between 0 and 100 %", 1),
        (["--impact", "-5"], "--impact: the impact cannot be negative (-5)", 1),
        (["--tasks", "999"], "--tasks: there is no task with ID 999", 1),
        (["--status", "bogus"], "--status: 'bogus' is not a risk status", 1),
        (["--title", " "], "--title: a risk needs a title", 1),
    ],
)
def test_s29rk_a_bad_value_is_one_line_and_nothing_written(
    plan_file, capsys, args, message, status
):
    before = plan_file.read_bytes()
    assert main(["risk", "edit", str(plan_file), "--risk", "R-02", *args]) == status
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert plan_file.read_bytes() == before


def test_s29rk_unknown_risk_and_missing_id(plan_file, capsys):
    assert main(["risk", "close", str(plan_file), "--risk", "R-42"]) == 1
    assert "there is no risk R-42" in capsys.readouterr().err
    assert main(["risk", "close", str(plan_file)]) == 2


def test_s29rk_register_files(plan_file, tmp_path, capsys):
    out_csv = tmp_path / "risks.csv"
    assert main(["risk", "edit", str(plan_file), "--risk", "R-02", "--title", "=cmd|x"]) == 0
    assert main(["risks", str(plan_file), "-o", str(out_csv), "--status", "open"]) == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["ID", "Risk", "Probability", "Impact", "Exposure"]
    assert rows[2][:2] == ["R-02", "'=cmd|x"]  # never a formula
    assert rows[-1][1] == "Total of the 6 risks shown"
    assert rows[-1][4] == "55250.0"

    out_xlsx = tmp_path / "risks.xlsx"
    assert (
        main(["risks", str(plan_file), "-o", str(out_xlsx), "--sort", "exposure", "--top", "1"])
        == 0
    )
    ws = openpyxl.load_workbook(out_xlsx).active
    assert ws["A2"].value == "R-01"
    assert ws["E2"].value == 15_000
    assert ws["C2"].number_format == "0%"
    texts = [c.value for c in ws["B"] if c.value]
    assert "Showing: the first 1; 5 more not shown" in texts

    out_pdf = tmp_path / "risks.pdf"
    assert main(["risks", str(plan_file), "-o", str(out_pdf)]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF")
    assert main(["risks", str(plan_file), "-o", str(tmp_path / "r.txt")]) == 2
