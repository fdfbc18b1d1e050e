"""Per-task earned value without the window: ``gantry report FILE --json --tasks`` adds each
task's baseline cost, cost, actual cost, BCWS, BCWP, ACWP, CV, SV, CPI, SPI, EAC and VAC
(the Budget view's figures), and ``--baseline N`` reads earned value against Baseline N as
Project Options' "Baseline for Earned Value calculations" does; the file is not written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main


@pytest.fixture
def month_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo at a month end: Baseline 0 and 1, a status date, an overrun of €640 on
    "As-is process mapping" (UID 5, ten days for eight) and tasks under way."""
    path = tmp_path / "me.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    steps = [
        ["baseline", path, "--number", "1"],
        ["status-date", path, "2027-02-26"],
        *(["progress", path, "--task", str(u), "--percent", "100"] for u in (2, 3, 4, 6)),
        ["progress", path, "--task", "5", "--actual-duration", "10d"],
        ["progress", path, "--task", "20", "--percent", "60"],
    ]
    for step in steps:
        assert main([str(a) for a in step]) == 0, step
    capsys.readouterr()
    return path


def _report(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main(["report", *(str(a) for a in args)])
    got = capsys.readouterr()
    return status, got.out, got.err


def test_s29mn_each_task_carries_its_earned_value(month_end, capsys):
    before = month_end.read_bytes()
    status, out, _err = _report(capsys, month_end, "--json", "--tasks")
    assert status == 0
    data = json.loads(out)
    tasks = {t["uid"]: t for t in data["tasks"]}
    over = tasks[5]
    assert over["name"] == "As-is process mapping"
    assert over["baseline_cost"] == 2560.0
    assert over["cost"] == over["actual_cost"] == over["acwp"] == 3200.0
    assert over["bcws"] == over["bcwp"] == 2560.0
    assert over["cv"] == -640.0  # BCWP - ACWP, as MS Project's Earned Value table
    assert over["sv"] == 0.0
    assert over["eac"] == 3200.0
    assert over["vac"] == -640.0
    assert tasks[1]["summary"] is True
    assert tasks[1]["wbs"] == "1"
    assert [t["id"] for t in data["tasks"]] == list(range(1, len(data["tasks"]) + 1))
    # the top-level tasks add up to the headline's budget and forecast
    tops = [t for t in data["tasks"] if "." not in t["wbs"]]
    assert sum(t["baseline_cost"] for t in tops) == pytest.approx(data["cost"]["budget"])
    assert sum(t["cost"] for t in tops) == pytest.approx(data["cost"]["forecast"])
    assert "-0.0" not in out
    assert month_end.read_bytes() == before


def test_s29mn_without_tasks_the_report_json_is_as_before(month_end, capsys):
    status, out, _err = _report(capsys, month_end, "--json")
    assert status == 0
    assert "tasks" not in json.loads(out)


def test_s29mn_baseline_n_reads_earned_value_against_it(month_end, capsys, tmp_path):
    # Baseline 2 saved now holds the €640 overrun: no cost variance against it
    assert main(["baseline", str(month_end), "--number", "2"]) == 0
    capsys.readouterr()
    status, out, _err = _report(capsys, month_end, "--json", "--tasks", "--baseline", "2")
    assert status == 0
    data = json.loads(out)
    over = next(t for t in data["tasks"] if t["uid"] == 5)
    assert over["baseline_cost"] == 3200.0
    assert over["vac"] == 0.0
    status, out0, _err = _report(capsys, month_end, "--json", "--tasks", "--baseline", "0")
    assert next(t for t in json.loads(out0)["tasks"] if t["uid"] == 5)["baseline_cost"] == 2560.0


def test_s29mn_a_baseline_the_plan_lacks_is_one_line(month_end, capsys):
    status, out, err = _report(capsys, month_end, "--json", "--tasks", "--baseline", "7")
    assert status == 1
    assert out == ""
    assert err.strip() == (
        "gantry: --baseline 7: the plan has no Baseline 7 (it holds Baseline 0 and 1)"
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--tasks", "x.pdf"], "--tasks adds each task's earned value to --json"),
        (["--json", "--baseline", "11"], "--baseline 11: a baseline is 0 to 10"),
    ],
)
def test_s29mn_task_flags_misused_are_bad_usage(month_end, capsys, args, said):
    status, _out, err = _report(capsys, month_end, *args)
    assert status == 2
    assert said in err
    assert len(err.strip().splitlines()) == 1
