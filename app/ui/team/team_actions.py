"""The Team view's commands on the selected person: add, edit and remove people, put them on
tasks and take them off, their days off, Assignment Information, and leveling.

A mixin of :class:`app.ui.team.view.TeamView`; each edit is one undoable step, a refused
one is told in ``message``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QTableView, QTableWidgetItem, QWidget

from app.domain.calendars import overlapping_exception
from app.domain.errors import AppError
from app.domain.leveling import LevelingResult
from app.domain.plural_words import counted
from app.domain.resource import Resource
from app.domain.vacations import vacations
from app.ui.background import Cancelled
from app.ui.commands import PlanCommand, execute, quoted
from app.ui.dialogs.assign_staffing import staff_people
from app.ui.dialogs.assign_units import parse_units
from app.ui.dialogs.assignment_info import open_assignment_info
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.dialogs.working_time_dialog import change_working_time as open_working_time
from app.ui.document import Document
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.assignment_table import AssignmentTable, AssignmentUidRole
from app.ui.team.commands import (
    AddResourceCommand,
    AddVacationCommand,
    RemoveResourceCommand,
    RemoveVacationCommand,
)
from app.ui.team.leveling_actions import clear_leveling, compute_leveling, level_resources
from app.ui.team.person_details import details_command
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import ResourceUidRole
from app.ui.team.roster_sort import RosterSortProxy
from app.ui.team.vacation_dialog import VacationDialog
from app.ui.widget_mixin import WidgetMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class TeamActions(WidgetMixin):
    """The Team toolbar's and assignment list's commands, on the person selected."""

    document: Document
    table: QTableView
    proxy: RosterSortProxy
    assignments: AssignmentTable
    vacation_list: QListWidget
    summary: QLabel
    background_from: int
    message: Callable[[QWidget, str], None]
    confirm: Callable[[QWidget, str], bool]
    sig_leveled: SignalInstance

    if TYPE_CHECKING:

        def selected_uid(self) -> int | None: ...

        def select(self, resource_uid: int) -> None: ...

    def _person(self) -> int | None:
        """The selected person; says what to do first when there is none."""
        uid = self.selected_uid()
        if uid is None:
            empty = not self.document.plan.resources
            self.message(
                self, "Add a person to the team first." if empty else "Select a person first."
            )
        return uid

    def run(self, command: PlanCommand) -> bool:
        """Do one undoable edit; a refused one is told in a message. True when it was done."""
        try:
            execute(self.document, command)
        except AppError as exc:
            self.message(self, str(exc))
            return False
        return True

    def add_person(self) -> None:
        """Add a new work resource and select it for editing."""
        plan = self.document.plan
        uid = plan.next_resource_uid()
        names = {r.name for r in plan.resources}
        k = 1
        while f"New person {k}" in names:
            k += 1
        if self.run(AddResourceCommand(self.document, Resource(uid, f"New person {k}"))):
            self.select(uid)
            self.table.edit(self.table.currentIndex())

    def edit_selected(self) -> None:
        """Open the full editor (rate tables, availability, calendar, Change Working Time…)
        for the selected person; its OK is one undo step (person_details)."""
        uid = self._person()
        if uid is None:
            return
        plan = self.document.plan
        old = plan.resource(uid)
        answer = ResourceDialog.ask(self, plan, old)
        command = None if answer is None else details_command(self.document, old, answer)
        if command is not None:
            self.run(command)

    def remove_selected(self) -> None:
        """Remove the selected person (with their assignments); one on tasks is asked about
        first, naming how many, as MS Project asks before deleting an assigned resource."""
        uid = self._person()
        if uid is None:
            return
        plan = self.document.plan
        tasks = {a.task_uid for a in plan.assignments_of_resource(uid)}
        name = plan.resource(uid).name
        question = (
            f"{name} is on {counted(len(tasks), 'task')}: removing {name} from the team takes"
            f" {name} off {'it' if len(tasks) == 1 else 'them'} too.\n\nRemove {name}?"
        )
        if not tasks or self.confirm(self, question):
            self.run(RemoveResourceCommand(self.document, uid))

    def assign_to_task(self) -> None:
        """Put the selected person on a task they choose (MS Project's Assign Resources)."""
        uid = self._person()
        if uid is None:
            return
        res = self.document.plan.resource(uid)
        answer = AssignTaskDialog.ask(self, self.document.plan, res)
        if answer is None:
            return
        task_uid, units = answer
        try:  # a recurring task occurrence by occurrence, each keeping its own people
            command = staff_people(self.document, task_uid, {uid: units or parse_units("", res)})
        except AppError as exc:
            self.message(self, f"{res.name}: {exc}")
            return
        self.run(command)

    def remove_from_task(self) -> None:
        """Take the selected person off the task selected in their assignment list."""
        uid = self._person()
        item = None if uid is None else self._chosen_task(uid)
        if uid is None or item is None:
            return
        res = self.document.plan.resource(uid)
        task_uid = int(item.data(ResourceUidRole))
        label = f"Remove {quoted(res.name)} from {quoted(self.document.plan.task(task_uid).name)}"
        self.run(staff_people(self.document, task_uid, {uid: None}, label))

    def assignment_info(self) -> None:
        """Assignment Information for the task selected in the person's assignment list."""
        uid = self._person()
        item = None if uid is None else self._chosen_task(uid)
        if item is not None:
            open_assignment_info(self.document, int(item.data(AssignmentUidRole)), self)

    def _chosen_task(self, uid: int) -> QTableWidgetItem | None:
        """The row chosen in the person's assignment list (its first cell); says what to
        select first when there is none."""
        row = self.assignments.currentRow()
        item = self.assignments.item(row, 0) if row >= 0 else None
        if item is None:
            name = self.document.plan.resource(uid).name
            self.message(self, f"Select one of {name}'s tasks first.")
        return item

    def _on_assignment_double_clicked(self, item: QTableWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.assignments.setCurrentItem(item)
            self.assignment_info()

    def add_vacation(self) -> None:
        """Ask for days off for the selected person."""
        uid = self._person()
        if uid is None:
            return
        who = self.document.plan.resource(uid).name
        answer = VacationDialog.ask(self, who)
        if answer is None:
            return
        first, last, _name = answer
        clash = overlapping_exception(vacations(self.document.plan, uid), first, last)
        if clash is not None:  # one exception a day, as MS Project allows
            self.message(
                self,
                f"{who}'s days off {first} to {last} overlap {clash.name} ({clash.start} to "
                f"{clash.end}): a day takes one exception, as in MS Project",
            )
            return
        self.run(AddVacationCommand(self.document, uid, *answer))

    def remove_vacation(self) -> None:
        """Remove the selected days off (or say what to select first)."""
        uid = self._person()
        if uid is None:
            return
        name = self.document.plan.resource(uid).name
        row = self.vacation_list.currentRow()
        if self.vacation_list.count() == 0:
            self.message(self, f"{name} has no days off to remove.")
        elif row < 0:
            self.message(self, f"Select the days off to remove in {name}'s list first.")
        else:
            self.run(RemoveVacationCommand(self.document, uid, row))

    def change_working_time(self) -> None:
        """Change Working Time on the selected person's own calendar (a 4-day week, say)."""
        uid = self._person()
        if uid is not None:
            open_working_time(self.document, self, uid)

    def compute_leveling(self) -> LevelingResult:
        """What leveling would do, from the plan without its current delays (off the GUI thread)."""
        return compute_leveling(self.document, self, self.background_from)

    def level_resources(self) -> None:
        """Delay tasks until nobody is over-allocated, as one undoable step."""
        try:
            text = level_resources(self.document, self, self.background_from)
        except Cancelled:
            self.summary.setText("Leveling cancelled; nothing moved.")
            return
        except AppError as exc:
            self.message(self, str(exc))
            return
        self.summary.setText(text)
        self.sig_leveled.emit(text)

    def clear_leveling(self) -> None:
        """Clear Leveling…: in a window, its Project > Clear Leveling… (MS Project's question,
        the entire project or the tasks selected in the Gantt); a view on its own has no
        Gantt selection and asks with the entire project only. One undoable step."""
        actions = getattr(self.window(), "action_collection", None)
        if actions is not None and "clear_leveling" in actions:
            # it says what it did here too (project_menu._report_leveling)
            actions["clear_leveling"].trigger()
            return
        if ClearLevelingDialog.ask(False, self) is None:
            return
        try:
            self.summary.setText(clear_leveling(self.document))
        except AppError as exc:
            self.message(self, str(exc))
