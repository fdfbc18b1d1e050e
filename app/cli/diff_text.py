"""The text lines of ``gantry diff``: lengths written as the task sheet writes them."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from app.cli.diff_custom_cells import custom_cell, custom_moment
from app.cli.diff_figures_text import (
    both_figures,
    changed_tasks,
    figure_rows,
    figures_json,
    figures_line,
    person_cost_lines,
    task_cost_lines,
)
from app.cli.diff_held import (  # moved there; read from here before
    CALENDAR_FORMATS,
    CSV_TASK_FIELDS,
    CUSTOM_VALUE_FIELDS,
    GAN_RESOURCE_FIELDS,
    GAN_TASK_FIELDS,
    PROJECT_INFO_FIELDS,
    RISK_FORMATS,
    SPLIT_FORMATS,
    TRACKING_FORMATS,
    held_between,
    holds_splits,
)
from app.cli.diff_items import assignment_json, item_text, link_json, more_text
from app.cli.diff_moves import (
    DatesCompared,
    move_json,
    move_lines,
    order_json,
    order_line,
    project_line,
    summary_counts,
    summary_line,
)
from app.cli.diff_progress import is_progress, progress_lines
from app.cli.diff_rate_tables import rate_tables_text
from app.cli.diff_task_words import json_id, task_words
from app.cli.diff_titles import diff_title, shown_word
from app.domain.cost_accrual import accrual_name
from app.domain.custom_fields import FieldKind, is_field_name, kind_of
from app.domain.diff import PlanChange, Scalar
from app.domain.diff_assignment_baselines import COST_FIELDS as PERSON_BASELINE_COSTS
from app.domain.diff_assignment_baselines import DATE_FIELDS as PERSON_BASELINE_DATES
from app.domain.diff_baselines import MORE, STATUS_DATE
from app.domain.diff_dates import (
    DateShift,
    date_moves,
    project_finish_shift,
    project_start_shift,
)
from app.domain.diff_figures import PlanFigures
from app.domain.diff_lags import LAG_FIELDS, link_text
from app.domain.diff_order import OrderMove, order_moves
from app.domain.diff_typed_work import typed_work_of
from app.domain.leveling_elapsed import DelayTexts
from app.domain.notation import format_duration
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.resource import RateUnit, ResourceType, rate_in_unit
from app.domain.risk import RiskStatus
from app.domain.task import CostAccrual, DurationUnit, Task
from app.domain.typed_rates import plain_number
from app.report.change_titles import (
    LENGTH_FIELDS,
    PERCENT_FIELDS,
    custom_title,
    length_elapsed,
    length_text,
)
from app.report.locale_numbers import (
    C_MARKS,
    Marks,
    local_figure,
    local_link,
    local_money,
    system_marks,
)

__all__ = [
    "CALENDAR_FORMATS",
    "CSV_TASK_FIELDS",
    "CUSTOM_VALUE_FIELDS",
    "GAN_RESOURCE_FIELDS",
    "GAN_TASK_FIELDS",
    "PROJECT_INFO_FIELDS",
    "RISK_FORMATS",
    "SPLIT_FORMATS",
    "TRACKING_FORMATS",
    "DiffWriter",
    "diff_line",
    "field_shown",
    "held_between",
    "holds_splits",
    "raw_text",
]


BASELINE_DATES = frozenset({"start", "finish"})  # a baseline's, "NA" when none


def _pauses(value: str, plan: Plan, task: Task | None, marks: Marks) -> str:
    """``"960/1440, ..."`` (diff.splits_text) as the sheet writes lengths: ``'after 2d, 3d off'``.

    In the task's duration unit, else the plan's ("Duration is entered in"), as the
    Duration column shows them: a pause of 1488 minutes reads 3.1d, not 1488m.
    """
    elapsed = task is not None and task.elapsed
    unit = (task.duration_unit if task is not None else None) or plan.project.duration_unit
    out: list[str] = []
    for pair in value.split(", "):
        after, _, gap = pair.partition("/")
        if not (after.isdigit() and gap.isdigit()):
            return raw_text(value)
        work = local_figure(format_duration(int(after), plan.project, elapsed, unit=unit), marks)
        pause = local_figure(format_duration(int(gap), plan.project, elapsed, unit=unit), marks)
        out.append(f"after {work}, {pause} off")
    return "'" + "; ".join(out) + "'"


# A person's rates, by the field keeping the unit each is shown in.
RATE_UNIT_FIELDS = {"standard_rate": "standard_rate_unit", "overtime_rate": "overtime_rate_unit"}


def _rate_unit(change: PlanChange, plan: Plan) -> RateUnit | None:
    """The unit a changed rate of a person is shown in on ``plan`` (None: not a person's
    rate, or no such person there: a material's rate is per its unit as kept)."""
    if change.entity != "resource" or change.field not in RATE_UNIT_FIELDS:
        return None
    res = next((r for r in plan.resources if r.uid == change.uid), None)
    if res is None or res.type is not ResourceType.WORK:
        return None
    unit: RateUnit = getattr(res, RATE_UNIT_FIELDS[change.field])
    return unit


def rate_text(
    change: PlanChange, value: Scalar, plan: Plan, marks: Marks | None = None
) -> str | None:
    """A person's rate per the unit the person's rate is shown in on ``plan``: as the roster
    shows it, in ``marks`` (``€1,200.00/d``, ``1.200,00 €/d`` in German), or, without
    ``marks``, as its editor writes it (``1200/d``: ``--json``'s) for the 150 per hour kept
    (None: not a person's rate)."""
    unit = _rate_unit(change, plan)
    if unit is None or not isinstance(value, int | float) or isinstance(value, bool):
        return None
    amount = rate_in_unit(float(value), unit, plan.project)
    if marks is not None:
        return f"{local_money(plan.project, amount, marks)}/{unit.value}"
    return f"{plain_number(amount)}/{unit.value}"


RISK_TASKS = "task_uids"
RISK_TASKS_TITLE = "Tasks"  # the Risks view's column


def risk_tasks_text(change: PlanChange, value: Scalar, plan: Plan, other: Plan) -> str | None:
    """A risk's tasks (``"4, 7"``: uids, as the diff compares them) as the diff names a
    task, by its ID: ``ID 1 'Pour', ID 2 'Cure'``, each named from ``plan`` (the side holding
    the value), else from ``other`` (a task since removed); ``none`` for no task. None: not
    a risk's tasks."""
    if change.entity != "risk" or change.field != RISK_TASKS:
        return None
    if value is None or value == "":
        return "none"
    if not isinstance(value, str):
        return raw_text(value)
    named: list[str] = []
    for part in value.split(","):
        uid = part.strip()
        if not uid.isdigit():
            return raw_text(value)
        holder = next((p for p in (plan, other) if p.has_task(int(uid))), None)
        number = int(uid)
        named.append(
            f"ID {holder.index_of(number) + 1} '{holder.task(number).name}'" if holder else uid
        )
    return ", ".join(named)


def lag_texts(change: PlanChange, old: Plan, new: Plan) -> tuple[str, str] | None:
    """A changed lag (its length, or the unit alone) as the link's Predecessors cell writes
    it before and after, each in its own file, the predecessor by its row there: ``("1",
    "2FS+1d")`` when a row was inserted above it (None: not a lag's change, or a plan
    without the link)."""
    if change.entity != "link" or change.kind != "changed" or change.field not in LAG_FIELDS:
        return None
    before, after = link_text(old, change.uid), link_text(new, change.uid)
    return None if before is None or after is None else (before, after)


# Money, the register's fields and MS Project's accrual words, as the task sheet, the Team
# view and the Risks view show them (--json keeps the values as they were).
_MONEY = frozenset(
    {
        ("task", "fixed_cost"),
        ("resource", "cost_per_use"),
        ("resource", "budget_cost"),  # a budget resource's Budget Cost
        ("assignment", "cost"),  # a cost item's amount on a task (travel: €2,500.50)
        ("risk", "impact"),
        ("risk", "contingency"),
        ("baseline", "cost"),
        ("baseline", "fixed_cost"),  # Baseline (0..10) Fixed Cost
    }
)
_ACCRUALS = frozenset({("task", "fixed_cost_accrual"), ("resource", "accrue_at")})


def _money_or_word(change: PlanChange, value: Scalar, plan: Plan, marks: Marks) -> str | None:
    """``€1,234.50``, ``Prorated``, ``Mitigating``, ``45%`` (figures in ``marks``: ``1.234,50
    €`` in German, as ``gantry info`` writes money); None for another field."""
    key = (change.entity, change.field)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    person_cost = change.entity == "assignment" and change.field in PERSON_BASELINE_COSTS
    if (key in _MONEY or person_cost) and number:
        return local_money(plan.project, float(value or 0), marks)
    if key == ("risk", "probability") and number:
        return local_figure(f"{plain_number(float(value or 0) * 100)}%", marks)
    if key in _ACCRUALS and isinstance(value, str) and value in CostAccrual.__members__:
        return accrual_name(CostAccrual[value])
    if key == ("risk", "status") and isinstance(value, str) and value in RiskStatus.__members__:
        return RiskStatus[value].label
    return None


def _value(change: PlanChange, value: Scalar, plan: Plan, marks: Marks = C_MARKS) -> str:
    """``value`` as the window shows it, its figures in ``marks`` (the system's locale's, as
    ``gantry info`` writes them)."""
    baseline = change.entity == "baseline" and (value is None or change.field in BASELINE_DATES)
    person = change.entity == "assignment" and change.field in PERSON_BASELINE_DATES
    if baseline or person or change.field == STATUS_DATE:  # as gantry info says them: NA for none
        return "NA" if value is None else str(value).replace("T", " ")
    rate = rate_text(change, value, plan, marks)
    if rate is not None:
        return rate
    if change.field == "edited_work" and isinstance(value, str) and marks.decimal != ".":
        return repr(typed_work_of(plan, change.uid, marks.decimal) or value)  # '… 3,2h a day'
    if change.field == "lag_percent" and isinstance(value, float):  # Lag in % 12,5
        return local_figure(repr(value), marks)
    word = _money_or_word(change, value, plan, marks)
    if word is None and not is_field_name(str(change.field)):  # Yes, Fixed work, 150%
        word = shown_word(change, value, plan)
        word = None if word is None else local_figure(word, marks)  # 12,5%
    if word is not None:
        return word
    if change.field in PERCENT_FIELDS and isinstance(value, int | float):
        return f"{shown_percent(value)}%"  # as the sheet shows it: 22%
    if change.field == "splits":
        if not isinstance(value, str):
            return "none"
        uid = change.uid
        task = plan.task(uid) if isinstance(uid, int) and plan.has_task(uid) else None
        return _pauses(value, plan, task, marks)
    length = length_text(change, value, plan)  # as the Import review says it
    if length is not None:
        return local_figure(length, marks)
    field = change.field
    if field is not None and is_field_name(field):
        shown = custom_cell(field, value, plan, marks)
        if shown is not None:
            return shown
    return raw_text(value)


def _same_day_times(change: PlanChange, before: str, after: str) -> tuple[str, str]:
    """A custom Date field moved within its day (``Fri 2027-01-01 -> Fri 2027-01-01``, the
    column showing the day alone): both with their times, ``Fri 2027-01-01 08:00``."""
    field = change.field
    if before != after or field is None or not is_field_name(field):
        return before, after
    old, new = custom_moment(change.old), custom_moment(change.new)
    if kind_of(field) is not FieldKind.DATE or old is None or new is None or old == new:
        return before, after
    return f"{before} {old:%H:%M}", f"{after} {new:%H:%M}"


# What a line writes for a value that is none (the Import review shows a dash; --json: null).
EMPTY = "(empty)"


def raw_text(value: Scalar) -> str:
    """A value no field's rule writes, quoted as Python writes it ('Maria', 3.0); none and
    empty text as :data:`EMPTY`, not Python's None or ''."""
    return EMPTY if value is None or value == "" else repr(value)


def _hours(change: PlanChange, value: Scalar, plan: Plan, marks: Marks) -> str:
    if not isinstance(value, int) or isinstance(value, bool):
        return raw_text(value)
    elapsed = length_elapsed(change, plan)
    hours = format_duration(value, plan.project, elapsed, unit=DurationUnit.HOURS)
    return local_figure(hours, marks)


LEVELING_DELAY = "leveling_delay_minutes"
LEVELING_DELAY_TITLE = "Leveling Delay"  # MS Project's field, shown in elapsed days


def _working_moment(shift: DateShift) -> DateShift:
    """``shift`` as not moved when no working time lies between its dates: a finish at
    Tuesday 08:00 is Monday 17:00's working moment (sample.xml's 2003-03-18 08:00 read back
    from its workbook as 2003-03-17 17:00), the same finish in every output."""
    if shift.moved and shift.working == 0:
        return DateShift(shift.old, shift.old, 0, 0)
    return shift


class DiffWriter:
    """The text of one diff between ``old`` and ``new``.

    A leveling delay reads as MS Project's Leveling Delay field, in elapsed days
    (``0ed -> 14ed``): it needs the plan's dates, so each plan is scheduled once,
    for that and for the tasks whose dates moved (:meth:`dates`). ``names``: the
    two files, to say which plan cannot be scheduled. ``marks``: the separators the text
    writes figures with (None: the system locale's, as ``gantry info`` writes them:
    ``2.500,50 €`` and ``+0,5d`` in German); ``--json`` keeps machine form.
    """

    def __init__(
        self,
        old: Plan,
        new: Plan,
        names: tuple[str, str] = ("OLD", "NEW"),
        marks: Marks | None = None,
    ) -> None:
        self.old = old
        self.new = new
        self.names = names
        self.marks = system_marks() if marks is None else marks
        self._delays = DelayTexts()
        self._dates: DatesCompared | None = None
        self._order: list[OrderMove] | None = None
        self._figures: tuple[PlanFigures, PlanFigures] | None = None
        self._figured = False
        self.money = True  # False: Cost, BAC and EAC are not compared (a hand-off without)
        # False: BAC and EAC are not compared (a workbook without round-trip data shows the
        # baselines' dates, not their cost: its BAC would read as 0)
        self.baseline_money = True
        self.now = datetime.now()  # where earned value is measured without a status date

    def figures(self) -> tuple[PlanFigures, PlanFigures] | None:
        """Both plans' Cost, Work, BAC, EAC and tasks' figures (once; None: unscheduled)."""
        if not self._figured:
            self._figures = both_figures(self._delays, self.old, self.new, self.now)
            self._figured = True
        return self._figures

    def figure_lines(self, changes: list[PlanChange]) -> list[str]:
        """The ``figures:`` line and each named task's Work and Cost change (none: a plan
        that cannot be scheduled, or the same figures and no change entered). With no change
        listed the line still says Cost, Work or BAC moved: a format that keeps less (a
        .gan's people's work and Delay, its baselines' cost) changes what the plan costs."""
        found = self.figures()
        if found is None:
            return []
        old, new = found
        project = self.new.project
        named = {t.uid: t.name for t in (*self.old.tasks, *self.new.tasks)}
        names = {u: task_words(u, n, self.old, self.new) for u, n in named.items()}
        lines = list(task_cost_lines(changes, old, new, names, project, self.marks))
        lines += person_cost_lines(changes, old, new, project, self.marks)  # a rate raised
        rows = self.figure_rows(old, new)
        if not lines and all(a == b for _, a, b, _ in rows):
            return []  # nothing the changes cost: no line to read past
        return [*lines, figures_line(rows)]

    def figure_rows(self, old: PlanFigures, new: PlanFigures) -> list[tuple[str, str, str, str]]:
        """The figures' rows (:func:`figure_rows`), Work alone when money is not compared."""
        rows = figure_rows(old, new, self.new.project, self.marks)
        if not self.baseline_money:
            rows = [r for r in rows if r[0] not in ("BAC", "EAC")]
        return rows if self.money else [r for r in rows if r[0] == "Work"]

    def reordered(self) -> list[OrderMove]:
        """The tasks moved up or down within their summary (once)."""
        if self._order is None:
            self._order = order_moves(self.old, self.new)
        return self._order

    def dates(self) -> DatesCompared:
        """Both plans scheduled the same way and their tasks' dates compared (once)."""
        if self._dates is None:
            old_times = self._delays.schedule_of(self.old)
            new_times = self._delays.schedule_of(self.new)
            if old_times is None or new_times is None:
                name = self.names[0] if old_times is None else self.names[1]
                self._dates = DatesCompared(unscheduled=f"{name} cannot be scheduled")
            else:
                old, new = self.old, self.new
                self._dates = DatesCompared(
                    date_moves(old, old_times, new, new_times),
                    _working_moment(project_finish_shift(old, old_times, new, new_times)),
                    start=_working_moment(project_start_shift(old, old_times, new, new_times)),
                )
        return self._dates

    def write_text(self, changes: list[PlanChange], out: TextIO) -> None:
        """The text of ``gantry diff``: the changes entered, the tasks moved up or down within
        their summary, the tasks whose dates moved, the tasks' progress (one line each) and,
        when some dates moved (or a plan cannot be
        scheduled), the summary line; ``no changes`` when none of these."""
        dates, order = self.dates(), self.reordered()
        figures = self.figure_lines(changes)  # Cost 11,200 -> 13,920 with nothing listed too
        if not changes and not order and not dates.said and not figures:
            out.write("no changes\n")
            return
        head = project_line(dates, self.new.project, self.marks) if dates.said else None
        if head is not None:  # the project's Finish first, as a PM compares it (s27dx)
            out.write(head + "\n")
        for c in changes:
            if not is_progress(c):  # a task's progress: one line in its section, below
                out.write(self.line(c) + "\n")
        for line in figures:  # what they cost, before the dates they move
            out.write(line + "\n")
        for move in order:
            out.write(order_line(move, self.new, self.old) + "\n")
        plans = (self.old, self.new)
        for line in move_lines(dates, self.new.project, self.marks, plans):
            out.write(line + "\n")
        for line in self.progress_lines(changes):
            out.write(line + "\n")
        if dates.said:  # tasks moved, the finish moved, or "dates not compared: ..."
            summary = summary_line(changes, dates, self.new.project, len(order), self.marks)
            out.write(summary + "\n")

    def json_data(self, changes: list[PlanChange]) -> dict[str, object]:
        """What ``gantry diff --json`` prints: ``changes`` as it always has (what a user
        entered) and, when some task's dates moved, ``moved`` (every one of them) and
        ``summary`` (the counts), as the text gives its moved lines and summary then; when
        some task moved up or down within its summary, ``reordered`` (every one of them)."""
        dates, order = self.dates(), self.reordered()
        data: dict[str, object] = {
            "changes": [c.as_dict() | self.json_extra(c) | self.json_id(c) for c in changes]
        }
        if order:  # each task's uid as before, its ID in each plan (old_id, new_id)
            data["reordered"] = [order_json(m) for m in order]
        if dates.said:
            old, new = self.old, self.new
            data["moved"] = [move_json(m) | {"id": json_id(m.uid, old, new)} for m in dates.moves]
            data["summary"] = summary_counts(changes, dates, len(order))
        found = self.figures() if changes or self.figure_lines(changes) else None
        if found is not None:
            figures = figures_json(*found, changed_tasks(changes))
            if not self.baseline_money:  # no baselines' cost: BAC and EAC not known
                figures.update(bac={"old": None, "new": None}, eac={"old": None, "new": None})
            if not self.money:  # a hand-off without costs: its money is not known (null)
                unknown = {"old": None, "new": None}
                figures.update(cost=unknown, bac=unknown, eac=unknown)
                tasks = figures["tasks"]
                for task in tasks if isinstance(tasks, list) else ():
                    task["cost"] = unknown
            data["figures"] = figures
        return data

    def line(self, change: PlanChange) -> str:
        """One line of the text diff: what changed, and for a changed field old -> new."""
        old, new = self.old, self.new
        line = f"{change.kind:8} {item_text(change, old, new)}"
        if change.kind == MORE:  # a baseline set or cleared: the tasks past those listed
            return line + f": {more_text(change)}"
        if change.kind != "changed":
            return line
        if change.field == LEVELING_DELAY and change.entity == "task":  # a person's: a length
            before, after = (
                local_figure(self.delay_text(change.old, change.uid, old), self.marks),
                local_figure(self.delay_text(change.new, change.uid, new), self.marks),
            )
            return line + f": {LEVELING_DELAY_TITLE} {before} -> {after}"
        tasks_before = risk_tasks_text(change, change.old, old, new)
        if tasks_before is not None:
            after_text = risk_tasks_text(change, change.new, new, old)
            return line + f": {RISK_TASKS_TITLE} {tasks_before} -> {after_text}"
        lag = lag_texts(change, old, new)
        marks = self.marks
        tables = rate_tables_text(change, old, new, marks)  # table A from 2027-04-01 €110.00/h
        if tables is not None:
            return line + f": {tables}"
        if lag is not None:  # 3FS+5d -> 3FS+1w, as the Predecessors cell shows the link
            before, after = local_link(lag[0], marks), local_link(lag[1], marks)
            return line + f": {field_shown(change, old, new)} {before} -> {after}"
        before, after = (
            _value(change, change.old, old, marks),
            _value(change, change.new, new, marks),
        )
        before, after = _same_day_times(change, before, after)
        if before == after and change.field in LENGTH_FIELDS and change.old != change.new:
            # "1d -> 1d" between plans of 7.5 h and 8 h days: say the hours too
            before += f" ({_hours(change, change.old, old, marks)})"
            after += f" ({_hours(change, change.new, new, marks)})"
        return line + f": {field_shown(change, old, new)} {before} -> {after}"

    def progress_lines(self, changes: list[PlanChange]) -> list[str]:
        """The ``progress:`` section: one line per task (app/cli/diff_progress.py)."""
        old, new = self.old, self.new

        def values(change: PlanChange) -> tuple[str, str]:
            rest = self.line(change)[len(f"{change.kind:8} {item_text(change, old, new)}: ") :]
            before, _, after = rest.removeprefix(field_shown(change, old, new) + " ").partition(
                " -> "
            )
            return before, after

        return progress_lines(
            changes,
            lambda c: item_text(c, old, new),
            lambda c: field_shown(c, old, new),
            values,
        )

    def json_id(self, change: PlanChange) -> dict[str, Scalar]:
        """A task's ``id`` beside its ``uid`` (the ID the text names it by: in the new plan,
        the old one's for a task removed); an assignment's task and person by uid, ID and
        name (:func:`assignment_json`); nothing for a change about another thing."""
        if change.entity == "assignment":
            return assignment_json(change, self.old, self.new)
        if change.entity == "link":
            return link_json(change, self.old, self.new)
        if change.entity != "task":
            return {}
        return {"id": json_id(change.uid, self.old, self.new)}

    def json_extra(self, change: PlanChange) -> dict[str, Scalar]:
        """Keys ``diff --json`` adds to a change: for a leveling delay, the unit of the raw
        ``old``/``new`` (working minutes) and the text the line shows (elapsed days); for a
        person's rate, the same (per hour; ``1200/d``, in the person's unit); for a risk's
        tasks, the texts the line shows (``4 'Pour', 7 'Cure'``; old/new stay the uids);
        for a lag, the link as the line shows it (``3FS+1w``; old/new stay the minutes, or
        the unit kept)."""
        if change.kind != "changed":
            return {}
        lag = lag_texts(change, self.old, self.new)
        if lag is not None:
            return {"old_text": lag[0], "new_text": lag[1]}
        old_tasks = risk_tasks_text(change, change.old, self.old, self.new)
        new_tasks = risk_tasks_text(change, change.new, self.new, self.old)
        if old_tasks is not None and new_tasks is not None:
            return {"old_text": old_tasks, "new_text": new_tasks}
        old_rate = rate_text(change, change.old, self.old)
        new_rate = rate_text(change, change.new, self.new)
        if old_rate is not None and new_rate is not None:
            return {"unit": "per hour", "old_text": old_rate, "new_text": new_rate}
        if change.field != LEVELING_DELAY or change.entity != "task":
            return {}
        return {
            "unit": "working minutes",
            "old_text": self.delay_text(change.old, change.uid, self.old),
            "new_text": self.delay_text(change.new, change.uid, self.new),
        }

    def delay_text(self, value: Scalar, uid: int | str, plan: Plan) -> str:
        """Task ``uid``'s leveling delay ``value`` on ``plan`` as MS Project shows it: ``14ed``.

        A delay that cannot be measured in elapsed time (a started task's pause, a
        plan that cannot be scheduled) stays in working time: ``10d``
        (:class:`app.domain.leveling_elapsed.DelayTexts`, which the review shares).
        """
        if not isinstance(value, int) or isinstance(value, bool):
            return raw_text(value)
        return self._delays.text(value, uid, plan)


def diff_line(change: PlanChange, old: Plan, new: Plan) -> str:
    """One line of the text diff (a :class:`DiffWriter` for a single change), figures the
    C way."""
    return DiffWriter(old, new, marks=C_MARKS).line(change)


def field_shown(change: PlanChange, old: Plan, new: Plan) -> str:
    """A changed field as the line names it: as the sheet titles it ("Duration", "% Complete":
    app/cli/diff_titles.py), a custom field as its column is titled, by the alias the user
    knows ("Points"; "Cost (Cost1)" where the alias alone is ambiguous), from the new plan
    else the old, as the Import review names it (change_titles.custom_title)."""
    field = change.field
    title = diff_title(change)
    if title is not None:
        return title
    if field is None or not is_field_name(field):
        return str(field)
    return custom_title(field, new.project.custom_fields, old.project.custom_fields)
