"""Task Information (Shift+F2): every field of one task; OK applies them as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.assigning import format_assignments, unknown_names
from app.domain.errors import AppError, InputError
from app.domain.notation import format_duration
from app.domain.percent_shown import shown_percent
from app.domain.task import ConstraintType
from app.domain.task_name_limit import check_task_name
from app.domain.tracking import end_of_day
from app.domain.vacations import people_calendar_uids
from app.domain.wbs_shown import shown_wbs
from app.report.columns import CONSTRAINT_NAMES, TASK_TYPE_NAMES  # as the sheet and printout
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.commands import CompositeCommand, EditTaskCommand, PlanCommand, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.custom_fields_tab import CustomFieldsTab
from app.ui.dialogs.dates import OptionalDate, date_edit, read_date
from app.ui.dialogs.task_info_cost import CostFields
from app.ui.dialogs.task_info_earned import EarnedValueFields
from app.ui.dialogs.task_info_hyperlink import HyperlinkFields
from app.ui.dialogs.task_info_tracking import manual_pin, tracking_changes
from app.ui.document import Document
from app.ui.link_commands import SetPredecessorsCommand
from app.ui.locale_durations import typed_duration
from app.ui.models.predecessor_cells import format_predecessors, link_keys, parse_links
from app.ui.models.task_edits import (
    SUMMARY_CONSTRAINT_NAMES,
    Column,
    command_for_cell,
    summary_constraint_message,
)
from app.ui.team.commands import SetAssignmentsCommand, StaffWithNewPeopleCommand
from app.ui.team.people_delegate import attach_people_completion

# MS Project's words for Task.ignore_resource_calendar (Task Information > Advanced)
IGNORE_CALENDARS = "Scheduling ignores resource calendars"
_DATELESS = {ConstraintType.ASAP, ConstraintType.ALAP}
_FINISH_HELD = {ConstraintType.FNET, ConstraintType.FNLT, ConstraintType.MFO}


class TaskDialog(CommandDialog):
    """General fields, predecessors, constraint and deadline, notes."""

    def __init__(self, document: Document, uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.uid = uid
        plan = document.plan
        task = plan.task(uid)
        self.setWindowTitle(f"Task Information — {task.name}")
        times = document.schedule.get(uid)
        start = times.start if times else plan.project.start
        summary = plan.is_summary(uid)

        self.name = QLineEdit(task.name)
        self._duration_text = local_figure(  # the sheet's marks: 0,42w in German
            format_duration(
                task.duration_minutes,
                plan.project,
                task.elapsed,
                task.estimated,
                task.duration_unit,
            ),
            locale_marks(),
        )
        self.duration = QLineEdit(self._duration_text)
        self.duration.setEnabled(not summary)
        self._start = times.start if times else (task.start or plan.project.start)
        self._finish = times.finish if times else (task.finish or self._start)
        # a new day picked or typed without a time: the default start or end time, as in
        # the sheet's cells (app/ui/dialogs/dates.py), not the time the field opened with
        project = plan.project
        self.start = date_edit(self._start, self._start, project.default_start_time)
        self.finish = date_edit(self._finish, self._finish, project.default_finish_time)
        self.start.setEnabled(not summary)
        self.finish.setEnabled(not summary)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setValue(shown_percent(task.percent_complete))
        self.percent.setEnabled(not summary)
        self.priority = QSpinBox()
        self.priority.setRange(0, 1000)
        self.priority.setValue(task.priority)
        self.milestone = QCheckBox("Milestone")
        self.milestone.setChecked(task.milestone)
        self.manual = QCheckBox("Manually scheduled")
        self.manual.setChecked(task.manual)
        # MS Project 2010 and later: an inactive task stays in the plan but books no one and
        # drives nothing (app/domain/workload.py inactive_tasks)
        self.inactive = QCheckBox("Inactive")
        self.inactive.setChecked(not task.active)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow("Name", self.name)
        form.addRow("Duration", self.duration)
        form.addRow("Start", self.start)
        form.addRow("Finish", self.finish)
        form.addRow("% Complete", self.percent)
        form.addRow("Priority", self.priority)
        form.addRow("", self.milestone)
        form.addRow("", self.manual)
        form.addRow("", self.inactive)

        self.predecessors = QLineEdit(format_predecessors(plan, uid, marks=locale_marks()))
        self.predecessors.setPlaceholderText("row IDs, e.g. 3FS+2d,5SS")
        links = QWidget()
        links_form = QFormLayout(links)
        links_form.addRow("Predecessors", self.predecessors)
        hint = QLabel("FS, SS, FF or SF after the ID; a lag like +2d, -1d or +50%.")
        hint.setWordWrap(True)
        links_form.addRow("", hint)

        # A summary is offered only what the sheet lets it have (and the scheduler honours
        # there), as MS Project does; one it already holds from a file is still shown.
        self._summary = summary
        self.constraint = QComboBox()
        for kind, label in CONSTRAINT_NAMES.items():
            if not summary or label in SUMMARY_CONSTRAINT_NAMES or kind is task.constraint_type:
                self.constraint.addItem(label, kind)
        self.constraint.setCurrentIndex(self.constraint.findData(task.constraint_type))
        self.constraint_date = date_edit(task.constraint_date, start, project.default_start_time)
        # Without a date of its own, a type picked is offered at the edge it holds (as MS
        # Project fills it in): the finish for a finish constraint, so OK moves nothing.
        self._offered = (
            None if task.constraint_date is not None else read_date(self.constraint_date)
        )
        self.constraint.currentIndexChanged.connect(self._on_constraint_changed)
        # Offered at the end of the finish's day, as MS Project keeps a deadline at its
        # "Default end time": a day picked in the calendar then ends that evening.
        finish_day = (times.finish if times else start).date()
        self.deadline = OptionalDate(
            "Deadline", task.deadline, end_of_day(plan, finish_day), project.default_finish_time
        )
        self.calendar = QComboBox()
        self.calendar.addItem("Project calendar", None)
        personal = people_calendar_uids(plan)  # a person's days off are not a task's
        for cal in plan.calendars.values():
            if cal.uid not in personal or cal.uid == task.calendar_uid:
                self.calendar.addItem(cal.name, cal.uid)
        found = self.calendar.findData(task.calendar_uid)
        self.calendar.setCurrentIndex(max(found, 0))
        self.ignore_calendars = QCheckBox(IGNORE_CALENDARS)
        self.ignore_calendars.setChecked(task.ignore_resource_calendar)
        # MS Project's Level Assignments: leveling may delay one person's assignment on it
        # when the plan's "Leveling can adjust individual assignments" is on
        self.level_assignments = QCheckBox("Level assignments")
        self.level_assignments.setObjectName("task_level_assignments")
        self.level_assignments.setChecked(task.level_assignments)
        self.level_assignments.setToolTip(
            "With Leveling Options' 'Leveling can adjust individual assignments on a task', "
            "leveling may delay one person on this task and keep the others on time; off, "
            "the whole task waits"
        )
        self.calendar.currentIndexChanged.connect(self._on_calendar_changed)
        self._on_calendar_changed()
        # Task type and effort driven sit on the Advanced tab, as MS Project 2010 and later put them.
        self.task_type = QComboBox()
        for task_kind, label in TASK_TYPE_NAMES.items():
            self.task_type.addItem(label, task_kind)
        self.task_type.setCurrentIndex(list(TASK_TYPE_NAMES).index(task.task_type))
        self.effort_driven = QCheckBox("Effort driven")
        self.effort_driven.setChecked(task.effort_driven)
        # MS Project's WBS code (Advanced tab): a code typed here stays as the task moves;
        # cleared, or the outline number, it follows the outline
        self.wbs = QLineEdit(shown_wbs(plan, uid))
        advanced = QWidget()
        adv_form = QFormLayout(advanced)
        adv_form.addRow("WBS code", self.wbs)
        adv_form.addRow("Constraint", self.constraint)
        adv_form.addRow("Constraint date", self.constraint_date)
        adv_form.addRow("", self.deadline)
        adv_form.addRow("Task type", self.task_type)
        adv_form.addRow("", self.effort_driven)
        adv_form.addRow("Calendar", self.calendar)
        adv_form.addRow("", self.ignore_calendars)
        adv_form.addRow("", self.level_assignments)
        self.hyperlink = HyperlinkFields(task.hyperlink)  # app/ui/dialogs/task_info_hyperlink.py
        adv_form.addRow(self.hyperlink)
        self.cost = CostFields(task, plan.project)  # app/ui/dialogs/task_info_cost.py
        adv_form.addRow(self.cost)
        # app/ui/dialogs/task_info_earned.py: Earned Value method, Physical % Complete
        self.earned = EarnedValueFields(task, project.ev_method, summary)
        adv_form.addRow(self.earned)
        self._on_constraint_changed()

        # Resources tab (H5): the People notation (task type and effort driven: Advanced).
        self.people = QLineEdit(format_assignments(plan, uid))
        self.people.setPlaceholderText("e.g. Ana[50%], Ben")
        attach_people_completion(self.people, [r.name for r in plan.resources])
        people = QWidget()
        people_form = QFormLayout(people)
        people_form.addRow("People", self.people)

        self.notes = QPlainTextEdit(task.notes)
        self.notes.setTabChangesFocus(True)  # Tab leaves the note (it typed a tab: a trap)
        self.custom = CustomFieldsTab(plan, uid)  # app/ui/dialogs/custom_fields_tab.py

        tabs = QTabWidget()
        tabs.addTab(general, "General")
        tabs.addTab(links, "Predecessors")
        tabs.addTab(people, "Resources")
        tabs.addTab(advanced, "Advanced")
        tabs.addTab(self.notes, "Notes")
        tabs.addTab(self.custom, "Custom Fields")
        self.error = error_label()
        buttons = ok_cancel(self, read_only=document.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(580, 360)  # room for every tab title
        self.name.setFocus()  # as MS Project opens it: on the name, not on the tab bar
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _on_calendar_changed(self) -> None:
        # as MS Project: only a task with a calendar of its own can leave its people's out
        own = self.calendar.currentData() is not None
        self.ignore_calendars.setEnabled(own or self.ignore_calendars.isChecked())

    def _on_constraint_changed(self) -> None:
        kind = self.constraint.currentData()
        self.constraint_date.setEnabled(kind not in _DATELESS)
        project = self.document.plan.project
        held = kind in _FINISH_HELD  # a new day alone: the default end time on a finish one
        self.constraint_date.at = (
            project.default_finish_time if held else project.default_start_time
        )
        if self._offered is None or read_date(self.constraint_date) != self._offered:
            return  # the task's own date, or one the user chose: kept
        if kind in _DATELESS:
            return
        edge = self._finish if held else self._start
        self._offered = edge.replace(second=0, microsecond=0)
        self.constraint_date.fill(self._offered)

    def _tracking_changes(self) -> dict[str, Any]:
        """Duration and % complete as typed, with what they do to the actuals
        (app/ui/dialogs/task_info_tracking.py)."""
        plan = self.document.plan
        task = plan.task(self.uid)
        retyped = self.duration.text().strip() != self._duration_text
        # read only when retyped: the shown text may round the minutes ("0.42w")
        duration = typed_duration(self.duration.text(), plan.project) if retyped else None
        typed_percent = self.percent.value() != shown_percent(task.percent_complete)
        percent = float(self.percent.value()) if typed_percent else None
        manual = self.manual.isChecked()
        return tracking_changes(self.document, self.uid, duration, percent, manual)

    def _wbs_code(self) -> str:
        """The WBS code typed: "" for none of its own (blank, or the outline number)."""
        text = self.wbs.text().strip()
        if any(ord(c) < 32 for c in text):
            raise InputError("a WBS code cannot hold control characters")
        return "" if text == self.document.plan.wbs(self.uid) else text

    def command(self) -> PlanCommand | None:
        """The edit the dialog describes (None: nothing changed); raises AppError for bad input."""
        plan = self.document.plan
        task = plan.task(self.uid)
        name = self.name.text().strip()
        if not name:
            raise AppError("a task needs a name")
        check_task_name(name)
        changes: dict[str, Any] = {
            "name": name,
            "priority": self.priority.value(),
            "milestone": self.milestone.isChecked(),
            "manual": self.manual.isChecked(),
            "active": not self.inactive.isChecked(),
            "ignore_resource_calendar": self.ignore_calendars.isChecked(),
            "level_assignments": self.level_assignments.isChecked(),
            "notes": self.notes.toPlainText(),
            "deadline": self.deadline.value(),
            "calendar_uid": self.calendar.currentData(),
            "task_type": self.task_type.currentData(),
            "effort_driven": self.effort_driven.isChecked(),
            "custom": self.custom.values(task.custom),
            "hyperlink": self.hyperlink.value(),
            "wbs": self._wbs_code(),
            **self.cost.values(),  # fixed cost and its accrual
            **self.earned.values(),  # earned value method, physical % complete
        }
        if self.manual.isChecked():  # kept where it is scheduled, not at its last saved dates
            changes.update(manual_pin(self.document, self.uid))
        changes.update(self._tracking_changes())
        kind: ConstraintType = self.constraint.currentData()
        changes["constraint_type"] = kind
        changes["constraint_date"] = None if kind in _DATELESS else read_date(self.constraint_date)
        if (
            self._summary
            and CONSTRAINT_NAMES[kind] not in SUMMARY_CONSTRAINT_NAMES
            and (kind, changes["constraint_date"]) != (task.constraint_type, task.constraint_date)
        ):
            raise InputError(summary_constraint_message(task))  # the sheet's words
        changed = {k: v for k, v in changes.items() if getattr(task, k) != v}
        parts: list[PlanCommand] = []
        label = f"Edit task {quoted(task.name)}"
        if changed:
            parts.append(EditTaskCommand(self.document, self.uid, label, **changed))
        links = parse_links(plan, self.uid, self.predecessors.text())
        if link_keys(plan.links_into(self.uid)) != link_keys(links):
            parts.append(SetPredecessorsCommand(self.document, self.uid, links))
        if self.people.text().strip() != format_assignments(plan, self.uid):
            text = self.people.text()
            names = unknown_names(plan, text)  # they join the team, as in the People column
            parts.append(
                StaffWithNewPeopleCommand(self.document, self.uid, text, names)
                if names
                else SetAssignmentsCommand(self.document, self.uid, text)
            )
        # Dates typed here behave as in the table: a start pins the task, a finish sets its duration.
        for column, edit, was in (
            (Column.START, self.start, self._start),
            (Column.FINISH, self.finish, self._finish),
        ):
            moment = read_date(edit)
            if moment != was.replace(second=0, microsecond=0):
                dated = command_for_cell(
                    self.document, self.uid, column, moment.strftime("%Y-%m-%d %H:%M")
                )
                if dated is not None:
                    parts.append(dated)
        if not parts:
            return None
        return CompositeCommand(self.document, label, parts)
