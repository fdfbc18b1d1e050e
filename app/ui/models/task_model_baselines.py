"""The task sheet's numbered baseline and interim plan columns (MS Project's Baseline1..10
Start, Finish, Duration, Work and Cost; Start1..10 and Finish1..10), and typing into every
baseline column, Baseline (0)'s too.

The values are :class:`app.domain.baseline_fields.BaselineFieldValues`' (each task's own
entry: a summary's holds what was saved for it, as Baseline (0)'s does); a date the plan
does not hold shows "NA", as MS Project shows it. A typed value is one undo step that
replaces the baseline (or interim plan) with the task's value changed, written to the
.gantry as Set Baseline writes one (app/domain/baseline_fields.py has the rules).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.baseline import Baseline
from app.domain.baseline_fields import (
    FIELD_KEYS,
    FIXED_COST,
    FIXED_COST_KEYS,
    BaselineFieldValues,
    FieldRef,
    date_text,
    field_ref,
    typed_baseline,
    typed_interim,
)
from app.domain.cost_tracking import Kind, tracking_text
from app.domain.errors import InputError
from app.domain.fixed_cost_limit import check_fixed_cost
from app.domain.interim_plan import InterimPlan
from app.domain.plan import Plan
from app.domain.typed_money import read_typed_money
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.budget.money import money
from app.ui.commands import PlanCommand, quoted
from app.ui.locale_durations import typed_duration, typed_marks, typed_work
from app.ui.models.task_date_edits import (
    cell_year,
    format_date,
    format_date_edit,
    parse_optional_date,
)
from app.ui.models.task_edits import Column

if TYPE_CHECKING:
    from app.ui.document import Document

# The numbered baselines' and interim plans' columns, each with its field's key, and
# Baseline (0..10) Fixed Cost's.
FIELD_COLUMNS: dict[Column, str] = {
    Column[key.upper()]: key for key in (*FIELD_KEYS, *FIXED_COST_KEYS)
}
# Every column typed into here: those and Baseline (0)'s.
TYPED_KEYS: dict[Column, str] = {
    Column.BASELINE_START: "baseline_start",
    Column.BASELINE_FINISH: "baseline_finish",
    Column.BASELINE_DURATION: "baseline_duration",
    Column.BASELINE_WORK: "baseline_work",
    Column.BASELINE_COST: "baseline_cost",
    **FIELD_COLUMNS,
}
TYPED_COLUMNS = frozenset(TYPED_KEYS)


def _ref(column: Column) -> FieldRef:
    found = field_ref(TYPED_KEYS[column])
    assert found is not None  # every key of TYPED_KEYS names a field
    return found


# Dates (typed as dates) and figures (right-aligned) among them.
DATE_COLUMNS = frozenset(c for c in TYPED_COLUMNS if _ref(c).is_date)
FIGURE_COLUMNS = frozenset(FIELD_COLUMNS) - DATE_COLUMNS


class BaselineFieldCells:
    """The numbered baseline and interim plan columns' cell texts of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._values: BaselineFieldValues | None = None

    def values(self) -> BaselineFieldValues:
        """The values of the document's plan (a plan opened anew gets a table of its own)."""
        plan = self.document.plan
        if self._values is None or self._values.plan is not plan:
            self._values = BaselineFieldValues(plan)
        return self._values

    def text(self, column: Column, uid: int, editing: bool) -> str:
        """A cell's text: a date, "NA" without one (blank to edit); a figure as Baseline
        Duration, Work and Cost show theirs, blank where the baseline does not hold the task."""
        key = TYPED_KEYS[column]
        values = self.values()
        if column in DATE_COLUMNS:
            moment = values.date(key, uid)
            return format_date_edit(moment) if editing else date_text(moment, format_date)
        figure = values.figure(key, uid)
        if figure is None:
            return ""
        project = self.document.plan.project
        if figure.kind is Kind.MONEY:
            if editing:  # the locale's decimal mark, no currency sign (as Fixed Cost edits)
                amount = f"{figure.value:.{project.currency_digits}f}"
                return amount.replace(".", locale_marks().decimal)
            return money(project, figure.value)
        return local_figure(tracking_text(figure, self.document.plan, str), locale_marks())


def baseline_cell_command(
    document: Document, uid: int, column: Column, text: str
) -> PlanCommand | None:
    """The undo step for a value typed into a baseline or interim plan column (None: the
    cell's own text typed back, or nothing would change). InputError names the column for
    text that is no date, duration, work or amount, a negative length, or a duration of
    the other kind than the task's (elapsed or working time). A start after its finish is
    taken, as MS Project takes it."""
    ref = _ref(column)
    plan = document.plan
    task = plan.task(uid)
    typed = text.strip()
    shown = BaselineFieldCells(document).text(column, uid, editing=False)
    if typed and typed == shown:
        return None  # a rounded "2.33d" committed again keeps the minutes behind it
    title = ref.title()
    project = plan.project
    if ref.is_date:
        default = project.default_start_time if ref.part == "start" else project.default_finish_time
        current = BaselineFieldCells(document).values().date(TYPED_KEYS[column], uid)
        value: datetime | float | None = parse_optional_date(
            typed, default, cell_year(plan, current)
        )
    else:
        value = _figure(document, uid, ref, typed)
    if _typed(plan, ref, uid, value) is None:  # refused here (InputError), or no change
        return None
    return BaselineValueCommand(document, ref, uid, value, f"Set {title} of {quoted(task.name)}")


def _typed(
    plan: Plan, ref: FieldRef, uid: int, value: datetime | float | None
) -> Baseline | InterimPlan | None:
    """The baseline or interim plan with the value typed in (None: nothing changes)."""
    if ref.interim is None:
        return typed_baseline(plan, ref, uid, value)
    assert value is None or isinstance(value, datetime)
    return typed_interim(plan, ref, uid, value)


def _figure(document: Document, uid: int, ref: FieldRef, typed: str) -> float:
    """The minutes or amount typed for a figure field ("" or NA: none)."""
    if typed.lower() in ("", "na"):
        return 0
    plan = document.plan
    project = plan.project
    title = ref.title()
    if ref.part in ("cost", FIXED_COST):  # the refusals name the column themselves
        symbols = (project.currency_symbol, project.currency)
        amount = read_typed_money(typed, symbols, typed_marks(), title, project.currency_digits)
        check_fixed_cost(amount, typed, title)
        return amount
    try:
        if ref.part == "work":
            return typed_work(typed, project).minutes
        length = typed_duration(typed, project)
    except InputError as exc:
        raise InputError(f"{title}: {exc}") from None
    elapsed = plan.task(uid).elapsed and not plan.is_summary(uid)
    if length.elapsed != elapsed:
        kind = "an elapsed" if elapsed else "a working-time"
        other = "elapsed time (2ed)" if elapsed else "working time (2d)"
        name = quoted(plan.task(uid).name)
        raise InputError(f"{name} has {kind} duration: type its {title} in {other}")
    return length.minutes


class BaselineValueCommand(PlanCommand):
    """Type one task's value into a baseline (or an interim plan); undo puts back the one it
    replaced, or none when the value began it.

    The value is laid on the baseline as the command runs, not on the one it was made from:
    Paste, Fill Down and Replace All make a command per cell before running them all.
    """

    def __init__(
        self,
        document: Document,
        ref: FieldRef,
        uid: int,
        value: datetime | float | None,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self._ref, self._uid, self._value = ref, uid, value
        self._old: Baseline | InterimPlan | None = None
        self._changed = False

    def _redo(self) -> None:
        plan = self.document.plan
        ref = self._ref
        new = _typed(plan, ref, self._uid, self._value)
        self._changed = new is not None
        if isinstance(new, Baseline):
            self._old = plan.set_baseline(new)
        elif isinstance(new, InterimPlan):
            if new.entries:
                self._old = plan.set_interim(new)
            else:  # its last date emptied: no longer set, as the file keeps it (no rows)
                self._old = plan.clear_interim(new.number)

    def _undo(self) -> None:
        if not self._changed:
            return
        plan = self.document.plan
        ref, old = self._ref, self._old
        if isinstance(old, Baseline):
            plan.set_baseline(old)
        elif isinstance(old, InterimPlan):
            plan.set_interim(old)
        elif ref.interim is not None:
            plan.clear_interim(ref.interim)
        else:
            plan.clear_baseline(ref.baseline or 0)
