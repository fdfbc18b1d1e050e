"""The MS Project XML readers that skip what they cannot read take XML integers only.

The split reader (an assignment's <TaskUID>) and the note on custom fields left out (a
<FieldID>) called int(), which takes '1_0' (10) and other scripts' digits ('\\uff11', 1):
a split was put on the task such a text only looked like, a field counted as a task's.
They now read through mspdi_values.xml_integer, so such a text is unreadable as any other.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.splits import Split
from app.domain.task import Task
from app.io.mspdi_left_out import LeftOut
from app.io.mspdi_splits import read_splits
from app.io.mspdi_values import Q, xml_integer
from app.io.mspdi_write import write_mspdi

DAY = 480


def _written(tmp_path: Path) -> tuple[Plan, Element]:
    plan = Plan(project=Project(name="Splits", start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Split", duration_minutes=5 * DAY, splits=(Split(2 * DAY, DAY),)))
    plan.append_task(Task(10, "Other", duration_minutes=5 * DAY))
    out = tmp_path / "split.xml"
    write_mspdi(plan, out)
    return plan, SafeET.parse(str(out)).getroot()


def _splits(plan: Plan, root: Element) -> dict[int, tuple[Split, ...]]:
    plain = [replace(t, splits=()) for t in plan.tasks]
    found = read_splits(root, plain, plan.calendars, plan.project.calendar_uid)
    return {t.uid: t.splits for t in found}


def test_a_split_is_read_on_the_task_its_ascii_uid_names(tmp_path):
    plan, root = _written(tmp_path)
    for a in root.iter(Q + "Assignment"):
        a.find(Q + "TaskUID").text = " +1\n"  # type: ignore[union-attr]
    assert _splits(plan, root) == {1: (Split(2 * DAY, DAY),), 10: ()}


@pytest.mark.parametrize("text", ["\uff11", "1_0", "1.0", "\u0967"])
def test_a_split_row_whose_task_uid_is_no_xml_integer_is_skipped(tmp_path, text):
    plan, root = _written(tmp_path)
    for a in root.iter(Q + "Assignment"):
        a.find(Q + "TaskUID").text = text  # type: ignore[union-attr]
    assert _splits(plan, root) == {1: (), 10: ()}


def _kind_of(fid: str) -> tuple[str, str]:
    left = LeftOut()
    left.define(fid, Element(Q + "ExtendedAttribute"))
    return left.unkept[fid].kind


def test_a_field_id_in_other_digits_is_no_tasks_field():
    task_text = str(188743731)  # a task field's FieldID (0xB40 << 16 | n)
    assert _kind_of(task_text) == ("", "task")
    assert _kind_of(" " + task_text) == ("", "task")
    wide = task_text.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    assert _kind_of(wide) == ("", "other")
    assert _kind_of("188_743_731") == ("", "other")


def test_xml_integer_takes_ascii_integers_only():
    assert xml_integer(" -12\n") == -12
    assert xml_integer("+7") == 7
    for text in ("", "1_0", "\uff11", "1.0", "1e3", "1 0"):
        with pytest.raises(ValueError, match="not an XML integer"):
            xml_integer(text)
