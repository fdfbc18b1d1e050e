"""A plan's baselines taken through GanttProject (.gan) came back one slot down: the file
names each <previous-tasks> 'Baseline 2' and so on, but the read numbered them by their
order, so a plan with Baseline 1 and 2 came back with 'Baseline 1' in Baseline's slot and a
PM comparing against Baseline 1 read Baseline 2's dates (reviewer s31rv #7)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan

DAY = 480


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", 1, duration_minutes=2 * DAY))
    for index, day in ((1, 5), (2, 12)):
        start = datetime(2026, 1, day, 8, 0)
        entry = BaselineEntry(1, start, datetime(2026, 1, day + 1, 17, 0), duration_minutes=2 * DAY)
        plan.baselines[index] = Baseline(index, None, (entry,))
    return plan


def test_numbered_baselines_come_back_in_their_slots(tmp_path: Path) -> None:
    path = tmp_path / "plan.gan"
    write_plan(_plan(), path)

    back = read_plan(path)

    assert sorted(back.baselines) == [1, 2]
    for index, day in ((1, 5), (2, 12)):
        baseline = back.baselines[index]
        assert baseline.label() == f"Baseline {index}"
        entry = baseline.entry(1)
        assert entry is not None
        assert entry.start is not None
        assert entry.start.day == day


def test_ganttprojects_own_names_fill_the_free_slots_in_order(tmp_path: Path) -> None:
    path = tmp_path / "plan.gan"
    write_plan(_plan(), path)
    text = path.read_text("utf-8")
    assert 'name="Baseline 1"' in text
    assert 'name="Baseline 2"' in text
    path.write_text(text.replace('name="Baseline 1"', 'name="baseline A"'), "utf-8")

    back = read_plan(path)

    assert sorted(back.baselines) == [0, 2]  # "baseline A" takes the first free number
    assert back.baselines[0].label() == "baseline A"
    assert back.baselines[2].label() == "Baseline 2"
