"""MS Project XML keeps "Leveling can create splits in remaining work" through its per-task
<LevelingCanSplit>: written on every task from the plan's option, read back as off when
every task says 0 (on the fast path and the checked one alike)."""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import parse

import pytest

from app import formats
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import Q
from app.io.mspdi_write import write_mspdi


def _plan(options: LevelingOptions, manual_second: bool = False) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8), leveling=options))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    plan.append_task(
        Task(2, "Build", duration_minutes=960, manual=manual_second, start=datetime(2026, 3, 3, 8))
    )
    plan.append_task(Task(3, "Test", duration_minutes=240))
    return plan


def _task_rows(path):
    return [t for t in parse(path).getroot().iter(Q + "Task") if t.findtext(Q + "UID") != "0"]


def _tags(task):
    return [child.tag.removeprefix(Q) for child in task]


@pytest.mark.parametrize("split", [True, False])
def test_every_task_carries_the_plans_choice_before_its_leveling_delay(tmp_path, split):
    path = tmp_path / "plan.xml"
    write_mspdi(_plan(LevelingOptions(split_remaining=split)), path)
    rows = _task_rows(path)
    assert len(rows) == 3
    for row in rows:
        assert row.findtext(Q + "LevelingCanSplit") == ("1" if split else "0")
        tags = _tags(row)
        assert tags.index("LevelingCanSplit") + 1 == tags.index("LevelingDelay")
        assert tags.index("Deadline" if "Deadline" in tags else "CalendarUID") < tags.index(
            "LevelingCanSplit"
        )


@pytest.mark.parametrize("manual_second", [False, True], ids=["fast", "checked"])
@pytest.mark.parametrize("split", [True, False])
def test_the_choice_reads_back(tmp_path, split, manual_second):
    path = tmp_path / "plan.xml"
    write_mspdi(_plan(LevelingOptions(split_remaining=split), manual_second), path)
    plan = read_mspdi(path)
    assert plan.project.leveling.split_remaining is split
    assert len(plan.tasks) == 3


def _set_one(path, uid: str, text: str | None):
    """The file with task ``uid``'s <LevelingCanSplit> set to ``text`` (None: removed)."""
    tree = parse(path)
    for row in tree.getroot().iter(Q + "Task"):
        if row.findtext(Q + "UID") == uid:
            elem = row.find(Q + "LevelingCanSplit")
            if text is None:
                row.remove(elem)
            else:
                elem.text = text
    tree.write(path, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("manual_second", [False, True], ids=["fast", "checked"])
@pytest.mark.parametrize("text", ["1", "true", None], ids=["1", "true", "absent"])
def test_one_task_that_may_split_keeps_the_option_on(tmp_path, manual_second, text):
    path = tmp_path / "plan.xml"
    write_mspdi(_plan(LevelingOptions(split_remaining=False), manual_second), path)
    _set_one(path, "2", text)  # the manual task on the checked path
    assert read_mspdi(path).project.leveling.split_remaining is True


def test_false_spelled_out_reads_as_zero(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(_plan(LevelingOptions(split_remaining=False)), path)
    _set_one(path, "2", "false")
    assert read_mspdi(path).project.leveling.split_remaining is False


def test_xml_no_longer_says_it_loses_the_split_choice():
    plan = _plan(LevelingOptions(split_remaining=False))
    assert [line for line in formats.not_kept(plan, ".xml") if "Leveling" in line] == []
    (said,) = [line for line in formats.not_kept(plan, ".gan") if "Leveling" in line]
    assert "no splits in remaining work" in said


def test_xml_still_says_it_loses_the_order_only():
    plan = _plan(LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False))
    (said,) = [line for line in formats.not_kept(plan, ".xml") if "Leveling" in line]
    assert "the order ID Only is not saved" in said
    assert "split" not in said.split("(")[0]
