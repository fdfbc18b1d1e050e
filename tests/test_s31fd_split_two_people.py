"""A day typed for one of two people on a split task (reviewer s31rv #2): the demo's 'Sales
pipeline customisation' (Jonas 100 % with a week off 15-19 Mar, Aisha 2h a day), split for
Wed 3 and Thu 4 Mar. Jonas typing exactly his planned 8h on Monday made his other days 9.76h
(10.95h typed on Tuesday) and put work in the pause: the task's span was counted on the days
the two work between them, not on Jonas's own, and his 80h squeezed into it. Typing what was
planned now leaves his other days as planned: 8h a day, none in the pause, done Tue 23 Mar."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
TASK = "Sales pipeline customisation"


def _split_demo(tmp_path: Path) -> Path:
    path = tmp_path / "sp.gantry"
    path.write_bytes(DEMO.read_bytes())
    assert (
        main(["split", str(path), "--task", "23", "--at", "2027-03-03 08:00", "--for", "2d"]) == 0
    )
    return path


def _by_day(path: Path, tmp_path: Path) -> dict[str, dict[str, float]]:
    """Each of the task's people's hours by day, 1 to 24 March, as the usage CSV shows them."""
    out = tmp_path / "u.csv"
    args = ["usage", str(path), "--tasks", "--by", "day", "--from", "2027-03-01"]
    assert main([*args, "--to", "2027-03-24", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    days = [k for k in rows[0] if k.startswith("2027-")]
    return {
        r["Resource"]: {d: float(r[d]) for d in days if r[d]}
        for r in rows
        if r["Task"] == TASK and r["Resource"]
    }


@pytest.mark.parametrize("day", ["2027-03-01", "2027-03-02"])
def test_s31fd_typing_jonas_planned_hours_leaves_his_days_as_planned(tmp_path, day, capsys):
    path = _split_demo(tmp_path)
    planned = _by_day(path, tmp_path)["Jonas Weber"]
    assert set(planned.values()) == {8.0}
    typed = tmp_path / "sp1.gantry"
    args = ["--person", "Jonas Weber", "--actual-work", "8h", "--on", day, "-o", str(typed)]
    assert main(["progress", str(path), "--task", "23", *args]) == 0
    people = _by_day(typed, tmp_path)
    jonas = people["Jonas Weber"]
    assert jonas[day] == 8.0
    assert set(jonas.values()) == {8.0}  # never over his 8h a day
    assert sum(jonas.values()) == 80.0
    assert max(people["Aisha Khan"].values()) == 2.0  # her 2h a day
    # his week off stays free; the task still ends with him
    assert not any(d in jonas for d in ("2027-03-15", "2027-03-16", "2027-03-19"))
    capsys.readouterr()
    assert main(["schedule", str(typed)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if TASK in x)
    end = max(jonas)
    assert f"{end} 17:00" in line


def test_s31fd_typing_monday_keeps_the_pause_free(tmp_path):
    path = _split_demo(tmp_path)
    typed = tmp_path / "sp1.gantry"
    args = [
        "--person",
        "Jonas Weber",
        "--actual-work",
        "8h",
        "--on",
        "2027-03-01",
        "-o",
        str(typed),
    ]
    assert main(["progress", str(path), "--task", "23", *args]) == 0
    people = _by_day(typed, tmp_path)
    for hours in people.values():
        assert "2027-03-03" not in hours
        assert "2027-03-04" not in hours
    assert max(people["Jonas Weber"]) == "2027-03-23"  # as planned, after his week off
