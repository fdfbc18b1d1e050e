"""Task-table columns printed left of the chart: titles, widths and cell text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from app.domain.baseline import BaselineEntry
from app.domain.baseline_fields import NOT_AVAILABLE as NOT_AVAILABLE  # re-exported
from app.domain.baseline_fields import BaselineFieldValues
from app.domain.constraint_names import CONSTRAINT_NAMES as CONSTRAINT_NAMES  # re-exported
from app.domain.cost_accrual import accrual_name
from app.domain.cost_tracking import TRACKING_KEYS, Kind, TrackingFigures, tracking_text
from app.domain.costs import CostReport, compute_costs
from app.domain.custom_fields import (
    CustomValue,
    FieldKind,
    field_title,
    is_field_name,
    kind_of,
    value_of,
)
from app.domain.custom_values import format_value
from app.domain.earned_value_table import EARNED_KEYS, EarnedValueFigures
from app.domain.estimates import has_estimated_subtask
from app.domain.inactive_slack import shows_slack
from app.domain.leveling_fields import Dates, dates_before_leveling
from app.domain.link import Link
from app.domain.notation import (
    format_column_span,
    format_duration,
    format_link,
    format_summary_duration,
    format_work,
    join_predecessors,
)
from app.domain.overtime_work import task_overtime
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.project import Project, measured_at
from app.domain.remaining_duration import remaining_text  # the sheet's and printout's column
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks
from app.domain.status_report import finish_variance
from app.domain.summary_actuals import shown_actuals
from app.domain.summary_actuals import summary_actuals as summary_actuals  # re-exported
from app.domain.task import ConstraintType, TaskType
from app.domain.wbs_shown import shown_wbs_codes
from app.domain.workload import DayCalendar
from app.report import baseline_columns
from app.report.column_table import COLUMNS as COLUMNS  # re-exported
from app.report.column_table import ICON_KEYS as ICON_KEYS  # re-exported
from app.report.column_table import NUMERIC_KEYS as NUMERIC_KEYS  # re-exported
from app.report.column_table import YES_NO as YES_NO  # re-exported
from app.report.column_table import Column as Column  # re-exported
from app.report.locale_dates import local_date, printed_date
from app.report.locale_numbers import (
    Marks,
    local_figure,
    local_link,
    local_money,
    local_units,
    locale_marks,
)

if TYPE_CHECKING:
    from app.report.indicators import Indicator, TaskIndicators


# CONSTRAINT_NAMES (the domain's, imported above): the sheet, Task Information, the
# printout, gantry diff and the Import review read MS Project's words for a constraint here.
_DATELESS = (ConstraintType.ASAP, ConstraintType.ALAP)
TASK_TYPE_NAMES: dict[TaskType, str] = {
    TaskType.FIXED_UNITS: "Fixed units",
    TaskType.FIXED_DURATION: "Fixed duration",
    TaskType.FIXED_WORK: "Fixed work",
}

DEFAULT_COLUMNS: tuple[str, ...] = ("wbs", "name", "duration", "start", "finish")


def format_date(moment: datetime | None) -> str:
    """A date as printed in tables and headers: the locale's short date (``04.01.2027`` in
    German), ``2027-01-04`` in the C locale (app.report.locale_dates.printed_date)."""
    return printed_date(moment)


def signed(value: float, text: str) -> str:
    """``text`` (a magnitude) with the sign of ``value``: "+" over the baseline, "-" under it,
    none on it, as the sheet's and the Variance view's variance columns write it."""
    if value > 0:
        return "+" + text
    if value < 0:
        return "-" + text
    return text


# Custom task fields print under their MS Project name as key ("Text1"), titled by alias.
_CUSTOM_WIDTHS = {
    FieldKind.TEXT: 80,
    FieldKind.NUMBER: 48,
    FieldKind.FLAG: 40,
    FieldKind.DATE: 62,
    FieldKind.COST: 60,
    FieldKind.DURATION: 48,
}
_CUSTOM_FIGURES = frozenset({FieldKind.NUMBER, FieldKind.COST, FieldKind.DURATION})
# Columns whose figure Gantry writes the C way (``1.5d``, ``+2.5d``, ``1,234.5h``) and the
# sheet shows in the reader's locale (``1,5d``; app/ui/models/task_cells._LOCAL_FIGURES):
# printed through local_figure as well. Money is written in the locale (CellText._money).
_LOCAL_FIGURES = frozenset(
    {"duration", "work", "remaining", "slack", "free_slack", "finish_variance", "leveling_delay"}
)
_LOCAL_FIGURES |= {"overtime_work", "regular_work"}


def column_for(key: str, project: Project | None = None) -> Column:
    """The column of ``key``: one of :data:`COLUMNS`, or a custom field ("Text1") titled by
    its alias in ``project``; KeyError for any other key."""
    found = COLUMNS.get(key)
    if found is not None:
        return found
    if not is_field_name(key):
        raise KeyError(f"unknown column '{key}' (known: {', '.join(COLUMNS)}, Text1..Text30...)")
    kind = kind_of(key)
    title = key if project is None else field_title(key, project.custom_fields)
    return Column(key, title, _CUSTOM_WIDTHS[kind], kind in _CUSTOM_FIGURES)


def columns_for(keys: tuple[str, ...], project: Project | None = None) -> tuple[Column, ...]:
    """Column definitions for keys (unknown keys are an error the caller shows); custom
    fields are titled by their alias in ``project``."""
    return tuple(column_for(k, project) for k in keys)


class CellText:
    """Text of a task's cells, sharing the lookups a whole table needs.

    ``costs``: the plan's cost report for this schedule (the window's Document has one);
    without it, Work and Cost variance compute one the first time they are asked. ``flat``:
    names are not indented, as the sheet lists them sorted without the outline structure.
    ``levels``: grouped (View > Group by), the level each task's row is drawn at under its
    group (group_rows.row_levels): names are indented by it, as the grouped sheet does.
    """

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        resources: dict[int, str],
        costs: CostReport | None = None,
        flat: bool = False,
        levels: Mapping[int, int] | None = None,
    ) -> None:
        self.plan = plan
        self.flat = flat
        self.levels = levels or None
        self.schedule = schedule
        self.resources = resources
        self._cost_report = costs
        self._wbs = dict(zip((t.uid for t in plan.tasks), shown_wbs_codes(plan), strict=True))
        self._tasks = {t.uid: t for t in plan.tasks}
        self._getters: dict[str, Callable[[int], str]] = {
            "id": lambda uid: str(plan.index_of(uid) + 1),
            "wbs": lambda uid: self._wbs.get(uid, ""),
            "name": self._name,
            "duration": self._duration,
            "start": lambda uid: format_date(self._times(uid, "start")),
            "finish": lambda uid: format_date(self._times(uid, "finish")),
            "predecessors": self._predecessors,
            "resources": self._people,
            "percent": self._percent,
            "cost": self._cost,
            "slack": self._slack,
            "free_slack": self._free_slack,
            "early_start": lambda uid: format_date(self._times(uid, "early_start")),
            "early_finish": lambda uid: format_date(self._times(uid, "early_finish")),
            "late_start": lambda uid: format_date(self._times(uid, "late_start")),
            "late_finish": lambda uid: format_date(self._times(uid, "late_finish")),
            "baseline_start": lambda uid: self._baseline(uid, "start"),
            "baseline_finish": lambda uid: self._baseline(uid, "finish"),
            "actual_start": lambda uid: self._actual(uid, "actual_start"),
            "actual_finish": lambda uid: self._actual(uid, "actual_finish"),
            "constraint": lambda uid: CONSTRAINT_NAMES[self._tasks[uid].constraint_type],
            "constraint_date": self._constraint_date,
            "deadline": lambda uid: format_date(self._tasks[uid].deadline),
            "successors": self._successors,
            "priority": lambda uid: str(self._tasks[uid].priority),
            "fixed_cost": lambda uid: self._money(self._tasks[uid].fixed_cost),
            "notes": lambda uid: (self._tasks[uid].notes.strip("\r\n").splitlines() or [""])[0],
            "type": self._type,
            "remaining": self._remaining,
            "work": self._work,
            "baseline_cost": self._baseline_cost,
            "cost_variance": self._cost_variance,
            "finish_variance": self._finish_variance,
            "indicators": lambda uid: "",  # icons: see marks()
            "hyperlink": lambda uid: self._link(uid, "shown"),
            "hyperlink_address": lambda uid: self._link(uid, "address"),
            "hyperlink_sub_address": lambda uid: self._link(uid, "sub_address"),
        }
        self._base: dict[int, BaselineEntry] | None = None  # baseline 0 by task, when asked
        self._numbers: Marks = locale_marks()  # the reader's separators, asked once a table
        self._links_out: dict[int, list[Link]] | None = None
        self._links_in: dict[int, list[Link]] | None = None
        self._summary_actuals: dict[int, tuple[datetime | None, datetime | None]] | None = None
        self._calendar: DayCalendar | None = None  # the project calendar, when a variance is asked
        self._indicators: TaskIndicators | None = None  # the Indicators column's, when asked
        self._tracking: TrackingFigures | None = None  # the tracking tables' figures, when asked
        self._getters.update({key: partial(self._tracking_text, key) for key in TRACKING_KEYS})
        self._earned: EarnedValueFigures | None = None  # the Earned Value tables', when asked
        self._getters.update({key: partial(self._earned_text, key) for key in EARNED_KEYS})
        self._getters["fixed_cost_accrual"] = lambda uid: accrual_name(
            self._tasks[uid].fixed_cost_accrual
        )
        self._getters["effort_driven"] = self._effort_driven
        self._getters["critical"] = self._critical
        self._getters["ev_method"] = lambda uid: (
            ""
            if plan.is_summary(uid)
            else (self._tasks[uid].ev_method or plan.project.ev_method).title
        )
        self._getters["leveling_delay"] = self._leveling_delay
        self._getters["overtime_work"] = partial(self._overtime, regular=False)
        self._getters["regular_work"] = partial(self._overtime, regular=True)
        self._getters["preleveled_start"] = partial(self._preleveled, 0)
        self._getters["preleveled_finish"] = partial(self._preleveled, 1)
        self._before_leveling: Dates | None = None  # the dates before leveling, when asked
        self._clocks: TaskClocks | None = None  # the calendars delays count on, when asked
        self._fields = BaselineFieldValues(plan)  # Baseline1..10's and interim plans' values
        for key in baseline_columns.PRINTED:
            self._getters[key] = partial(self._baseline_field, key)

    def _baseline_field(self, key: str, uid: int) -> str:
        """A Baseline1..10 or Start1..10/Finish1..10 cell, as the sheet writes it."""
        return baseline_columns.field_text(self._fields, key, uid, self._money, self._numbers)

    def _leveling_delay(self, uid: int) -> str:
        """The leveling delay in elapsed days (``14ed``), as the sheet shows it (blank on
        a summary, which is not delayed itself)."""
        from app.report.indicators import leveling_delay_text  # (it imports this module)

        if self.plan.is_summary(uid):
            return ""
        if self._tasks[uid].leveling_delay_minutes > 0 and self._clocks is None:
            self._clocks = TaskClocks(self.plan)
        return leveling_delay_text(self.plan, self.schedule, uid, self._clocks)

    def _preleveled(self, end: int, uid: int) -> str:
        """Preleveled Start (``end`` 0) or Finish (1); "NA" without one, as the sheet."""
        if self._before_leveling is None:
            self._before_leveling = dates_before_leveling(self.plan)
        found = self._before_leveling.get(uid)
        return NOT_AVAILABLE if found is None else format_date(found[end])

    def _people(self, uid: int) -> str:
        """The People cell, its units in the reader's decimal mark (``Ana[12,5%]`` in German)
        as the sheet shows them (:func:`local_units`)."""
        return local_units(self.resources.get(uid, ""), self._numbers)

    def _effort_driven(self, uid: int) -> str:
        """Yes or No; a summary's is No, as MS Project shows it."""
        times = self.schedule.get(uid)
        summary = times is not None and times.summary
        return YES_NO[self._tasks[uid].effort_driven and not summary]

    def _critical(self, uid: int) -> str:
        """Yes on the critical path, as the sheet's Critical column (a summary's as MS
        Project gives it)."""
        times = self.schedule.get(uid)
        return YES_NO[bool(times and times.critical)]

    def _link(self, uid: int, part: str) -> str:
        """A part of a task's hyperlink ("" without one), as the sheet's hyperlink cells."""
        link = self._tasks[uid].hyperlink
        return "" if link is None else str(getattr(link, part))

    def _times(self, uid: int, attr: str) -> datetime | None:
        t = self.schedule.get(uid)
        return None if t is None else getattr(t, attr)

    def _percent(self, uid: int) -> str:
        """A task's own % complete; a summary's rolled up from its subtasks, as the sheet shows
        it: a whole percent, as MS Project shows it (app.domain.percent_shown)."""
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            return f"{shown_percent(times.percent_complete)}%"
        return f"{shown_percent(self._tasks[uid].percent_complete)}%"

    def _name(self, uid: int) -> str:
        t = self._tasks[uid]
        if self.levels is not None:
            return "   " * (self.levels.get(uid, 1) - 1) + t.name
        return t.name if self.flat else "   " * (t.outline_level - 1) + t.name

    def _duration(self, uid: int) -> str:
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            plan = self.plan
            estimated = has_estimated_subtask(plan.tasks, plan.index_of(uid))
            return format_summary_duration(times.duration_minutes, plan.project, estimated)
        task = self._tasks[uid]
        minutes = times.duration_minutes if times else task.duration_minutes
        # as the sheet shows it: in the task's unit, elapsed and estimated marked
        return format_duration(
            minutes, self.plan.project, task.elapsed, task.estimated, task.duration_unit
        )

    def _slack(self, uid: int) -> str:
        times = self.schedule.get(uid)
        return "" if times is None else self._span_of_slack(uid, times.total_slack_minutes)

    def _span_of_slack(self, uid: int, minutes: int) -> str:
        """Slack as the sheet shows it: an elapsed task's (elapsed minutes) in edays, an
        inactive task's none."""
        if not shows_slack(self._tasks[uid]):
            return ""
        times = self.schedule.get(uid)
        elapsed = self._tasks[uid].elapsed and not (times is not None and times.summary)
        return format_column_span(minutes, self.plan.project, elapsed=elapsed)

    def _type(self, uid: int) -> str:
        """A task's type; a summary is always fixed duration, as MS Project shows it."""
        times = self.schedule.get(uid)
        if times is not None and times.summary:
            return TASK_TYPE_NAMES[TaskType.FIXED_DURATION]
        return TASK_TYPE_NAMES[self._tasks[uid].task_type]

    def _remaining(self, uid: int) -> str:
        return remaining_text(self._tasks[uid], self.schedule.get(uid), self.plan.project)

    def _free_slack(self, uid: int) -> str:
        times = self.schedule.get(uid)
        return "" if times is None else self._span_of_slack(uid, times.free_slack_minutes)

    def _baseline_entry(self, uid: int) -> BaselineEntry | None:
        """Baseline 0's entry of a task (a summary's holds its own roll-up), or None."""
        if self._base is None:
            base = self.plan.baselines.get(0)
            self._base = {e.task_uid: e for e in base.entries} if base else {}
        return self._base.get(uid)

    def _baseline(self, uid: int, attr: str) -> str:
        """Baseline 0's date; "NA" without one, as the sheet shows it."""
        entry = self._baseline_entry(uid)
        moment = None if entry is None else getattr(entry, attr)
        return NOT_AVAILABLE if moment is None else format_date(moment)

    def costs(self) -> CostReport:
        """The cost report the cells read: the one given, else computed once, when first asked."""
        if self._cost_report is None:
            self._cost_report = compute_costs(self.plan, self.schedule)
        return self._cost_report

    def _work(self, uid: int) -> str:
        """Work in the project's work unit (a summary's rolled up), as the sheet's Work column shows it."""
        minutes = self.costs().task_work_minutes.get(uid, 0)
        return format_work(minutes, self.plan.project)  # (in the locale: see text)

    def _overtime(self, uid: int, regular: bool) -> str:
        """Overtime Work (or Regular Work: Work less it), as the sheet's columns show them."""
        overtime = task_overtime(self.plan, self._tasks[uid])
        if regular:
            overtime = max(0, self.costs().task_work_minutes.get(uid, 0) - overtime)
        return format_work(overtime, self.plan.project)

    def _baseline_cost(self, uid: int) -> str:
        entry = self._baseline_entry(uid)
        return "" if entry is None else self._money(entry.cost)

    def _cost_variance(self, uid: int) -> str:
        """Forecast minus baseline cost, signed; blank without a baseline."""
        variance = self.costs().variance(uid)
        if variance is None:
            return ""
        amount = round(variance, 2)
        return signed(amount, self._money(abs(amount)))

    def _finish_variance(self, uid: int) -> str:
        """Finish against baseline 0's, in working time on the project calendar, signed; in
        the project's duration unit, as Remaining and Slack (never "+3888m" beside "2.1d")."""
        entry = self._baseline_entry(uid)
        times = self.schedule.get(uid)
        if entry is None or times is None:
            return ""
        if self._calendar is None:
            self._calendar = DayCalendar(self.plan, None)
        minutes = finish_variance(self._calendar, times.finish, entry.finish)
        if minutes is None:
            return ""
        return signed(minutes, format_column_span(abs(minutes), self.plan.project))

    def _actual(self, uid: int, attr: str) -> str:
        """A task's actual date; a summary's rolled up from its subtasks (:func:`summary_actuals`)."""
        if self._summary_actuals is None:
            self._summary_actuals = summary_actuals(self.plan, self.schedule)
        rolled = self._summary_actuals.get(uid)
        if rolled is None:  # a task tracked by % complete alone started where scheduled
            rolled = shown_actuals(self._tasks[uid], self.schedule.get(uid))
        return format_date(rolled[0] if attr == "actual_start" else rolled[1])

    def _constraint_date(self, uid: int) -> str:
        task = self._tasks[uid]
        return "" if task.constraint_type in _DATELESS else format_date(task.constraint_date)

    def _successors(self, uid: int) -> str:
        """The links out of a task with the successors' row numbers: ``5FS+2d,7``."""
        if self._links_out is None:
            self._links_out = {}
            for lk in self.plan.links:
                self._links_out.setdefault(lk.predecessor, []).append(lk)
        return self._link_list(self._links_out.get(uid, ()), "successor")

    def _predecessors(self, uid: int) -> str:
        """The links into a task with the predecessors' row numbers, as the sheet's
        Predecessors column writes them: ``3FS+2d,5``."""
        if self._links_in is None:
            self._links_in = {}
            for lk in self.plan.links:
                self._links_in.setdefault(lk.successor, []).append(lk)
        return self._link_list(self._links_in.get(uid, ()), "predecessor")

    def _link_list(self, links: Iterable[Link], end: str) -> str:
        """Links written by the row number of their ``end`` task, in row order, a lag's
        figure in the reader's marks as the sheet writes it (``3FS+1,5d`` in German)."""
        plan = self.plan
        parts = []
        for lk in sorted(links, key=lambda lk: plan.index_of(getattr(lk, end))):
            ref = str(plan.index_of(getattr(lk, end)) + 1)
            parts.append(local_link(format_link(ref, lk, plan.project), self._numbers))
        return join_predecessors(parts)

    def _cost(self, uid: int) -> str:
        """Total Cost (a summary's rolled up), as the sheet's Cost column shows it."""
        return self._money(self.costs().task_cost.get(uid, 0.0))

    def _money(self, amount: float) -> str:
        """An amount as the sheet's money columns write it: the project's currency, the
        reader's separators (``1.234,50 €`` in German, ``€1,234.50`` in C)."""
        return local_money(self.plan.project, amount, self._numbers)

    def _tracking_text(self, key: str, uid: int) -> str:
        """A Tracking, Variance, Cost or Work table's figure, as the sheet writes it."""
        if self._tracking is None:
            self._tracking = TrackingFigures(self.plan, self.schedule, self.costs())
        figure = self._tracking.figure(key, uid)
        text = tracking_text(figure, self.plan, self._money)
        if figure is None or figure.kind in (Kind.MONEY, Kind.PERCENT):
            return text  # money in the locale already; a whole percent has no marks
        return local_figure(text, self._numbers)  # work and lengths: 2,5d in German

    def _earned_text(self, key: str, uid: int) -> str:
        """An Earned Value table's figure at the status date (else the Current Date, else
        now), as the sheet writes it."""
        if self._earned is None:
            now = datetime.now().replace(second=0, microsecond=0)
            when = measured_at(self.plan.project, now)  # status date, else Current Date
            self._earned = EarnedValueFigures(self.plan, self.schedule, self.costs(), when)
        figure = self._earned.figure(key, uid)
        text = tracking_text(figure, self.plan, self._money)
        if figure is None or figure.kind is not Kind.RATIO:
            return text
        return local_figure(text, self._numbers)  # 0,80 in German

    def text(self, uid: int, key: str) -> str:
        """The cell of task ``uid`` in column ``key``."""
        getter = self._getters.get(key)
        if getter is None:  # a custom field ("Text1"), as the sheet shows it
            return self._custom(uid, key)
        text = getter(uid)
        return local_figure(text, self._numbers) if key in _LOCAL_FIGURES else text

    def _custom(self, uid: int, key: str) -> str:
        """A custom field's cell as the sheet writes it (:func:`custom_text`)."""
        value = value_of(self._tasks[uid].custom, key)
        return custom_text(key, value, self.plan.project, self._numbers, format_date)

    def marks(self, uid: int) -> tuple[Indicator, ...]:
        """The Indicators column's marks of task ``uid``, in the order they are drawn."""
        if self._indicators is None:
            # Imported here: app.report.indicators names constraints with this module's words.
            from app.report.indicators import TaskIndicators

            over = self._cost_report.overallocated if self._cost_report is not None else None
            self._indicators = TaskIndicators(self.plan, self.schedule, over)
        return tuple(m.kind for m in self._indicators.of(uid))


def custom_text(
    key: str,
    value: CustomValue | None,
    project: Project,
    marks: Marks,
    date_text: Callable[[datetime], str] = local_date,
) -> str:
    """Custom field ``key``'s cell holding ``value`` as the sheet writes it
    (app/ui/models/custom_columns.py): Cost in the locale's money, Number and Duration in
    its ``marks`` (``12,5``, ``1,5d``), a Flag Yes or No, a Date by ``date_text``, the
    writer of Start beside it: the sheet's and gantry diff's :func:`local_date` (``Fr.
    01.01.2027`` in German, ``Fri 2027-01-01`` in C), the printout's :func:`format_date`
    (``01.01.2027``, ``2027-01-01``)."""
    kind = kind_of(key)
    if kind is FieldKind.COST and isinstance(value, int | float) and not isinstance(value, bool):
        return local_money(project, float(value), marks)
    text = format_value(key, value, project, date_text)
    if kind in (FieldKind.NUMBER, FieldKind.DURATION):
        return local_figure(text, marks)
    return text
