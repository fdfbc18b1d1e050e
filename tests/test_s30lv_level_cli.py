"""``gantry level FILE --adjust-assignments``: only the busy person's assignment waits, the option
is kept in the plan and honoured headless next time, and ``--clear`` takes the assignment's
leveling delay out again (the plan of tests/test_s30lv_adjust_assignments.py: Ben busy on
'Meet' Monday and Tuesday, 'Write' needing Ana and Ben for two days)."""

from __future__ import annotations

from app.cli import main
from app.store.document import GantryFile, read_plan
from tests.test_s30lv_adjust_assignments import DAY, _plan


def _file(tmp_path):
    path = tmp_path / "docs.gantry"
    GantryFile.create(path, _plan()).close()
    return path


def test_s30lv_gantry_level_adjusts_assignments_and_keeps_the_option(tmp_path, capsys) -> None:
    path = _file(tmp_path)
    assert main(["level", str(path), "--basis", "minute", "--adjust-assignments"]) == 0
    out = capsys.readouterr().out
    assert "Delayed 1 assignment on 'Write'" in out, out
    plan = read_plan(path)
    assert plan.project.leveling.adjust_assignments
    assert plan.assignment(3).leveling_delay_minutes == 2 * DAY  # Ben on Write waits
    assert plan.task(2).leveling_delay_minutes == 0  # Write starts with Ana
    assert plan.task(2).duration_minutes == 4 * DAY
    # the plan's own option, headless: leveling again gives the same plan
    assert main(["level", str(path)]) == 0
    again = read_plan(path)
    assert again.tasks == plan.tasks
    assert again.assignments == plan.assignments
    # Clear Leveling takes the assignment's delay out and Write shrinks back
    assert main(["level", str(path), "--clear"]) == 0
    cleared = read_plan(path)
    assert cleared.assignment(3).leveling_delay_minutes == 0
    assert cleared.task(2).duration_minutes == 2 * DAY


def test_s30lv_no_adjust_assignments_delays_the_whole_task(tmp_path, capsys) -> None:
    path = _file(tmp_path)
    assert main(["level", str(path), "--basis", "minute", "--adjust-assignments"]) == 0
    assert main(["level", str(path), "--no-adjust-assignments"]) == 0
    plan = read_plan(path)
    assert not plan.project.leveling.adjust_assignments
    assert plan.task(2).leveling_delay_minutes == 2 * DAY
    assert plan.task(2).duration_minutes == 2 * DAY
    assert all(a.leveling_delay_minutes == 0 for a in plan.assignments)


def test_s30lv_the_two_options_together_are_bad_usage(tmp_path, capsys) -> None:
    path = _file(tmp_path)
    try:
        code = main(["level", str(path), "--adjust-assignments", "--no-adjust-assignments"])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    assert read_plan(path) == _plan() or read_plan(path).tasks == _plan().tasks
