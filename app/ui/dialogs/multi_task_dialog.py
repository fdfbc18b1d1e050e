"""Task Information for several tasks (MS Project's Multiple Task Information, Shift+F2 on a
selection): the same tabs, each field blank where the tasks differ; OK applies only the
fields changed, to every task selected, as one undoable step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.notation import format_duration
from app.domain.percent_shown import shown_percent
from app.domain.task import ConstraintType
from app.domain.vacations import people_calendar_uids
from app.report.columns import CONSTRAINT_NAMES, TASK_TYPE_NAMES
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.commands import PlanCommand
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import error_label, ok_cancel
from app.ui.dialogs.command_dialog import CommandDialog
from app.ui.dialogs.custom_fields_tab import CustomFieldsTab
from app.ui.dialogs.multi_task_edits import TITLE, MultiEdit
from app.ui.dialogs.multi_task_fields import (
    LEAVE,
    MixedCheck,
    MixedCombo,
    MixedDate,
    MixedNotes,
    MixedSpin,
    MixedText,
)
from app.ui.dialogs.task_dialog import IGNORE_CALENDARS
from app.ui.document import Document
from app.ui.inactive_note import inactive_moves
from app.ui.locale_durations import typed_duration

_DATELESS = (ConstraintType.ASAP, ConstraintType.ALAP)
_NAMES_SHOWN = 4
_MESSAGE_MS = 10000  # as long as the window's other status-bar messages stay
HINT = "A blank field differs among them; only the fields changed are set on every task."
ONE_AT_A_TIME = "Edited one task at a time, as in MS Project (open one task's information)"


class MultiTaskDialog(CommandDialog):
    """General, Advanced, Notes and Custom Fields of several tasks at once; Predecessors and
    Resources are disabled, as MS Project disables them. :attr:`note` says, after OK, which
    fields were not set on summary tasks."""

    def __init__(
        self, document: Document, uids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.uids = list(uids)
        self.note = ""
        plan = document.plan
        tasks = [plan.task(u) for u in self.uids]
        plain = [t for t in tasks if not plan.is_summary(t.uid)]  # what summaries lack
        self.setWindowTitle(TITLE)
        project = plan.project
        times = [document.schedule.get(t.uid) for t in plain]

        names = ", ".join(t.name for t in tasks[:_NAMES_SHOWN])
        more = len(tasks) - _NAMES_SHOWN
        listed = f"{len(tasks)} tasks: {names}" + (f" and {more} more" if more > 0 else "")
        self.heading = QLabel(f"{listed}.\n{HINT}")
        self.heading.setWordWrap(True)
        self.duration = MixedText(
            [
                local_figure(  # the sheet's marks: 0,42w in German
                    format_duration(
                        t.duration_minutes, project, t.elapsed, t.estimated, t.duration_unit
                    ),
                    locale_marks(),
                )
                for t in plain
            ]
        )
        self.percent = MixedSpin(0, 100, [shown_percent(t.percent_complete) for t in plain], "%")
        self.priority = MixedSpin(0, 1000, [t.priority for t in tasks])
        starts = [
            (s.start if s else t.start) or project.start for t, s in zip(plain, times, strict=True)
        ]
        finishes = [
            (s.finish if s else t.finish) or project.start
            for t, s in zip(plain, times, strict=True)
        ]
        # A day given alone: at the default start (end) time, as the single task's dialog
        self.start = MixedDate("Start", starts, project.start, at=project.default_start_time)
        self.finish = MixedDate("Finish", finishes, project.start, at=project.default_finish_time)
        self.milestone = MixedCheck("Milestone", [t.milestone for t in plain])
        self.manual = MixedCheck("Manually scheduled", [t.manual for t in tasks])
        self.inactive = MixedCheck("Inactive", [not t.active for t in tasks])
        for only_plain in (self.duration, self.percent, self.start, self.finish, self.milestone):
            only_plain.setEnabled(bool(plain))
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.heading)
        form.addRow("Duration", self.duration)
        form.addRow(self.start.check, self.start.edit)
        form.addRow(self.finish.check, self.finish.edit)
        form.addRow("% Complete", self.percent)
        form.addRow("Priority", self.priority)
        form.addRow("", self.milestone)
        form.addRow("", self.manual)
        form.addRow("", self.inactive)

        self.constraint = MixedCombo(
            [(label, kind) for kind, label in CONSTRAINT_NAMES.items()],
            [t.constraint_type for t in tasks],
        )
        self.constraint_date = MixedDate(
            "Constraint date",
            [t.constraint_date for t in tasks],
            project.start,
            at=project.default_start_time,
        )
        self.constraint.currentIndexChanged.connect(self._on_constraint_changed)
        self._on_constraint_changed()
        self.deadline = MixedDate(
            "Deadline",
            [t.deadline for t in tasks],
            project.start,
            clearable=True,
            at=project.default_finish_time,
        )
        self.task_type = MixedCombo(
            [(label, kind) for kind, label in TASK_TYPE_NAMES.items()], [t.task_type for t in plain]
        )
        self.effort_driven = MixedCheck("Effort driven", [t.effort_driven for t in plain])
        self.task_type.setEnabled(bool(plain))
        self.effort_driven.setEnabled(bool(plain))
        personal = people_calendar_uids(plan)  # a person's days off are not a task's
        used = {t.calendar_uid for t in tasks}
        self.calendar = MixedCombo(
            [("Project calendar", None)]
            + [
                (c.name, c.uid)
                for c in plan.calendars.values()
                if c.uid not in personal or c.uid in used
            ],
            [t.calendar_uid for t in tasks],
        )
        self.ignore_calendars = MixedCheck(
            IGNORE_CALENDARS, [t.ignore_resource_calendar for t in tasks]
        )
        advanced = QWidget()
        adv_form = QFormLayout(advanced)
        adv_form.addRow("Constraint", self.constraint)
        adv_form.addRow(self.constraint_date.check, self.constraint_date.edit)
        adv_form.addRow(self.deadline.check, self.deadline.edit)
        adv_form.addRow("Task type", self.task_type)
        adv_form.addRow("", self.effort_driven)
        adv_form.addRow("Calendar", self.calendar)
        adv_form.addRow("", self.ignore_calendars)

        self.notes = MixedNotes([t.notes for t in tasks])
        self.custom = CustomFieldsTab(plan, self.uids[0], others=self.uids[1:])

        self.tabs = QTabWidget()
        self.tabs.addTab(general, "General")
        for title in ("Predecessors", "Resources"):  # as MS Project: one task at a time
            index = self.tabs.addTab(QLabel(ONE_AT_A_TIME), title)
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, ONE_AT_A_TIME)
        self.tabs.addTab(advanced, "Advanced")
        self.tabs.addTab(self.notes, "Notes")
        self.tabs.addTab(self.custom, "Custom Fields")
        self.error = error_label()
        buttons = ok_cancel(self, read_only=document.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(600, 400)
        self.duration.setFocus()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    def _on_constraint_changed(self) -> None:
        # as soon (or as late) as possible takes no date; blank keeps each task's type
        self.constraint_date.setEnabled(self.constraint.current() not in _DATELESS)

    def edit(self) -> MultiEdit:
        """The fields set, read from the dialog; raises AppError for text that cannot be read."""
        plan = self.document.plan
        duration: Any = self.duration.value()
        if duration is not LEAVE:
            # the single dialog's messages, a length past the years Gantry schedules too
            duration = typed_duration(duration, plan.project)
        custom = self.custom
        retyped = custom.retyped()
        if retyped:
            for uid in self.uids:  # a bad value is refused before any task changes
                custom.values(plan.task(uid).custom)
        return MultiEdit(
            duration=duration,
            percent=self.percent.changed(),
            priority=self.priority.changed(),
            start=self.start.value(),
            finish=self.finish.value(),
            milestone=self.milestone.value(),
            manual=self.manual.value(),
            inactive=self.inactive.value(),
            constraint_type=self.constraint.value(),
            constraint_date=self.constraint_date.value(),
            deadline=self.deadline.value(),
            task_type=self.task_type.value(),
            effort_driven=self.effort_driven.value(),
            calendar_uid=self.calendar.value(),
            ignore_resource_calendar=self.ignore_calendars.value(),
            notes=self.notes.value(),
            custom=custom.values if retyped else None,
        )

    def command(self) -> PlanCommand | None:
        """The edit over every task selected (None: nothing changed); raises AppError for bad
        input, with nothing changed."""
        edit = self.edit()
        command = edit.command(self.document, self.uids)
        self.note = edit.note
        return command


def edit_several_tasks(window: QMainWindow, document: Document, uids: Sequence[int]) -> None:
    """Open Task Information on several tasks; after OK, the status bar says which fields
    summary tasks among them kept."""
    dialog = MultiTaskDialog(document, uids, window)
    with inactive_moves(document, uids) as moves:  # made inactive: the tasks that moved
        accepted = dialog.exec()
    note = " ".join(n for n in (dialog.note, moves.note) if n)
    if accepted and note:
        window.statusBar().showMessage(note, _MESSAGE_MS)
