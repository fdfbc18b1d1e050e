"""The task sheet's Earned Value tables' columns (BCWS, BCWP, ACWP, SV, CV, EAC, BAC, VAC,
CV%, CPI, TCPI, SV%, SPI), Physical % Complete and Earned Value Method.

The figures are :class:`app.domain.earned_value_table.EarnedValueFigures`', the Budget
view's (at the project's status date, else its Current Date, else now to the minute,
against the project's baseline for earned value), so a cell, the Budget view and the
printout never disagree. They are worked out: typing on one gives a status-bar pointer
to what drives it. Physical % Complete is typed, on a task (a summary has none of its
own), in the user's locale's numbers (app/domain/physical_percent.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.cost_tracking import tracking_text
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.earned_value_table import EarnedValueFigures
from app.domain.errors import InputError
from app.domain.physical_percent import TITLE, parse_physical_percent
from app.domain.project import measured_at
from app.domain.quoting import quoted
from app.ui.budget.money import money
from app.ui.commands import EditTaskCommand, PlanCommand
from app.ui.locale_durations import typed_marks
from app.ui.models.task_edits import HEADERS, Column

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.document import Document

# Each column with the key the printout and app.domain.earned_value_table know it by.
EARNED_KEYS: dict[Column, str] = {
    Column.BCWS: "bcws",
    Column.BCWP: "bcwp",
    Column.ACWP: "acwp",
    Column.SV: "sv",
    Column.CV: "cv",
    Column.EAC: "eac",
    Column.BAC: "bac",
    Column.VAC: "vac",
    Column.CV_PERCENT: "cv_percent",
    Column.CPI: "cpi",
    Column.TCPI: "tcpi",
    Column.SV_PERCENT: "sv_percent",
    Column.SPI: "spi",
    Column.PHYSICAL_PERCENT: "physical_percent_complete",
}
EARNED_COLUMNS = frozenset(EARNED_KEYS)
# Typed on a task's row, blank and not editable on a summary's.
TYPED_ON_TASKS = frozenset({Column.PHYSICAL_PERCENT, Column.EV_METHOD})
# MS Project's Earned Value Method column: each task's method (its own, else the project's
# default from File > Options), picked from these two; blank on a summary, as its box in
# Task Information is greyed.
EV_METHOD_TITLE = "Earned Value Method"
EV_METHOD_NAMES: dict[str, EarnedValueMethod] = {m.title: m for m in EarnedValueMethod}


def earned_hint(column: int) -> str | None:
    """The status-bar pointer for typing on an earned value column (None: not one)."""
    try:
        found = Column(column)
    except ValueError:
        return None
    if found not in EARNED_COLUMNS:
        return None
    if found is Column.PHYSICAL_PERCENT:  # refused only on a summary's row
        return (
            "Physical % Complete is typed on tasks: a summary's earned value adds up its subtasks'"
        )
    return (
        f"{HEADERS[found]} follows the baseline for earned value, % complete and the status "
        "date (Project > Project Information): edit those to change it"
    )


def sheet_now() -> datetime:
    """Now to the minute: where the earned value columns (and a sort by them) measure when
    the plan has no status date nor Current Date."""
    return datetime.now().replace(second=0, microsecond=0)


def physical_percent_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The command for typing ``text`` into a task's Physical % Complete (None: unchanged);
    InputError names the task when the text is no whole percentage 0..100."""
    plan = document.plan
    task = plan.task(uid)
    name = quoted(task.name)
    if plan.is_summary(uid):
        raise InputError(f"{TITLE} of summary task {name} is typed on its subtasks")
    value = parse_physical_percent(text, *typed_marks(), what=f"{TITLE} of {name}")
    if value == task.physical_percent_complete:
        return None
    return EditTaskCommand(
        document, uid, f"Set Physical % Complete of {name}", physical_percent_complete=value
    )


def ev_method_text(plan: Plan, uid: int) -> str:
    """A task's Earned Value Method cell ("" on a summary): its own, else the project's."""
    if plan.is_summary(uid):
        return ""
    return (plan.task(uid).ev_method or plan.project.ev_method).title


def ev_method_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The command for picking ``text`` as a task's Earned Value Method (None: unchanged);
    InputError names the task and the two methods for any other text."""
    plan = document.plan
    task = plan.task(uid)
    name = quoted(task.name)
    if plan.is_summary(uid):
        raise InputError(f"{EV_METHOD_TITLE} of summary task {name} is set on its subtasks")
    typed = " ".join(text.split()).casefold()
    found = next((m for t, m in EV_METHOD_NAMES.items() if t.casefold() == typed), None)
    if found is None:
        raise InputError(
            f"{EV_METHOD_TITLE} of {name}: {quoted(text.strip())} is no method: pick "
            + " or ".join(EV_METHOD_NAMES)
        )
    if found is (task.ev_method or plan.project.ev_method):
        return None
    return EditTaskCommand(document, uid, f"Set {EV_METHOD_TITLE} of {name}", ev_method=found)


class EarnedCells:
    """The earned value columns' cell texts of one document, the figures kept per state."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._figures: EarnedValueFigures | None = None

    def figures(self) -> EarnedValueFigures | None:
        """The figures of the plan as it is now (None: the document computes no costs)."""
        doc = self.document
        costs = getattr(doc, "costs", None)
        if costs is None:
            return None
        plan = doc.plan
        when = measured_at(plan.project, sheet_now())
        figures = self._figures
        if (
            figures is None
            or figures.costs is not costs
            or figures.schedule is not doc.schedule
            or figures.plan is not plan
            or figures.status_date != when
        ):
            figures = self._figures = EarnedValueFigures(plan, doc.schedule, costs, when)
        return figures

    def value(self, uid: int, column: Column) -> float | None:
        """The bare figure behind a cell (None: blank, or no costs)."""
        figures = self.figures()
        return None if figures is None else figures.value(EARNED_KEYS[column], uid)

    def text(self, uid: int, column: Column) -> str | None:
        """The cell text (None: no costs to read it from)."""
        figures = self.figures()
        if figures is None:
            return None
        plan = self.document.plan
        figure = figures.figure(EARNED_KEYS[column], uid)
        return tracking_text(figure, plan, lambda amount: money(plan.project, amount))
