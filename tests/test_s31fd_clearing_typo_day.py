"""A mistyped day cleared (reviewer s31rv #3): the demo's 'Project charter' (Maria 24h, Mon 4
to Wed 6 Jan), 4h typed on Monday, then 8h by mistake on Mon 11 and cleared again. The bar
stayed stretched to Wed 13 while Usage laid her work on Jan 4-7 and the project's finish
moved 4.5 days. Clearing the day now lays the span from where her work lies (never shorter
than her own 3 days): the bar, Usage and the project's finish are as before the mistake;
undo of the mistyped day puts the old finish back exactly too."""

from __future__ import annotations

import csv
from pathlib import Path

from app.cli import main
from app.domain.assignment_work import apply_edit
from app.domain.scheduler import schedule
from app.domain.typed_actuals import actual_typing_edit
from app.formats import read_plan

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _progress(src: Path, out: Path, hours: str, day: str) -> None:
    args = ["--person", "Maria Lopez", "--actual-work", hours, "--on", day, "-o", str(out)]
    assert main(["progress", str(src), "--task", "3", *args]) == 0


def _marias_days(path: Path, tmp_path: Path) -> dict[str, float]:
    out = tmp_path / "u.csv"
    args = ["usage", str(path), "--tasks", "--by", "day", "--from", "2027-01-04"]
    assert main([*args, "--to", "2027-01-22", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        row = next(
            r
            for r in csv.DictReader(f)
            if r["Task"] == "Project charter" and r["Resource"] == "Maria Lopez"
        )
    return {k: float(v) for k, v in row.items() if k.startswith("2027-") and v}


def _project_finish(path: Path, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    return [x for x in capsys.readouterr().out.splitlines() if x.startswith(("Finish", "Variance"))]


def test_s31fd_clearing_the_mistyped_day_puts_bar_usage_and_finish_back(tmp_path, capsys):
    src = tmp_path / "aw.gantry"
    src.write_bytes(DEMO.read_bytes())
    aw3, aw4, aw5 = (tmp_path / f"aw{n}.gantry" for n in (3, 4, 5))
    _progress(src, aw3, "4h", "2027-01-04")
    _progress(aw3, aw4, "8h", "2027-01-11")  # the mistake: the task stretched to Jan 13
    assert schedule(read_plan(aw4))[3].finish.day == 13
    _progress(aw4, aw5, "0h", "2027-01-11")
    before, after = read_plan(aw3), read_plan(aw5)
    assert after.task(3).duration_minutes == before.task(3).duration_minutes
    done = schedule(after)
    assert done[3].finish == schedule(before)[3].finish
    days = _marias_days(aw5, tmp_path)
    assert days == _marias_days(aw3, tmp_path)
    assert max(days) == done[3].finish.date().isoformat()  # the bar ends with her work
    assert sum(days.values()) == 24.0
    assert _project_finish(aw5, capsys) == _project_finish(aw3, capsys)  # not +4.5d


def test_s31fd_undo_of_the_mistyped_day_puts_the_old_finish_back(tmp_path):
    src = tmp_path / "aw.gantry"
    src.write_bytes(DEMO.read_bytes())
    aw3 = tmp_path / "aw3.gantry"
    _progress(src, aw3, "4h", "2027-01-04")
    plan = read_plan(aw3)
    maria = next(a for a in plan.assignments_of_task(3))
    was = (plan.task(3), list(plan.assignments_of_task(3)), schedule(plan)[3].finish)
    day = was[2].date().replace(day=11)
    undo = apply_edit(plan, actual_typing_edit(plan, schedule(plan), maria.uid, day, day, 480))
    assert schedule(plan)[3].finish > was[2]
    apply_edit(plan, undo)
    assert (plan.task(3), list(plan.assignments_of_task(3)), schedule(plan)[3].finish) == was
