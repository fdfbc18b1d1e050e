"""MS Project files whose Duration, Actual Duration and % Complete agree are read as they are:
the tracking rules Gantry applies to typed edits (app/domain/tracking_edits.py) never rewrite
a file's tracking, and the work done Gantry derives is the file's ActualDuration."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.scheduler import schedule
from app.domain.tracking_edits import actual_duration
from app.formats import read_plan

FILES = (
    "mpp/Software-Development.xml",
    "mspdi/mspdiresource.xml",
    "mspdi/assignment-assignments-project2019-mspdi.xml",
)
_TASK = re.compile(r"<Task>(.*?)</Task>", re.S)


def _minutes(text: str) -> int:
    found = re.fullmatch(r"PT(\d+)H(\d+)M(\d+)S", text)
    assert found, text
    h, m, s = (int(x) for x in found.groups())
    return h * 60 + m + round(s / 60)


def _tracked(path: Path) -> dict[int, tuple[int, float, int]]:
    """Leaf tasks with progress: uid -> (Duration, PercentComplete, ActualDuration) as written."""
    found = {}
    for body in _TASK.findall(path.read_text(encoding="utf-8")):
        fields = dict(re.findall(r"<(\w+)>([^<]*)</\1>", body))
        if fields.get("Summary") == "1" or fields.get("PercentComplete", "0") == "0":
            continue
        if "ActualDuration" in fields:
            found[int(fields["UID"])] = (
                _minutes(fields["Duration"]),
                float(fields["PercentComplete"]),
                _minutes(fields["ActualDuration"]),
            )
    return found


@pytest.mark.parametrize("name", FILES)
def test_tracking_read_from_ms_project_is_kept_and_agrees(shared_data, name):
    path = shared_data / name
    written = _tracked(path)
    assert written, "the file holds tasks under way"
    plan = read_plan(path)
    times = schedule(plan)
    for uid, (duration, percent, done) in written.items():
        task = plan.task(uid)
        assert (task.duration_minutes, task.percent_complete) == (duration, percent)
        # MS Project rounds % complete to whole percents: within one percent of the duration
        assert abs(actual_duration(task) - done) <= duration / 100 + 1
        assert times[uid].duration_minutes == duration
