"""The .xml note about leveling's pauses names only the tasks a read back cannot tell.

MS Project XML keeps a split as work pausing, with no mark of who made it; the dates before
leveling (<PreLeveledStart>/<PreLeveledFinish>) mark leveling's pauses again on reading
(app.domain.leveling_marks, one rule for the reader and the note). Where they cannot tell
(a user's pause and leveling's of the same length, an elapsed task, a started one) the save
says so, and the round trip leaves those pauses the user's, as it says.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app import formats
from app.domain.leveling import without_leveling
from app.domain.leveling_marks import marks_read_back
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.splits import Split
from app.domain.task import Task

DAY = 480
MON = datetime(2027, 1, 4, 8, 0)
_EVEN = (Split(240, DAY), Split(2 * DAY, DAY, leveling=True))  # the user's and leveling's
_TOLD = (Split(240, DAY), Split(2 * DAY, 2 * DAY, leveling=True))  # lengths differ


def _plan(*tasks: Task) -> Plan:
    plan = Plan(project=Project(name="Marks", start=MON))
    for task in tasks:
        plan.append_task(task)
    return plan


def _note(plan: Plan) -> list[str]:
    return [n for n in formats.not_kept(plan, ".xml") if "pauses leveling made" in n]


def _round_trip(plan: Plan, tmp_path) -> Plan:
    path = tmp_path / "marks.xml"
    formats.write_plan(plan, path)
    return formats.read_plan(path)


def test_s18n_pauses_of_equal_length_are_named_and_read_back_as_the_users(tmp_path):
    plan = _plan(
        Task(1, "Even", 1, duration_minutes=3 * DAY, splits=_EVEN),
        Task(2, "Told", 1, duration_minutes=3 * DAY, splits=_TOLD),
    )
    assert _note(plan) == [
        ".xml keeps the pauses leveling made in 'Even' as ordinary splits (read back, "
        "Clear Leveling leaves them)"
    ]
    back = _round_trip(plan, tmp_path)
    assert back.task(1).splits == (Split(240, DAY), Split(2 * DAY, DAY))  # as the note says
    assert back.task(2).splits == _TOLD  # the one not named keeps its mark
    cleared = without_leveling(back)
    assert cleared.task(1).splits == back.task(1).splits  # Clear Leveling leaves them
    assert cleared.task(2).splits == (Split(240, DAY),)


def test_s18n_no_note_when_every_pause_reads_back_marked(tmp_path):
    plan = _plan(
        Task(1, "Told", 1, duration_minutes=3 * DAY, splits=_TOLD),
        Task(2, "Only", 1, duration_minutes=2 * DAY, splits=(Split(240, DAY, leveling=True),)),
        Task(3, "Mine", 1, duration_minutes=2 * DAY, splits=(Split(240, DAY),)),
    )
    assert _note(plan) == []
    back = _round_trip(plan, tmp_path)
    assert [t.splits for t in back.tasks] == [t.splits for t in plan.tasks]


def test_s18n_elapsed_and_started_tasks_are_counted(tmp_path):
    even = Task(1, "Even", 1, duration_minutes=3 * DAY, splits=_EVEN)
    elapsed = Task(
        2,
        "Cure",
        1,
        duration_minutes=3 * 1440,
        elapsed=True,
        splits=(Split(1440, 1440, leveling=True),),
    )
    started = replace(
        Task(3, "Begun", 1, duration_minutes=3 * DAY, splits=(Split(240, DAY, leveling=True),)),
        actual_start=MON,
        percent_complete=50,
    )
    assert [marks_read_back(t) for t in (even, elapsed, started)] == [False, False, False]
    told = Task(4, "Told", 1, duration_minutes=3 * DAY, splits=_TOLD)
    assert marks_read_back(told)
    assert _note(_plan(even, elapsed, started, told)) == [
        ".xml keeps the pauses leveling made in 3 tasks as ordinary splits (read back, "
        "Clear Leveling leaves them)"
    ]
    back = _round_trip(_plan(elapsed), tmp_path)
    assert back.task(2).splits == (Split(1440, 1440),)  # the elapsed task's pause: unmarked


def test_s18n_other_formats_say_nothing_of_pauses():
    plan = _plan(Task(1, "Even", 1, duration_minutes=3 * DAY, splits=_EVEN))
    assert not [n for n in formats.not_kept(plan, ".gantry") if "pauses" in n]
