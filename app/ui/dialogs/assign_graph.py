"""Graphs (Assign Resources): the highlighted person's work per day around the selected tasks.

As MS Project's Graphs button beside Assign Resources opens a Resource Graph: the person's
work per day (hours) from a week before the selected tasks to a week after them, their
max units as a line (max units times their working hours that day, so a weekend holds
none) and the work above it red; the part of that an assignment's Overtime Work accounts
for is hatched instead, with its legend line, as the Resource Graph shows overtime apart;
the heading counts those days apart too ("3 days with overtime (hatched)"), and they are not
counted over-allocated (nor is it in the Team view's chart and the
over-allocation list). The days come from the domain's
:func:`~app.domain.workload.workload` (what the Team view's chart and the
over-allocation list read), drawn by the Team view's :class:`WorkloadChart`; the selected
tasks' span is shaded. A material or a cost item has no working time to graph: a line
says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs nor py.typed
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.domain.plural_words import counted
from app.domain.resource import ResourceType
from app.domain.workload import workload, workload_by_task
from app.report.locale_dates import local_date
from app.ui.dialogs.assign_units import units_text
from app.ui.document import Document
from app.ui.local_axes import stamp
from app.ui.team.workload_chart import WorkloadChart
from app.ui.team.workload_data import overtime_minutes

MARGIN_DAYS = 7  # shown on each side of the selected tasks, as MS Project's graph scrolls to them
_SPAN_BRUSH = pg.mkBrush(70, 130, 220, 40)


@dataclass(frozen=True, slots=True)
class PersonDays:
    """One person's days on the graph: work, capacity and the part of the work scheduled as
    overtime, in minutes per day."""

    first_day: date
    work: np.ndarray
    capacity: np.ndarray
    overtime: np.ndarray

    @property
    def days(self) -> list[date]:
        """The dates of the bars."""
        return [self.first_day + timedelta(days=k) for k in range(len(self.work))]

    def over_days(self) -> list[date]:
        """The days with more work than the person's max units and overtime hold (drawn red)."""
        rows = zip(self.days, self.work, self.capacity, self.overtime, strict=True)
        return [d for d, w, c, extra in rows if w > c + extra + 0.5]

    def overtime_days(self) -> list[date]:
        """The days with work above the max units line that overtime accounts for (drawn
        hatched)."""
        rows = zip(self.days, self.work, self.capacity, self.overtime, strict=True)
        return [d for d, w, c, extra in rows if min(w - c, extra) > 0.6]  # the chart's 0.01 h


def selected_span(document: Document, task_uids: list[int]) -> tuple[date, date] | None:
    """The first and last day of the selected tasks as scheduled (None: none scheduled)."""
    times = [t for t in (document.schedule.get(uid) for uid in task_uids) if t is not None]
    if not times:
        return None
    return min(t.start for t in times).date(), max(t.finish for t in times).date()


def person_days(document: Document, resource_uid: int, first: date, last: date) -> PersonDays:
    """A work resource's work, capacity and overtime per day from ``first`` to ``last``."""
    plan, sched = document.plan, document.schedule
    load = workload(plan, sched, [resource_uid], first, last)
    n = len(load.work[0])
    per_task = workload_by_task(plan, sched, resource_uid, first, n)
    extra = overtime_minutes(plan, resource_uid, per_task, n)
    return PersonDays(first, load.work[0], load.capacity[0], extra)


class AssignGraph(QDialog):
    """The graph beside Assign Resources; :meth:`show_person` fills it."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resource Graph")
        self.document = document
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.chart = WorkloadChart()
        self.span = pg.LinearRegionItem(movable=False, brush=_SPAN_BRUSH, pen=pg.mkPen(None))
        self.span.setZValue(-10)  # behind the bars
        self.chart.plot.addItem(self.span)
        self.shown: PersonDays | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart, 1)
        self.resize(560, 340)

    def show_person(self, resource_uid: int | None, task_uids: list[int]) -> None:
        """Graph ``resource_uid`` around ``task_uids`` (the whole plan when none is scheduled)."""
        plan = self.document.plan
        res = plan.resource(resource_uid) if resource_uid is not None else None
        self.shown = None
        if res is None or res.type is not ResourceType.WORK:
            kind = (
                ""
                if res is None
                else ("a material" if res.type is ResourceType.MATERIAL else "a cost item")
            )
            self.heading.setText(
                "Highlight a person in Assign Resources to see their work."
                if res is None
                else f"{res.name} is {kind}: it has no working time to graph."
            )
            self.chart.set_data([], 1, [], np.zeros(0))
            self.span.setVisible(False)
            return
        sched = self.document.schedule
        span = selected_span(self.document, task_uids)
        first, last = span or (sched.start.date(), sched.finish.date())
        margin = timedelta(days=MARGIN_DAYS)
        days = person_days(self.document, res.uid, first - margin, last + margin)
        self.shown = days
        self.chart.set_data(
            days.days,
            1,
            [("work", days.work / 60.0)],
            days.capacity / 60.0,
            overtime_hours=days.overtime / 60.0,  # hatched, with its legend line
        )
        self.span.setVisible(span is not None)
        self.span.setRegion((stamp(first), stamp(last + timedelta(days=1))))
        over = len(days.over_days())
        where = f"{local_date(first)} to {local_date(last)}" if span else "the whole plan"
        said = f"; over-allocated on {counted(over, 'day')} (red)" if over else ""
        extra = len(days.overtime_days())
        said += f"; {counted(extra, 'day')} with overtime (hatched)" if extra else ""
        self.heading.setText(
            f"{res.name}: work per day around {where}, "
            f"max units {units_text(res, res.max_units)}{said}"
        )
