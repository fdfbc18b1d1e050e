"""Task-table columns printed left of the chart: titles, widths and cell text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.notation import format_duration, format_span
from app.domain.plan import Plan
from app.domain.schedule import Schedule


@dataclass(frozen=True, slots=True)
class Column:
    """A printable column: stable key, title and width in points."""

    key: str
    title: str
    width: float


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("wbs", "WBS", 34),
        Column("name", "Task name", 170),
        Column("duration", "Duration", 48),
        Column("start", "Start", 62),
        Column("finish", "Finish", 62),
        Column("resources", "Resources", 100),
        Column("percent", "% Done", 40),
        Column("slack", "Total slack", 52),
    )
}

DEFAULT_COLUMNS: tuple[str, ...] = ("wbs", "name", "duration", "start", "finish")


def format_date(moment: datetime | None) -> str:
    """A date as printed in tables and headers."""
    return "" if moment is None else moment.strftime("%Y-%m-%d")


def columns_for(keys: tuple[str, ...]) -> tuple[Column, ...]:
    """Column definitions for keys (unknown keys are an error the caller shows)."""
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown:
        raise KeyError(f"unknown column '{unknown[0]}' (known: {', '.join(COLUMNS)})")
    return tuple(COLUMNS[k] for k in keys)


class CellText:
    """Text of a task's cells, sharing the lookups a whole table needs."""

    def __init__(self, plan: Plan, schedule: Schedule, resources: dict[int, str]) -> None:
        self.plan = plan
        self.schedule = schedule
        self.resources = resources
        self._wbs = dict(zip((t.uid for t in plan.tasks), plan.wbs_codes(), strict=True))
        self._tasks = {t.uid: t for t in plan.tasks}
        self._getters: dict[str, Callable[[int], str]] = {
            "wbs": lambda uid: self._wbs.get(uid, ""),
            "name": self._name,
            "duration": self._duration,
            "start": lambda uid: format_date(self._times(uid, "start")),
            "finish": lambda uid: format_date(self._times(uid, "finish")),
            "resources": lambda uid: self.resources.get(uid, ""),
            "percent": self._percent,
            "slack": self._slack,
        }

    def _times(self, uid: int, attr: str) -> datetime | None:
        t = self.schedule.get(uid)
        return None if t is None else getattr(t, attr)

    def _percent(self, uid: int) -> str:
        """A task's own % complete; a summary's rolled up from its subtasks, as the sheet shows."""
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            return f"{times.percent_complete:g}%"
        return f"{self._tasks[uid].percent_complete:g}%"

    def _name(self, uid: int) -> str:
        t = self._tasks[uid]
        return "   " * (t.outline_level - 1) + t.name

    def _duration(self, uid: int) -> str:
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            return format_span(times.duration_minutes, self.plan.project)
        task = self._tasks[uid]
        minutes = times.duration_minutes if times else task.duration_minutes
        # as the sheet shows it: in the task's unit, elapsed and estimated marked
        return format_duration(
            minutes, self.plan.project, task.elapsed, task.estimated, task.duration_unit
        )

    def _slack(self, uid: int) -> str:
        times = self.schedule.get(uid)
        return "" if times is None else format_span(times.total_slack_minutes, self.plan.project)

    def text(self, uid: int, key: str) -> str:
        """The cell of task ``uid`` in column ``key``."""
        return self._getters[key](uid)
