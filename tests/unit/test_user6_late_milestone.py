"""A late milestone reads as one in the status report's late tasks.

The demo's "Design approved" milestone, due the 16th and not reached, read
"not started; was due to finish 2027-02-16" in Late tasks, beside "LATE: not
reached" for the same milestone in the Milestones table above it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.status_lines import TaskLine
from app.report.status_tables import late_issue

DUE = datetime(2027, 2, 16, 17, 0)


def _line(**kw) -> TaskLine:
    values = {
        "uid": 18,
        "row": 18,
        "name": "Design approved",
        "start": DUE,
        "finish": DUE,
        "percent_complete": 0.0,
        "expected_percent": 100.0,
        "critical": True,
        "started": False,
        "finish_variance_minutes": 0,
    }
    values.update(kw)
    return TaskLine(**values)


def test_a_milestone_not_reached_says_so():
    assert late_issue(None, _line()) == "not reached; was due 2027-02-16"


def test_tasks_keep_their_wording():
    task = _line(start=datetime(2027, 2, 15, 8, 0), name="Design review")
    assert late_issue(None, task) == "not started; was due to finish 2027-02-16"
    assert late_issue(None, replace(task, started=True, percent_complete=50.0)) == (
        "50% done; was due to finish 2027-02-16"
    )
