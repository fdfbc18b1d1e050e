"""GanttProject ids are Java ints. A .gan whose task id is past any integer a file can hold
(99999999999999999999999) was read, and saving the plan as .gantry then failed with
'internal error (OverflowError)'; an id of '1_0' read as 10 (Python's int() takes the
underscore). Both are refused naming the element, as a negative id is."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan


def _gan(tmp_path: Path, first_id: str) -> Path:
    plan = Plan(Project(name="Ids", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(0, [Task(1, "One", 1, duration_minutes=480), Task(2, "Two", 1)])
    path = tmp_path / "ids.gan"
    write_plan(plan, path)
    text = path.read_text(encoding="utf-8")
    text, n = re.subn(r'<task id="0"', f'<task id="{first_id}"', text, count=1)
    assert n == 1
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", ["99999999999999999999999", "2147483647", "1_0", "\uff11"])
def test_an_id_no_java_int_holds_is_refused_naming_it(tmp_path, bad):
    path = _gan(tmp_path, bad)
    with pytest.raises(FileFormatError, match=r"<task id=.*has id="):
        read_plan(path)


def test_the_largest_id_still_reads_and_saves(tmp_path):
    plan = read_plan(_gan(tmp_path, "2147483646"))
    assert plan.tasks[0].uid == 2147483647
    write_plan(plan, tmp_path / "ids.gantry")
    assert read_plan(tmp_path / "ids.gantry").tasks[0].uid == 2147483647
