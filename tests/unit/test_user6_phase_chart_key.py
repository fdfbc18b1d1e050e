"""The status report's phase picture lists in its key only what it draws.

The report of a plan with no baseline, printed a year after its finish, had
"Baseline" and "Status date" in the key under a picture with neither.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.status_lines import PhaseLine
from app.report.status_chart import key_labels

JAN = datetime(2027, 1, 4, 8, 0)
MAR = datetime(2027, 3, 1, 17, 0)


def _row(baseline: bool) -> PhaseLine:
    return PhaseLine(
        uid=1,
        name="Phase",
        level=1,
        start=JAN,
        finish=MAR,
        baseline_start=JAN if baseline else None,
        baseline_finish=MAR if baseline else None,
        percent_complete=10.0,
        summary=False,
        milestone=False,
        critical=False,
    )


def test_the_key_leaves_out_the_baseline_and_status_date_when_not_drawn():
    assert key_labels([_row(False)], datetime(2028, 1, 1)) == ["Task", "Critical", "Progress"]
    assert key_labels([_row(True), _row(False)], datetime(2027, 2, 1)) == [
        "Task",
        "Critical",
        "Progress",
        "Baseline",
        "Status date",
    ]
