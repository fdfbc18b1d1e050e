"""gantry progress --remaining-work, and its notes on progress past the status date and
actual work far beyond the work (tester s30xt, M1 and M3); gantry info and report --json
count tasks with progress dated after the status date.

The demo: 'Stakeholder interviews' (uid 4) is 5d from Thu 2027-01-07, Maria and Aisha 20h
each (40h); 'As-is process mapping' (uid 5) follows it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule

INTERVIEWS = 4
H = 60


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _work(path: Path, uid: int) -> tuple[float, float]:
    plan = formats.read_plan(path)
    costs = compute_costs(plan, schedule(plan))
    return costs.task_work_minutes[uid] / H, costs.task_actual_work_minutes[uid] / H


def test_s30tb_remaining_work_sets_work_to_actual_plus_remaining(demo, capsys):
    assert _run(capsys, "progress", demo, "--task", INTERVIEWS, "--actual-work", "16h")[0] == 0
    status, out, _err = _run(
        capsys, "progress", demo, "--task", INTERVIEWS, "--remaining-work", "30h"
    )
    assert status == 0, out
    assert _work(demo, INTERVIEWS) == (46.0, 16.0)
    people = [a.work_minutes for a in formats.read_plan(demo).assignments_of_task(INTERVIEWS)]
    assert sorted(people) == [23 * H, 23 * H]  # 8h done each, 12h left each: 15h each more


def test_s30tb_remaining_work_refused_in_one_line(demo, capsys):
    before = demo.read_bytes()
    status, _out, err = _run(
        capsys, "progress", demo, "--task", INTERVIEWS, "--remaining-work", "-3h"
    )
    assert (status, err) == (1, "gantry: --remaining-work: '-3h': work cannot be negative\n")
    status, _out, err = _run(
        capsys, "progress", demo, "--task", INTERVIEWS, "--remaining-work", "lots"
    )
    assert (status, err) == (1, "gantry: --remaining-work: 'lots' is not work (try 8h, 1.5d)\n")
    assert demo.read_bytes() == before


def test_s30tb_progress_past_the_status_date_is_noted_and_counted(demo, capsys):
    assert _run(capsys, "status-date", demo, "2027-01-08")[0] == 0
    status, _out, err = _run(
        capsys, "progress", demo, "--task", 7, "--actual-start", "2027-01-20", "--percent", "10"
    )
    assert status == 0
    assert "note: 'Requirements workshops': progress recorded up to" in err
    assert "after the status date (Fri 2027-01-08 17:00)" in err
    _s, out, _e = _run(capsys, "info", demo)
    assert "1 task has progress dated after the status date" in out
    _s, out, _e = _run(capsys, "report", demo, "--json")
    data = json.loads(out)
    assert [t["uid"] for t in data["progress_after_status_date"]] == [7]


def test_s30tb_progress_before_the_status_date_has_no_note(demo, capsys):
    assert _run(capsys, "status-date", demo, "2027-03-01")[0] == 0
    status, _out, err = _run(capsys, "progress", demo, "--task", INTERVIEWS, "--percent", "50")
    assert (status, err) == (0, "")
    _s, out, _e = _run(capsys, "info", demo)
    assert "after the status date" not in out


def test_s30tb_actual_work_far_beyond_the_work_is_kept_with_a_note(demo, capsys):
    status, _out, err = _run(
        capsys, "progress", demo, "--task", INTERVIEWS, "--actual-work", "500h"
    )
    assert status == 0
    assert "actual work 500h is 12.5 times its work (40h)" in err
    assert _work(demo, INTERVIEWS) == (500.0, 500.0)
    _status, _out, err = _run(capsys, "progress", demo, "--task", 5, "--actual-work", "10h")
    assert "times its work" not in err
