"""What a task sheet cell says: text, critical colour, the Indicators column's marks.

Kept apart from the Qt model so the model file holds only rows, roles and
edits. Caches (links by successor) are rebuilt on demand; the links by
successor come from the Document's shared lookups.

The optional columns (slack, baseline, tracking, constraints, costs...) are
read per painted cell from the task, its scheduled times, the Document's cost
report and baseline table: no cell walks the plan. Summaries show what MS
Project rolls up (work, costs, baseline dates and costs, slack, early and late
dates, actual dates from their subtasks); a summary's own fixed cost, priority,
notes and constraint are its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache, partial
from typing import Any

from app.domain.baseline import BaselineEntry
from app.domain.cost_tracking import Kind
from app.domain.costs import CostReport
from app.domain.estimates import has_estimated_subtask
from app.domain.inactive_slack import shows_slack
from app.domain.link import Link
from app.domain.notation import (
    format_column_span,
    format_duration,
    format_link,
    format_summary_duration,
    format_work,
    join_predecessors,
)
from app.domain.percent_shown import shown_percent
from app.domain.remaining_duration import remaining_text
from app.domain.resource import Resource
from app.domain.schedule import TaskTimes
from app.domain.summary_actuals import shown_actuals
from app.domain.task import ConstraintType, TaskType
from app.domain.wbs_shown import shown_wbs
from app.domain.workload import DayCalendar
from app.report.columns import (
    CONSTRAINT_NAMES,
    TASK_TYPE_NAMES,
    YES_NO,
    summary_actuals,
)
from app.report.locale_numbers import (
    Marks,
    local_figure,
    local_link,
    local_units,
    locale_marks,
)
from app.ui.budget.money import money
from app.ui.budget.variance_model import signed
from app.ui.document import Document
from app.ui.models.indicators import IndicatorCells
from app.ui.models.predecessor_cells import format_predecessors
from app.ui.models.task_date_edits import format_date, format_date_edit
from app.ui.models.task_edits import OPTIONAL_FROM_SUBTASKS, Column, notes_lines
from app.ui.models.task_model_baselines import DATE_COLUMNS, FIELD_COLUMNS, BaselineFieldCells
from app.ui.models.task_model_earned import EARNED_COLUMNS, EarnedCells, ev_method_text
from app.ui.models.task_model_hyperlinks import HYPERLINK_COLUMNS, hyperlink_text
from app.ui.models.task_model_leveling import LEVELING_COLUMNS, LevelingCells
from app.ui.models.task_model_overtime import OVERTIME_COLUMNS, overtime_text
from app.ui.models.task_model_tracking import (
    TRACKING_COLUMNS,
    TRACKING_KEYS,
    TrackingCells,
    accrual_text,
)

# Optional columns by where their value comes from.
_SCHEDULED_DATES = {
    Column.EARLY_START: "early_start",
    Column.EARLY_FINISH: "early_finish",
    Column.LATE_START: "late_start",
    Column.LATE_FINISH: "late_finish",
}
_SLACK = {Column.TOTAL_SLACK: "total_slack_minutes", Column.FREE_SLACK: "free_slack_minutes"}
_TASK_DATES = {
    Column.ACTUAL_START: "actual_start",
    Column.ACTUAL_FINISH: "actual_finish",
    Column.CONSTRAINT_DATE: "constraint_date",
    Column.DEADLINE: "deadline",
}
_BASELINE = {
    Column.BASELINE_START,
    Column.BASELINE_FINISH,
    Column.BASELINE_COST,
    Column.FINISH_VARIANCE,
}
_DATELESS = {ConstraintType.ASAP, ConstraintType.ALAP}
_FEW_LINKS = 8  # changed links refreshed one by one; more rebuild the index when next asked


Formatter = Callable[[int, bool], str | None]  # a column's cell text: (uid, editing) -> text

# Columns of lengths written ``1.5d`` that show the locale's decimal mark (``1,5d`` in
# German, as MS Project follows Windows' regional settings); the durations typed back in
# that form read the same (app.domain.notation.parse_duration takes a decimal comma).
# Money columns are formatted in the locale already (app/ui/budget/money.py).
_LOCAL_FIGURES = (
    Column.DURATION,
    Column.WORK,
    Column.REMAINING_DURATION,
    Column.TOTAL_SLACK,
    Column.FREE_SLACK,
    Column.FINISH_VARIANCE,
    Column.LEVELING_DELAY,
    Column.OVERTIME_WORK,
    Column.REGULAR_WORK,
)


def _no_text(uid: int, editing: bool) -> None:
    """A column with no text (Indicators: icons)."""
    return


@cache  # once: each People cell asks, and an import goes through PySide's hook
def assigning_module() -> Any:
    """H5's assignment notation, once it exists (the People column hides without it)."""
    try:
        from app.domain import assigning
    except ImportError:
        return None
    return assigning


class TaskCells:
    """Formats one task's cells from the document (plan, schedule, costs)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.indicators = IndicatorCells(document)  # the Indicators column (MS Project's "i")
        self.tracking = TrackingCells(document)  # Tracking/Variance/Cost/Work tables' columns
        self.earned = EarnedCells(document)  # the Earned Value tables' columns
        self.leveling = LevelingCells(document)  # Leveling Delay, Preleveled Start and Finish
        self.baselines = BaselineFieldCells(document)  # Baseline1..10 fields, Start1..Finish10
        self._batch_marks: Marks | None = None  # the locale's, while ``texts`` writes a column
        self._formatters = self._make_formatters()
        self._links_into: dict[int, list[Link]] | None = None  # by successor, built on demand
        self._links_out: tuple[object, dict[int, list[Link]]] | None = None  # by predecessor
        self._calendar: tuple[object, DayCalendar] | None = None  # with the costs it is for
        self._actuals: tuple[object, dict[int, tuple[datetime | None, datetime | None]]] | None
        self._actuals = None  # summaries' actual dates, with the costs they were rolled up for
        # People by uid, with the costs they were read for: every edit (a person's too)
        # reschedules and costs the plan again, so a new cost report means a new table.
        self._staffing: tuple[object, dict[int, Resource]] | None = None

    def links_changed(self, keys: Sequence[object]) -> None:
        """Links (predecessor, successor) changed: refresh those successors' entries.

        Rebuilding the whole index costs ~60 ms at 150k links, so a few changed
        links are looked up again one successor at a time; many drop the index.
        """
        self._refresh_successors(keys)
        if self._links_into is None:
            return
        if len(keys) > _FEW_LINKS:
            self._links_into = None
            return
        links = self.document.plan.links
        for key in keys:
            successor = key[1]  # type: ignore[index]
            self._links_into[successor] = [lk for lk in links if lk.successor == successor]

    def _refresh_successors(self, keys: Sequence[object]) -> None:
        """The Successors column's index follows changed links as the predecessors' does."""
        if self._links_out is None:
            return
        if len(keys) > _FEW_LINKS:
            self._links_out = None
            return
        links = self.document.plan.links
        out = self._links_out[1]
        for key in keys:
            predecessor = key[0]  # type: ignore[index]
            out[predecessor] = [lk for lk in links if lk.predecessor == predecessor]

    def critical(self, uid: int) -> bool:
        """Whether a (non-summary) task is on the critical path."""
        times = self.document.schedule.get(uid)
        return bool(times and times.critical and not times.summary)

    def text(self, uid: int, column: Column, editing: bool) -> str | None:
        """A cell's display text (``editing``: the text an editor starts from)."""
        return self._formatters[column](uid, editing)

    def texts(self, column: Column, uids: Sequence[int]) -> list[str | None]:
        """A column's display texts of many tasks, its formatter picked once (Copy of 20,000
        rows asks for a column at a time), the locale asked once too."""
        formatter = self._formatters[column]
        self._batch_marks = locale_marks()
        try:
            return [formatter(uid, False) for uid in uids]
        finally:
            self._batch_marks = None

    def _marks(self) -> Marks:
        """The user's locale's separators: asked at each cell (~3 µs), so that a locale
        changed while the plan is open shows at once (app/ui/locale_follow.py), or once for
        a whole column (``texts``)."""
        return self._batch_marks or locale_marks()

    def _in_locale(self, formatter: Formatter) -> Formatter:
        """``formatter`` with its figure in the user's locale."""

        def text(uid: int, editing: bool) -> str | None:
            shown = formatter(uid, editing)
            return local_figure(shown, self._marks()) if shown else shown

        return text

    def _make_formatters(self) -> dict[Column, Formatter]:
        """Each column's formatter, (uid, editing) -> text: MS Project's sheet columns first,
        then the optional ones by where their value comes from (the first group naming a
        column formats it); a column with no text (Indicators) gives None."""
        out: dict[Column, Formatter] = {
            Column.ID: self._id,
            Column.WBS: self._wbs,
            Column.NAME: self._name,
            Column.DURATION: self._duration,
            Column.START: partial(self._start_finish, True),
            Column.FINISH: partial(self._start_finish, False),
            Column.PREDECESSORS: self._predecessors,
            Column.RESOURCES: self._people_cell,
            Column.PERCENT: self._percent,
            Column.COST: self._cost,
        }
        for column, attr in _SCHEDULED_DATES.items():
            out.setdefault(column, partial(self._scheduled_date, attr))
        for column, attr in _SLACK.items():
            out.setdefault(column, partial(self._slack, attr))
        for column, attr in _TASK_DATES.items():
            out.setdefault(column, partial(self._task_date, column, attr))
        for column in _BASELINE:
            out.setdefault(column, partial(self._baseline, column))
        plain: dict[Column, Formatter] = {
            Column.WORK: self._work,
            Column.FIXED_COST: self._fixed_cost,
            Column.COST_VARIANCE: self._cost_variance,
            Column.REMAINING_DURATION: self._remaining,
            Column.CONSTRAINT_TYPE: self._constraint_type,
            Column.TASK_TYPE: self._task_type,
            Column.EFFORT_DRIVEN: self._effort_driven,
            Column.CRITICAL: self._critical,
            Column.PRIORITY: self._priority,
            Column.NOTES: self._notes,
            Column.SUCCESSORS: self._successors_cell,
        }
        for column, formatter in plain.items():
            out.setdefault(column, formatter)
        for column in HYPERLINK_COLUMNS:
            out.setdefault(column, partial(self._hyperlink, column))
        for column in TRACKING_COLUMNS:
            out.setdefault(column, partial(self._tracking, column))
        for column in EARNED_COLUMNS:  # app/ui/models/task_model_earned.py
            out.setdefault(column, partial(self._earned, column))
        out.setdefault(Column.EV_METHOD, lambda uid, _: ev_method_text(self.document.plan, uid))
        out.setdefault(Column.FIXED_COST_ACCRUAL, self._accrual)
        for column in LEVELING_COLUMNS:
            out.setdefault(column, partial(self._leveling, column))
        for column in OVERTIME_COLUMNS:  # app/ui/models/task_model_overtime.py
            out.setdefault(column, partial(self._overtime, column))
        for column in FIELD_COLUMNS:  # app/ui/models/task_model_baselines.py
            out.setdefault(column, partial(self.baselines.text, column))
        for column in Column:
            out.setdefault(column, _no_text)
        for column in _LOCAL_FIGURES:
            out[column] = self._in_locale(out[column])
        return out

    # The formatters: each reads only what its column shows, O(1) per cell (dict lookups,
    # one calendar walk).

    def _id(self, uid: int, editing: bool) -> str:
        return str(self.document.plan.index_of(uid) + 1)

    def _wbs(self, uid: int, editing: bool) -> str:
        return shown_wbs(self.document.plan, uid)  # its own code, else the outline number

    def _name(self, uid: int, editing: bool) -> str:
        return self.document.plan.task(uid).name

    def _duration(self, uid: int, editing: bool) -> str:
        plan = self.document.plan
        times = self.document.schedule.get(uid)
        if times is not None and times.summary:
            estimated = has_estimated_subtask(plan.tasks, plan.index_of(uid))
            return format_summary_duration(times.duration_minutes, plan.project, estimated)
        task = plan.task(uid)
        minutes = times.duration_minutes if times is not None else task.duration_minutes
        return format_duration(
            minutes, plan.project, task.elapsed, task.estimated, task.duration_unit
        )

    def _start_finish(self, start: bool, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)
        moment: datetime | None
        if times is not None:
            moment = times.start if start else times.finish
        else:
            task = self.document.plan.task(uid)
            moment = task.start if start else task.finish
        return self._date(moment, editing)

    def _predecessors(self, uid: int, editing: bool) -> str:
        links = self._links_by_successor().get(uid, [])
        return format_predecessors(self.document.plan, uid, links, self._marks())

    def _people_cell(self, uid: int, editing: bool) -> str:
        people = self._people(uid)
        return local_units(people, self._marks()) if "[" in people else people

    def _percent(self, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)
        if times is not None:
            value = times.percent_complete
        else:
            value = self.document.plan.task(uid).percent_complete
        return f"{shown_percent(value)}" if editing else f"{shown_percent(value)}%"

    def _cost(self, uid: int, editing: bool) -> str | None:
        costs = self._costs()
        if costs is None:
            return None
        return money(self.document.plan.project, costs.task_cost.get(uid, 0.0))

    def _scheduled_date(self, attr: str, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)
        return self._date(getattr(times, attr) if times else None, editing)

    def _slack(self, attr: str, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)
        if times is None:
            return ""
        # an elapsed task's slack is elapsed time (the scheduler's), shown in edays
        plan = self.document.plan
        task = plan.task(uid)
        if not shows_slack(task):  # inactive: none, as MS Project shows it
            return ""
        elapsed = task.elapsed and not times.summary
        return format_column_span(getattr(times, attr), plan.project, elapsed=elapsed)

    def _task_date(self, column: Column, attr: str, uid: int, editing: bool) -> str:
        if column in OPTIONAL_FROM_SUBTASKS:
            rolled = self._summary_actuals().get(uid)
            if rolled is not None:  # a summary: from its subtasks, as MS Project rolls up
                moment = rolled[0] if column is Column.ACTUAL_START else rolled[1]
                return self._date(moment, editing)
        task = self.document.plan.task(uid)
        if column in (Column.ACTUAL_START, Column.ACTUAL_FINISH):  # % complete alone: started
            shown = shown_actuals(task, self.document.schedule.get(uid))
            return self._date(shown[column is Column.ACTUAL_FINISH], editing)
        if column is Column.CONSTRAINT_DATE and task.constraint_type in _DATELESS:
            return ""
        return self._date(getattr(task, attr), editing)

    def _baseline(self, column: Column, uid: int, editing: bool) -> str:
        if column in DATE_COLUMNS or (editing and column is Column.BASELINE_COST):
            return self.baselines.text(column, uid, editing)  # "NA", typed with its time
        entry = self.document.lookups().baseline.get(uid)
        return self._baseline_text(entry, self.document.schedule.get(uid), column)

    def _work(self, uid: int, editing: bool) -> str | None:
        costs = self._costs()
        if costs is None:
            return None
        return format_work(costs.task_work_minutes.get(uid, 0), self.document.plan.project)

    def _fixed_cost(self, uid: int, editing: bool) -> str:
        plan = self.document.plan
        project, task = plan.project, plan.task(uid)
        if editing:  # the locale's decimal mark: a German 1.500 (three decimals) is 1500
            return f"{task.fixed_cost:.{project.currency_digits}f}".replace(
                ".", locale_marks().decimal
            )
        return money(project, task.fixed_cost)

    def _cost_variance(self, uid: int, editing: bool) -> str | None:
        costs = self._costs()
        if costs is None:
            return None
        variance = costs.variance(uid)
        if variance is None:
            return ""
        cost = round(variance, 2)
        return signed(cost, money(self.document.plan.project, abs(cost)))

    def _remaining(self, uid: int, editing: bool) -> str:
        plan = self.document.plan
        return remaining_text(plan.task(uid), self.document.schedule.get(uid), plan.project)

    def _constraint_type(self, uid: int, editing: bool) -> str:
        return CONSTRAINT_NAMES[self.document.plan.task(uid).constraint_type]

    def _task_type(self, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)
        if times is not None and times.summary:
            return TASK_TYPE_NAMES[TaskType.FIXED_DURATION]  # as MS Project shows summaries
        return TASK_TYPE_NAMES[self.document.plan.task(uid).task_type]

    def _effort_driven(self, uid: int, editing: bool) -> str:
        times = self.document.schedule.get(uid)  # a summary's is No, as MS Project shows it
        summary = times is not None and times.summary
        return YES_NO[self.document.plan.task(uid).effort_driven and not summary]

    def _critical(self, uid: int, editing: bool) -> str:
        """MS Project's Critical field: Yes on the critical path, a summary's too when it
        has no slack left (its row is not red, as MS Project's summary rows are not)."""
        times = self.document.schedule.get(uid)
        return YES_NO[bool(times and times.critical)]

    def _priority(self, uid: int, editing: bool) -> str:
        return str(self.document.plan.task(uid).priority)

    def _notes(self, uid: int, editing: bool) -> str:
        notes = self.document.plan.task(uid).notes
        return notes_lines(notes)[0] if notes.strip() else ""

    def _successors_cell(self, uid: int, editing: bool) -> str:
        return self._successors(uid)

    def _hyperlink(self, column: Column, uid: int, editing: bool) -> str:
        return hyperlink_text(self.document.plan.task(uid).hyperlink, column)

    def _tracking(self, column: Column, uid: int, editing: bool) -> str | None:
        text = self.tracking.text(uid, column)
        if not text or text[0] not in "+-0123456789":
            return text
        # work and lengths in the locale's decimal mark (2,5d); money is written in it already
        figures = self.tracking.figures()
        figure = None if figures is None else figures.figure(TRACKING_KEYS[column], uid)
        if figure is None or figure.kind in (Kind.MONEY, Kind.PERCENT):
            return text
        return local_figure(text, self._marks())

    def _earned(self, column: Column, uid: int, editing: bool) -> str | None:
        text = self.earned.text(uid, column)
        if text and column in (Column.CPI, Column.SPI, Column.TCPI):
            return local_figure(text, self._marks())  # 0,80 in German
        return text

    def _leveling(self, column: Column, uid: int, editing: bool) -> str:
        return self.leveling.text(uid, column)

    def _overtime(self, column: Column, uid: int, editing: bool) -> str | None:
        return overtime_text(self.document, uid, column)

    def _accrual(self, uid: int, editing: bool) -> str:
        return accrual_text(self.document, uid)

    @staticmethod
    def _date(moment: datetime | None, editing: bool) -> str:
        return format_date_edit(moment) if editing else format_date(moment)

    def _summary_actuals(self) -> dict[int, tuple[datetime | None, datetime | None]]:
        """Summaries' actual dates, rolled up once per plan state (O(n) after an edit, on the
        first paint that shows them; O(1) per cell after)."""
        costs = self._plan_state()
        if self._actuals is None or self._actuals[0] is not costs:
            self._actuals = (costs, summary_actuals(self.document.plan, self.document.schedule))
        return self._actuals[1]

    def _costs(self) -> CostReport | None:
        """The Document's costs (None for a document that computes none: Work and Cost
        Variance are then not offered)."""
        return getattr(self.document, "costs", None)

    def _plan_state(self) -> object:
        """What changes with every edit: the cost report, made anew at each reschedule (or
        the schedule, for a document without costs). Tables built for one are kept until
        it changes."""
        costs = self._costs()
        return costs if costs is not None else self.document.schedule

    def _baseline_text(
        self, entry: BaselineEntry | None, times: TaskTimes | None, column: Column
    ) -> str:
        """Baseline 0's start, finish or cost (a summary's own entry holds its roll-up), or
        the finish variance in working time, signed as the Variance view signs it, in the
        plan's duration unit as the printout writes it (never "+3888m" beside "2.1d")."""
        if entry is None:
            return ""
        project = self.document.plan.project
        if column is Column.BASELINE_START:
            return format_date(entry.start)
        if column is Column.BASELINE_FINISH:
            return format_date(entry.finish)
        if column is Column.BASELINE_COST:
            return money(project, entry.cost)
        if times is None or entry.finish is None:
            return ""
        calendar = self._project_calendar()
        now, then = times.finish, entry.finish
        minutes = calendar.between(then, now) if now >= then else -calendar.between(now, then)
        return signed(minutes, format_column_span(abs(minutes), project))

    def _project_calendar(self) -> DayCalendar:
        """The project calendar variances are counted on, built again after each reschedule
        (a calendar edit reschedules; the costs are a new report every time)."""
        costs = self._plan_state()
        if self._calendar is None or self._calendar[0] is not costs:
            self._calendar = (costs, DayCalendar(self.document.plan, None))
        return self._calendar[1]

    def _successors(self, uid: int) -> str:
        """The links out of a task as MS Project's Successors column writes them: ``5FS+2d``."""
        links = self._links_by_predecessor().get(uid)
        if not links:
            return ""
        plan = self.document.plan
        parts, marks = [], self._marks()  # a lag's figure in the locale: 5FS+1,5d in German
        for lk in sorted(links, key=lambda lk: plan.index_of(lk.successor)):
            ref = str(plan.index_of(lk.successor) + 1)
            parts.append(local_link(format_link(ref, lk, plan.project), marks))
        return join_predecessors(parts)

    def _links_by_predecessor(self) -> dict[int, list[Link]]:
        """Links by predecessor, built once (O(links)) and kept while the Document's lookups
        are: those are built again after tasks come or go, which may take links with them."""
        lookups = self.document.lookups()
        if self._links_out is None or self._links_out[0] is not lookups:
            out: dict[int, list[Link]] = {}
            for lk in self.document.plan.links:
                out.setdefault(lk.predecessor, []).append(lk)
            self._links_out = (lookups, out)
        return self._links_out[1]

    def _people(self, uid: int) -> str:
        """The People cell, as :func:`assigning.format_assignments` writes it, from a table of
        assignments by task: that function walks every assignment of the plan, ~1 ms per
        painted cell at 10k tasks."""
        assigning = assigning_module()
        if assigning is None:
            return ""
        costs = getattr(self.document, "costs", None)
        if costs is None or uid in self.document.plan.recurrences:
            # a recurring summary shows the people common to its occurrences
            return str(assigning.format_assignments(self.document.plan, uid))
        if self._staffing is None or self._staffing[0] is not costs:
            self._staffing = (costs, {r.uid: r for r in self.document.plan.resources})
        people = self._staffing[1]
        # Kept from edit to edit by the Indicators column (building it per edit: 0.13 s at 20k).
        by_task = self.indicators.assignment_index().on_task
        parts = []
        for a in by_task.get(uid, ()):
            person = people.get(a.resource_uid)
            if person is not None:  # an orphan assignment shows nothing, as there
                parts.append(assigning.format_one(person, a.units, a))
        return ", ".join(parts)

    def _links_by_successor(self) -> dict[int, list[Link]]:
        if self._links_into is None:
            # The Document's table (warmed by File > Open's worker): shared with the Gantt's
            # painter, not built twice. The Document drops it at the plan's next change, before
            # links_changed refreshes entries here, so the painter never sees this one edited.
            self._links_into = self.document.lookups().links_into
        return self._links_into
