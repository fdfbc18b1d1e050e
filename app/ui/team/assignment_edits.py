"""Typed cells of the Team view's assignment list: units, work, a cost item's cost, rate table.

Each edit becomes one undoable step; a refused value says why and the cell shows the
stored value again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableWidgetItem

from app.domain.errors import AppError, InputError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.typed_money import read_typed_money
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.commands import quoted
from app.ui.dialogs.assign_staffing import staff_people
from app.ui.locale_durations import typed_marks, typed_work
from app.ui.team.commands import EditAssignmentCommand, SetAssignmentWorkCommand
from app.ui.team.roster_model import ResourceUidRole

if TYPE_CHECKING:
    from app.ui.team.view import TeamView

UNITS, WORK, COST, TABLE = 1, 2, 3, 4  # the typed columns of the assignment list
RATE_TABLES = "ABCDE"  # cost rate tables, as MS Project names them


def work_text(minutes: float) -> str:
    """Work as the assignment list shows it: hours, one decimal, in the user's locale
    (``1,234.5h``; ``1.234,5h`` in German)."""
    return local_figure(f"{minutes / 60:,.1f}h", locale_marks())


def on_assignment_edited(view: TeamView, item: QTableWidgetItem) -> None:
    """New units typed for one of the person's tasks: restaff that task as one step
    (a cost item's amount, a person's work, a rate table: set it on that assignment)."""
    uid = view.selected_uid()
    if uid is None:
        return
    plan = view.document.plan
    task_uid = int(item.data(ResourceUidRole))
    res = plan.resource(uid)
    if res.type is ResourceType.COST and item.column() == COST:
        _set_cost(view, res, task_uid, item.text())
        return
    if item.column() == TABLE:
        _set_rate_table(view, res, task_uid, item.text())
        return
    if item.column() == WORK:
        _set_work(view, res, task_uid, item.text())
        return
    if item.column() != UNITS:
        return
    try:  # a recurring task's summary row: each occurrence keeps its own people and units
        command = staff_people(view.document, task_uid, {uid: item.text().strip() or "100%"})
    except AppError as exc:
        view.message(view, f"{res.name}: {exc}")
        view.refresh_person()
        return
    if not view.run(command):
        view.refresh_person()


def _assignments_on(plan: Plan, res: Resource, task_uid: int) -> list[Assignment]:
    """The person's assignment on the task (a list: none once it is gone)."""
    return [a for a in plan.assignments_of_task(task_uid) if a.resource_uid == res.uid]


def _set_cost(view: TeamView, res: Resource, task_uid: int, text: str) -> None:
    """What a cost item costs on one task, typed in its Cost cell, as one step."""
    plan = view.document.plan
    project = plan.project
    found = _assignments_on(plan, res, task_uid)
    try:
        symbols, digits = (project.currency_symbol, project.currency), project.currency_digits
        cost = read_typed_money(text, symbols, typed_marks(), "", digits)  # named below
        if cost < 0:
            raise InputError(f"{quoted(text.strip())} is negative; a cost cannot be")
    except InputError as exc:
        view.message(view, f"{res.name}, Cost: {exc}")
        view.refresh_person()
        return
    changed = bool(found) and found[0].cost != cost
    task = plan.task(task_uid).name
    text = f"Cost of {quoted(res.name)} on {quoted(task)}"
    if changed and view.run(EditAssignmentCommand(view.document, found[0].uid, text, cost=cost)):
        return
    view.refresh_person()  # the cell shows the amount as money again


def _set_work(view: TeamView, res: Resource, task_uid: int, text: str) -> None:
    """The work one person does on one task ("16h", "2d"; a bare number is hours), as one
    step; the task's duration or the person's units follow the task type."""
    plan = view.document.plan
    found = _assignments_on(plan, res, task_uid)
    shown = view.document.costs.assignments.get(found[0].uid) if found else None
    if shown is not None and text.strip() == work_text(shown.work_minutes):
        view.refresh_person()  # the cell's own "1,234.5h" committed again: no change
        return
    try:
        typed = typed_work(text, plan.project)  # a bare number: the work unit
        if typed.elapsed:
            raise InputError(f"{quoted(text.strip())}: work is working time, not elapsed time")
        if found and typed.minutes != found[0].work_minutes:
            command = SetAssignmentWorkCommand(view.document, found[0].uid, typed.minutes)
            if view.run(command):
                return
    except InputError as exc:
        view.message(view, f"{res.name}, Work: {exc}")
    view.refresh_person()  # the cell shows the work as stored


def _set_rate_table(view: TeamView, res: Resource, task_uid: int, text: str) -> None:
    """The cost rate table (A-E) one assignment is priced at, as one step."""
    plan = view.document.plan
    found = _assignments_on(plan, res, task_uid)
    letter = text.strip().upper()
    if len(letter) != 1 or letter not in RATE_TABLES:
        view.message(
            view, f"{res.name}, Rate table: {quoted(text.strip())}: choose A, B, C, D or E"
        )
        view.refresh_person()
        return
    table = RATE_TABLES.index(letter)
    if found and found[0].rate_table != table:
        label = f"Rate table of {quoted(res.name)} on {quoted(plan.task(task_uid).name)}"
        command = EditAssignmentCommand(view.document, found[0].uid, label, rate_table=table)
        if view.run(command):
            return
    view.refresh_person()  # the cell shows the letter as stored
