"""gantry report's phase picture names in its key what it draws: the demo's phases (level 1,
all summaries) drew black bars under a key of 'Task, Critical, Progress' and no 'Summary'."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.status_lines import PhaseLine
from app.report.status_chart import key_labels

JAN = datetime(2027, 1, 4, 8, 0)
MAR = datetime(2027, 3, 1, 17, 0)
LATER = datetime(2030, 1, 1)  # a status date outside the picture: no status line
PHASE = PhaseLine(1, "Phase", 1, JAN, MAR, None, None, 0.0, True, False, False)


def test_summaries_only_give_the_summary_entry_and_no_task_colours():
    assert key_labels([PHASE, replace(PHASE, uid=2)], LATER) == ["Summary"]


def test_a_task_bar_and_a_milestone_each_add_their_entries():
    task = replace(PHASE, uid=2, summary=False)
    milestone = replace(PHASE, uid=3, summary=False, milestone=True, finish=JAN)
    assert key_labels([PHASE, task, milestone], LATER) == [
        "Task",
        "Critical",
        "Progress",
        "Summary",
        "Milestone",
    ]
    assert key_labels([milestone], LATER) == ["Milestone"]


def test_the_baseline_and_status_line_follow_as_before():
    based = replace(PHASE, baseline_start=JAN, baseline_finish=MAR)
    assert key_labels([based], datetime(2027, 2, 1)) == ["Summary", "Baseline", "Status date"]
