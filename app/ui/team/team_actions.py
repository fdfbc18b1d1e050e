"""The Team view's commands on the people selected: add, edit and remove people, put them on
tasks and take them off, their days off, Assignment Information, and leveling.

Remove, Assign to task, Fill Down, Copy and Set Calendar act on everyone selected in the
roster; Details… too, as MS Project's Multiple Resource Information (the fields several
people share, app/ui/team/many_people.py); Remove from task, days off and Change Working Time
on the current person, whose details show. A mixin of
:class:`app.ui.team.view.TeamView`; each edit is one undoable step, a refused one is told
in ``message``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from app.domain.calendars import overlapping_exception
from app.domain.errors import AppError
from app.domain.leveling import LevelingResult
from app.domain.plural_words import counted
from app.domain.resource import Resource
from app.domain.vacations import vacations
from app.ui.background import Cancelled
from app.ui.commands import PlanCommand, execute, one_step, quoted
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
from app.ui.team.many_people_dialog import ManyPeopleDialog, SetCalendarDialog
from app.ui.team.people_paste import (
    ask_update,
    keep_copied,
    paste_people,
    roster_copied_text,
    say,
)
from app.ui.team.person_details import details_command
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_many import copy_rows, fill_down_command
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

        def selected_uids(self) -> list[int]: ...

        def select_many(self, uids: list[int]) -> None: ...

    def _person(self) -> int | None:
        """The selected person; says what to do first when there is none."""
        uid = self.selected_uid()
        if uid is None:
            empty = not self.document.plan.resources
            self.message(
                self, "Add a person to the team first." if empty else "Select a person first."
            )
        return uid

    def _people(self) -> list[int]:
        """Everyone selected; says what to do first when there is no one."""
        uids = self.selected_uids()
        if not uids:
            self._person()
        return uids

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
        for the selected person, or Multiple Resource Information for several; its OK is one
        undo step (person_details, many_people)."""
        uids = self.selected_uids()
        if len(uids) > 1:
            self._run_on_many(ManyPeopleDialog.ask(self, self.document, uids), uids)
            return
        uid = self._person()
        if uid is None:
            return
        plan = self.document.plan
        old = plan.resource(uid)
        answer = ResourceDialog.ask(self, plan, old)
        command = None if answer is None else details_command(self.document, old, answer)
        if command is not None:
            self.run(command)

    def set_calendar(self) -> None:
        """Set Calendar…: the calendar everyone selected works on, their own days off kept;
        one undo step, said in the status bar."""
        uids = self._people()
        if uids and not self.document.read_only:
            self._run_on_many(SetCalendarDialog.ask(self, self.document, uids), uids)

    def _run_on_many(self, command: PlanCommand | None, uids: list[int]) -> None:
        """Do a step on several people, say it in the status bar, and keep them selected."""
        if command is not None and self.run(command):
            say(self.table, command.text())
            self.select_many(uids)  # a sorted roster may have moved them

    def remove_selected(self) -> None:
        """Remove everyone selected (with their assignments), one undo step; people on tasks
        are asked about first, naming how many, as MS Project asks before deleting an
        assigned resource."""
        uids = self._people()
        if not uids:
            return
        plan = self.document.plan
        tasks = {a.task_uid for uid in uids for a in plan.assignments_of_resource(uid)}
        one = len(uids) == 1
        name = plan.resource(uids[0]).name if one else counted(len(uids), "person", "people")
        them = name if one else "them"
        question = (
            f"{name[0].upper()}{name[1:]} {'is' if one else 'are'} on"
            f" {counted(len(tasks), 'task')}: removing {them} from the team takes"
            f" {them} off {'it' if len(tasks) == 1 else 'them'} too.\n\nRemove {them}?"
        )
        if tasks and not self.confirm(self, question):
            return
        parts = [RemoveResourceCommand(self.document, uid) for uid in uids]
        self.run(one_step(self.document, f"Remove {name} from the team", parts))

    def assign_to_task(self) -> None:
        """Put everyone selected on a task chosen (MS Project's Assign Resources), one undo
        step; units left blank are each person's own default."""
        uids = self._people()
        if not uids:
            return
        people = [self.document.plan.resource(uid) for uid in uids]
        answer = AssignTaskDialog.ask(
            self, self.document.plan, people[0] if len(people) == 1 else people
        )
        if answer is None:
            return
        task_uid, units = answer
        staffing: dict[int, str | None] = {}
        for res in people:
            try:  # a recurring task occurrence by occurrence, each keeping its own people
                staffing[res.uid] = parse_units(units, res)
            except AppError as exc:
                self.message(self, f"{res.name}: {exc}")
                return
        try:
            command = staff_people(self.document, task_uid, staffing)
        except AppError as exc:
            self.message(self, f"{people[0].name}: {exc}" if len(people) == 1 else str(exc))
            return
        self.run(command)

    def fill_down(self) -> None:
        """Ctrl+D: the top selected person's value of the current column into the others
        selected (Max Units for a crew, say), one undo step."""
        try:
            command = fill_down_command(self.document, self.table, self.proxy)
        except AppError as exc:
            self.message(self, str(exc))
            return
        if command is not None:
            uids = self.selected_uids()
            current = self.table.currentIndex().column()
            self.run(command)
            self.select_many(uids)  # a sorted roster may have moved them
            index = self.table.currentIndex()
            self.table.setCurrentIndex(index.siblingAtColumn(max(current, 0)))

    def copy_people(self) -> None:
        """Ctrl+C: the selected people's rows as tab-separated text, for Excel, and the people
        themselves (a snapshot) for Paste in another plan's roster (app/ui/team/people_paste.py)."""
        uids = self.selected_uids()
        count = copy_rows(self.table)
        if not count:
            say(self.table, "Select the people to copy first")
            return
        keep_copied(self.table, self.document, uids, QApplication.clipboard().text())
        say(self.table, roster_copied_text(count))

    def paste_people(self) -> None:
        """Ctrl+V: people copied in another plan's roster added (those here updated, if the
        user says so), or people of the names in text copied elsewhere; one undo step."""
        if self.document.read_only:
            return
        uids = paste_people(self.table, self.document, type(self).ask_update)
        if uids:
            self.select_many(uids)

    ask_update = staticmethod(ask_update)  # tests replace this to answer the question

    def import_people(self) -> None:
        """Resource > Import People from Plan…: people of another plan file added here."""
        if self.document.read_only:
            return
        from app.ui.team.import_people_dialog import import_people

        uids = import_people(self.table, self.document)
        if uids:
            self.select_many(uids)

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
