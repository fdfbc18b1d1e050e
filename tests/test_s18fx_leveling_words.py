"""Leveling's sentence counts in words ('Delayed 1 task … longest delay 6 days'), not
'task(s)' and 'day(s)'; it shows in the status bar, the Team view and `gantry level`."""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling_result import LevelingMove, LevelingResult, cleared_text
from app.domain.plural_words import counted

MON = datetime(2027, 3, 1, 8, 0)


def _move(uid: int, days: float, **kw) -> LevelingMove:
    return LevelingMove(uid, f"T{uid}", int(days * 480), MON, MON, **kw)


def test_s18fx_one_task_one_day_and_many():
    one = LevelingResult({1: 6 * 480}, (_move(1, 6),)).summary()
    assert one == "Delayed 1 task: 'T1'; longest delay 6 working days."
    two = LevelingResult({}, (_move(1, 1), _move(2, 0.5))).summary()
    assert two == "Delayed 2 tasks: 'T1', 'T2'; longest delay 1 working day."
    half = LevelingResult({}, (_move(1, 0.5),)).summary()
    assert half.endswith("longest delay 0.5 working days.")


def test_s18fx_a_started_task_paused_and_splits_and_cleared():
    paused = LevelingResult({}, (_move(1, 2, resumes=True),)).summary()
    assert paused.startswith("Delayed 1 task (1 started, split: its work left resumes later)")
    both = LevelingResult({}, (_move(1, 2, resumes=True), _move(2, 3, resumes=True)))
    assert "(2 started, split: their work left resumes later)" in both.summary()
    split = LevelingResult({}, (_move(3, 1, split=True),)).summary()
    assert split == "Split 1 task around a clash: 'T3'."
    assert cleared_text({1: 480, 2: 480}, {}) == "Earlier leveling delays of 2 tasks cleared. "
    assert cleared_text({1: 480}, {}) == "Earlier leveling delays of 1 task cleared. "


def test_s18fx_counted():
    assert counted(0, "task") == "0 tasks"
    assert counted(1, "task") == "1 task"
    assert counted(1.0, "day") == "1 day"
    assert counted(2.25, "day") == "2.25 days"
    assert counted(3, "person", "people") == "3 people"
