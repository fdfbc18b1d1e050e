"""A risk's Trigger (what tells the team it is happening) and Trigger date: kept in the
.gantry file (schema v51), set by gantry risk, listed by gantry risks (text, --json, CSV,
PDF), carried by the client workbook's Risks sheet both ways; a risk whose trigger date or
next review is before the status date (else today) is flagged."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.project import Project
from app.domain.risk import Risk, RiskStatus
from app.domain.risk_watch import overdue, overdue_line, watch_day
from app.store.document import read_plan, write_plan
from tests.gui.conftest import build_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
LONG_AGO, FAR_OFF = "2020-01-10", "2099-12-31"  # past and not past, whatever today is


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "p.gantry"
    shutil.copy(DEMO, path)
    return path


def test_s31rk_overdue_rule():
    day = date(2027, 3, 10)
    risk = Risk(1, "a", trigger_date=date(2027, 3, 9), next_review=date(2027, 3, 10))
    late = overdue(risk, day)
    assert (late.trigger_date, late.next_review) == (date(2027, 3, 9), None)  # on the day: due
    assert late.words() == "trigger date 2027-03-09 passed"
    both = overdue(replace(risk, next_review=date(2027, 2, 1)), day)
    assert both.mark() == "trigger+review"
    assert not overdue(replace(risk, status=RiskStatus.CLOSED), day)
    assert not overdue(Risk(2, "b"), day)
    assert overdue_line([risk, Risk(2, "b")], day) == (
        "1 risk past its trigger or review date (2027-03-10)"
    )
    project = Project(status_date=datetime(2027, 3, 10, 17, 0))
    assert watch_day(project, datetime(2030, 1, 1)) == day
    assert watch_day(Project(), datetime(2030, 1, 1)) == date(2030, 1, 1)


def test_s31rk_trigger_is_kept_and_a_v50_file_migrates(tmp_path):
    plan = build_plan()
    risk = replace(
        plan.risk(1), trigger="Vendor misses the API drop", trigger_date=date(2027, 4, 1)
    )
    plan.update_risk(risk)
    path = tmp_path / "t.gantry"
    write_plan(plan, path)
    assert read_plan(path).risk(1) == risk

    old = tmp_path / "old.gantry"
    shutil.copy(DEMO, old)
    with sqlite3.connect(old) as conn:  # the demo as v50 wrote it: no trigger columns
        conn.execute("ALTER TABLE risks DROP COLUMN trigger")
        conn.execute("ALTER TABLE risks DROP COLUMN trigger_date")
        conn.execute("PRAGMA user_version = 50")
    conn.close()
    risks = read_plan(old).risks
    assert len(risks) == 6
    assert {(r.trigger, r.trigger_date) for r in risks} == {("", None)}


def test_s31rk_gantry_risk_sets_the_trigger_and_risks_flags_it(demo, capsys):
    args = ["risk", "edit", str(demo), "--risk", "R-02", "--trigger", "API spec not frozen"]
    assert main([*args, "--trigger-date", LONG_AGO]) == 0
    args = ["risk", "edit", str(demo), "--risk", "R-03", "--trigger", "UAT testers booked"]
    assert main([*args, "--trigger-date", "31.12.2099"]) == 0
    capsys.readouterr()

    assert main(["risks", str(demo), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    risks = {r["id"]: r for r in data["risks"]}
    assert risks["R-02"]["trigger"] == "API spec not frozen"
    assert risks["R-02"]["trigger_date"] == LONG_AGO
    assert risks["R-02"]["past"] == ["trigger_date"]
    assert risks["R-03"]["trigger_date"] == FAR_OFF
    assert risks["R-03"]["past"] == []
    assert risks["R-01"]["trigger"] == ""
    assert risks["R-01"]["trigger_date"] is None
    assert data["checked_at"] == date.today().isoformat()  # the demo has no status date

    assert main(["risks", str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-1] == "Past"
    assert next(line for line in lines if line.startswith("R-02")).endswith("trigger")
    assert next(line for line in lines if line.startswith("R-03")).rstrip().endswith("46")
    today = date.today().isoformat()
    assert f"1 risk past its trigger or review date ({today}): R-02" in lines

    # closed: nothing to watch any more
    assert main(["risk", "close", str(demo), "--risk", "R-02"]) == 0
    capsys.readouterr()
    assert main(["risks", str(demo)]) == 0
    out = capsys.readouterr().out
    assert "Past" not in out
    assert "past its trigger" not in out


def test_s31rk_a_bad_trigger_date_is_one_line_and_writes_nothing(demo, capsys):
    before = demo.read_bytes()
    args = ["risk", "edit", str(demo), "--risk", "R-02", "--trigger-date", "next week"]
    assert main(args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("gantry: --trigger-date")
    assert demo.read_bytes() == before
    assert main(["risk", "edit", str(demo), "--risk", "R-02", "--trigger", "=cmd|x"]) == 0
    capsys.readouterr()
    assert read_plan(demo).risk(2).trigger == "=cmd|x"  # text, kept as typed


def test_s31rk_risks_sheet_carries_the_trigger_both_ways(demo, tmp_path, capsys):
    import openpyxl

    args = ["risk", "edit", str(demo), "--risk", "R-02", "--trigger", "=API spec late"]
    assert main([*args, "--trigger-date", "2027-02-01"]) == 0
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(demo), str(book)]) == 0
    capsys.readouterr()
    assert main(["diff", str(demo), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
    wb = openpyxl.load_workbook(book)
    ws = wb["Risks"]
    header = [c.value for c in ws[1]]
    trigger, when = header.index("Trigger") + 1, header.index("Trigger date") + 1
    assert ws.cell(3, trigger).value == "=API spec late"
    assert ws.cell(3, trigger).data_type == "s"  # text, never a formula
    assert ws.cell(3, when).value == "2027-02-01"
    ws.cell(3, when).value = "15.03.2027"
    ws.cell(4, trigger).value = "Key users on leave"
    wb.save(book)
    assert main(["diff", str(demo), str(book), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    got = {(c["uid"], c["field"], c["old"], c["new"]) for c in changes if c["entity"] == "risk"}
    assert got == {
        (2, "trigger_date", "2027-02-01", "2027-03-15"),
        (3, "trigger", "", "Key users on leave"),
    }
    ws.cell(3, when).value = "soon"
    wb.save(book)
    assert main(["diff", str(demo), str(book)]) == 1
    letter = openpyxl.utils.get_column_letter(when)
    assert f"Risks!{letter}3: 'soon' is not a date" in capsys.readouterr().err


def test_s31rk_register_files_have_the_trigger(demo, tmp_path, capsys):
    args = ["risk", "edit", str(demo), "--risk", "R-04", "--trigger", "Load test fails"]
    assert main([*args, "--trigger-date", "2027-05-03"]) == 0
    out = tmp_path / "r.csv"
    assert main(["risks", str(demo), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith("Residual exposure,Trigger,Trigger date")
    assert lines[4].endswith(",Load test fails,2027-05-03")

    pdf = tmp_path / "r.pdf"
    assert main(["risks", str(demo), "-o", str(pdf)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    register = text.split("\f")[1]
    assert "Trigger date" in register
    assert "Load test fails" in register
    assert "2027-05-03" in register
    capsys.readouterr()
