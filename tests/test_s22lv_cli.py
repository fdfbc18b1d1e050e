"""gantry level --from/--to, --tasks and --clear: MS Project's Level from … To …, Level
Selection and Clear Leveling without the window; bad input is one line and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.domain.leveling_options import LevelingOptions
from app.store.document import GantryFile, read_plan
from tests.test_s22lv_scope import DAY, _plan


@pytest.fixture
def two_weeks(tmp_path):
    """Week 1: T1 and T2 clash on Ana; week 2: T3 and T4 clash on Ana."""
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, _plan((1, 5, 1, 0), (2, 2, 1, 2), (3, 2, 1, 7), (4, 2, 1, 7))).close()
    return path


def _delays(path) -> dict[int, int]:
    return {t.uid: t.leveling_delay_minutes for t in read_plan(path).tasks}


def test_s22lv_level_a_range_moves_only_its_tasks_and_keeps_the_range(two_weeks, capsys):
    assert main(["level", str(two_weeks), "--from", "2026-01-12", "--to", "2026-01-16"]) == 0
    said = capsys.readouterr().out
    assert "; from 2026-01-12 to 2026-01-16." in said
    assert _delays(two_weeks) == {1: 0, 2: 0, 3: 0, 4: 2 * DAY}
    kept = read_plan(two_weeks).project.leveling
    assert (kept.level_from, kept.level_to) == (date(2026, 1, 12), date(2026, 1, 16))
    # The plan's own range serves the next run; --entire-project forgets it.
    assert main(["level", str(two_weeks), "--entire-project"]) == 0
    assert read_plan(two_weeks).project.leveling == LevelingOptions()
    assert _delays(two_weeks)[2] > 0


def test_s22lv_level_tasks_then_clear_tasks(two_weeks, capsys):
    assert main(["level", str(two_weeks)]) == 0
    whole = _delays(two_weeks)
    assert main(["level", str(two_weeks), "--clear", "--tasks", "2"]) == 0
    assert "Leveling of 1 task of --tasks cleared." in capsys.readouterr().out
    assert _delays(two_weeks) == whole | {2: 0}
    assert main(["level", str(two_weeks), "--tasks", "2"]) == 0
    assert "; only --tasks (1 task)." in capsys.readouterr().out
    assert _delays(two_weeks) == whole
    assert main(["level", str(two_weeks), "--clear"]) == 0
    assert set(_delays(two_weeks).values()) == {0}
    assert main(["level", str(two_weeks), "--clear"]) == 0
    assert "No leveling delays to clear." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2026-01-16", "--to", "2026-01-12"], 2, "ends (2026-01-12) before it starts"),
        (["--from", "2026-02-30", "--to", "2026-03-02"], 2, "'2026-02-30' is not a date"),
        (["--from", "2026-01-12"], 2, "needs both its dates"),
        (["--tasks", "1,9"], 1, "plan.gantry: no task with UID 9"),
        (["--tasks", "1,x"], 2, "'x' is not a task UID"),
        (["--clear", "--tasks", "9"], 1, "no task with UID 9"),
        (["--clear", "--from", "2026-01-12", "--to", "2026-01-16"], 2, "--from, --to is for"),
    ],
)
def test_s22lv_bad_input_is_one_line_and_changes_nothing(two_weeks, capsys, args, code, message):
    before = two_weeks.read_bytes()
    assert main(["level", str(two_weeks), *args]) == code
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert two_weeks.read_bytes() == before
