"""``gantry report FILE --json``: what the PDF's first page says, in ``gantry schedule
--json``'s style (ISO dates, working minutes beside the text printed), and the same
figures the PDF prints (app/cli/report_json.py, app/cli/commands.run_report)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_plan, write_plan
from tests.test_s24s2_info_deadlines import DEMO, GO_LIVE, _with_deadlines

STATUS = "2027-03-01"  # a Monday, two months in: tasks are late (the demo records no progress)


def _json(args: list[str], capsys) -> dict:
    capsys.readouterr()
    assert main(["report", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _late_plan(tmp_path: Path) -> Path:
    return _with_deadlines(tmp_path, "late.gantry", {GO_LIVE: -timedelta(days=7)})


def test_s25st_the_first_page_as_json(tmp_path, capsys):
    doc = _json([str(_late_plan(tmp_path)), "--status-date", STATUS], capsys)
    assert doc["status_date"] == "2027-03-01T17:00:00"  # a bare date: the end of that day
    assert doc["status_date_set"] is True
    assert doc["project"] == {
        "name": "CRM roll-out for Northwind Logistics",
        "start": "2027-01-04T08:00:00",
        "finish": "2027-06-01T17:00:00",
    }
    assert doc["baseline"]["name"] == "Baseline"
    assert doc["baseline"]["finish"] == "2027-06-01T17:00:00"
    assert (doc["finish_variance_minutes"], doc["finish_variance_text"]) == (0, "0d")
    assert doc["scheduling_issues"] == 1
    [missed] = doc["missed_deadlines"]
    assert missed == {
        "uid": GO_LIVE,
        "id": 57,
        "name": "Go-live",
        "deadline": "2027-05-04T17:00:00",
        "finish": "2027-05-11T17:00:00",
        "late_minutes": 5 * 480,
        "late_text": "5d",
        "done": False,
        "milestone": True,
        "summary": False,
    }
    key = doc["key_deadline"]
    assert (key["name"], key["deadline"], key["late_text"]) == (
        "Go-live",
        "2027-05-04T17:00:00",
        "+5d",
    )
    assert key["baseline_finish"] == "2027-05-11T17:00:00"  # the baseline misses it too
    slack = doc["negative_slack"]
    assert slack[0] == {
        "uid": 25,
        "id": 25,
        "name": "Marketing campaigns module",
        "total_slack_minutes": -10 * 480,
        "total_slack_text": "-10d",
        "elapsed": False,
    }
    minutes = [s["total_slack_minutes"] for s in slack]
    assert minutes == sorted(minutes)  # the most behind first
    assert len(slack) == 28
    counts = doc["task_counts"]
    assert sum(counts.values()) == 55  # the leaf tasks
    assert counts["late"] == doc["late_count"] == len(doc["late_tasks"]) > 0
    late = doc["late_tasks"][0]
    assert late["start"] < doc["status_date"]
    assert late["percent_complete"] < late["expected_percent"]
    assert doc["percent_complete"] == 0.0
    assert doc["cost"] == {
        "currency": "EUR",
        "budget": 207210.0,
        "budget_baseline": "Baseline",  # Baseline (0), the one the budget is read from
        "forecast": 207210.0,
        "actual_to_date": 0.0,
        "eac": 207210.0,
        "vac": 0.0,
        "cpi": None,  # nothing spent: the card's n/a
        "spi": 0.0,
        # the totals they are worked out from (s31fx: keys added)
        "bcws": 88900.0,
        "bcwp": 0.0,
        "acwp": 0.0,
        "cv": 0.0,
        "sv": -88900.0,
        "etc": 207210.0,
        "tcpi": 1.0,
    }


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s25st_the_json_and_the_pdf_written_together_say_the_same(tmp_path, capsys):
    out = tmp_path / "status.pdf"
    doc = _json([str(_late_plan(tmp_path)), str(out), "--status-date", STATUS], capsys)
    assert out.exists()
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(out), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    said = " ".join(text.split())
    assert "Status date: 2027-03-01" in said
    assert "Scheduling issues Missed deadlines Deadline: Go-live Forecast vs deadline " in said
    assert f"{doc['scheduling_issues']} {len(doc['missed_deadlines'])} 2027-05-04 +5d" in said
    counts = doc["task_counts"]
    assert (
        f"Tasks (55): {counts['complete']} complete · {counts['on_schedule']} on schedule · "
        f"{counts['late']} late · {counts['not_yet_due']} not yet due"
    ) in said
    assert f"{len(doc['negative_slack'])} tasks have negative total slack" in said
    assert "'Marketing campaigns module' -10d" in said


def test_s25st_json_alone_writes_nothing(tmp_path, capsys):
    plan = tmp_path / "crm.gantry"
    shutil.copy(DEMO, plan)
    before = plan.read_bytes()
    doc = _json([str(plan)], capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.gantry"]
    assert plan.read_bytes() == before
    assert doc["missed_deadlines"] == []
    assert doc["key_deadline"] is None
    assert doc["scheduling_issues"] == 0


def test_s25st_a_plan_without_baseline_gives_nulls(tmp_path, capsys):
    plan = read_plan(DEMO)
    plan.clear_baseline(0)
    bare = tmp_path / "bare.gantry"
    write_plan(plan, bare)
    doc = _json([str(bare)], capsys)
    assert doc["baseline"] is None
    assert doc["finish_variance_minutes"] is None
    assert doc["finish_variance_text"] is None
    assert doc["cost"]["budget"] is None
    assert doc["cost"]["eac"] is None
    assert doc["cost"]["cpi"] is None


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["missing.gantry"], "missing.gantry: no such file"),
        (["bad.xml"], "bad.xml: not well-formed XML"),
        (["crm.gantry", "status.txt"], "the status report is written as a PDF"),
        (["crm.gantry", "nodir/status.pdf"], "nodir: no such folder"),
    ],
)
def test_s25st_bad_input_is_one_line_and_exit_1(tmp_path, capsys, args, said):
    shutil.copy(DEMO, tmp_path / "crm.gantry")
    (tmp_path / "bad.xml").write_text("<Project", encoding="utf-8")
    capsys.readouterr()
    assert main(["report", *(str(tmp_path / a) for a in args), "--json"]) == 1
    got = capsys.readouterr()
    assert got.out == ""  # no half of a JSON object
    [line] = got.err.splitlines()
    assert line.startswith("gantry: ")
    assert said in line
    assert not (tmp_path / "status.pdf").exists()


def test_s25st_no_pdf_and_no_json_is_bad_usage(tmp_path, capsys):
    plan = tmp_path / "crm.gantry"
    shutil.copy(DEMO, plan)
    capsys.readouterr()
    assert main(["report", str(plan)]) == 2
    got = capsys.readouterr()
    assert got.out == ""
    assert got.err.startswith("usage: gantry report ")
    assert got.err.splitlines()[-1] == (
        "gantry report: error: the following arguments are required: OUT.pdf"
    )
