"""The Project menu, where MS Project users look for project-wide commands.

Project Information, Move Project, Set Baseline, Level Resources, Clear Leveling, Status
Date and Update Project. Baseline and leveling run the same functions as the
Budget and Team toolbars; Status Date and Update Project are built here, each
one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.plural_words import counted, noun
from app.domain.tracking import (
    ProgressUpdate,
    UpdateMode,
    dropped_actual_starts,
    dropped_starts_note,
    end_of_day,
    manual_left_alone,
    reschedule_uncompleted,
    status_date_note,
    update_progress,
)
from app.ui.commands import CompositeCommand, EditTaskCommand, execute
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.buttons import ok_cancel
from app.ui.dialogs.custom_fields_dialog import custom_fields_action
from app.ui.dialogs.dates import day_edit, read_day
from app.ui.dialogs.update_tasks_dialog import update_tasks_action
from app.ui.document import Document
from app.ui.mark_on_track import mark_on_track_action
from app.ui.project_commands import SetProjectCommand
from app.ui.status_moves import add_status_move_actions

if TYPE_CHECKING:
    from app.domain.leveling import LevelingOptions
    from app.ui.actions import ActionCollection, Layout
    from app.ui.commands import PlanCommand
    from app.ui.main_window import MainWindow

_MESSAGE_MS = 8000


def add_project_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Create the Project menu's actions; Project Information is the Edit menu's own action."""
    add = actions.add
    add(
        "move_project",
        "&Move Project…",
        lambda: move_project(window),
        tip="Move the whole plan to a new start date",
        editing=True,
    )
    add("set_baseline", "Set &Baseline…", lambda: set_baseline(window), editing=True)
    add("clear_baseline", "Clear Baseli&ne…", lambda: clear_baseline(window), editing=True)
    add(
        "assign_resources",
        "&Assign Resources…",
        lambda: assign_resources(window),
        "Alt+F10",
        tip="Put people on the selected tasks, or take them off, at the units typed",
        editing=True,
    )
    add("level_resources", "&Level Resources", lambda: level_resources(window), editing=True)
    add(
        "clear_leveling",
        "&Clear Leveling…",
        lambda: clear_leveling_asked(window),
        tip=CLEAR_LEVELING_TIP,
        editing=True,
    )
    add(
        "leveling_options",
        "Leveling &Options…",
        lambda: leveling_options(window),
        tip="Leveling order and splits in remaining work; Level All",
        editing=True,
    )
    add("status_date", "&Status Date…", lambda: set_status_date(window), editing=True)
    add(
        "custom_fields",
        "Custom &Fields…",
        lambda: custom_fields_action(window),
        tip="Rename custom task fields (Text1, Flag1...) to show them as columns",
        editing=True,
    )
    add(
        "update_tasks",
        "Update &Tasks…",
        lambda: update_tasks_action(window),
        tip="The selected task's % complete, actual and remaining duration, actual dates",
        editing=True,
    )
    add(
        "mark_on_track",
        "Mark on Trac&k",
        lambda: mark_on_track_action(window),
        tip="The selected tasks' progress as scheduled through the status date "
        "(MS Project's Mark on Track, once Update as Scheduled)",
        editing=True,
    )
    # Task > Move > Incomplete/Completed Parts to Status Date (app/ui/status_moves.py)
    move_to_status = add_status_move_actions(window, actions)
    add(
        "compare_plan",
        "Compa&re with Plan…",
        lambda: compare_with_plan(window),
        tip="What changed since another version of this plan (MS Project's Compare Project "
        "Versions): Save as CSV, Excel or PDF, Copy, Print",
    )
    add(
        "update_project",
        "&Update Project…",
        lambda: update_project(window),
        tip="Set % complete as scheduled through a date",
        editing=True,
    )
    return [
        "project_information",
        "change_working_time",  # the Edit menu's own action, where MS Project has it too
        "custom_fields",  # beside Change Working Time, in MS Project's Properties group
        "move_project",
        "compare_plan",  # app/ui/compare_versions.py
        None,
        "set_baseline",
        "clear_baseline",  # app/ui/budget/clear_baseline_dialog.py
        None,
        "assign_resources",  # app/ui/dialogs/assign_resources_dialog.py
        "level_resources",
        "clear_leveling",
        "leveling_options",
        None,
        "status_date",
        "mark_on_track",  # app/ui/mark_on_track.py
        move_to_status,
        "update_tasks",  # app/ui/dialogs/update_tasks_dialog.py
        "update_project",
    ]


def assign_resources(window: MainWindow) -> None:
    """Project > Assign Resources… (Alt+F10). Its dialog and chart (~0.1 s of imports) load
    here, at the first use, not with the window."""
    from app.ui.dialogs.assign_resources_dialog import assign_resources_action

    assign_resources_action(window)


def compare_with_plan(window: MainWindow) -> None:
    """Project > Compare with Plan…, loaded at its first use."""
    from app.ui.compare_versions import compare_with_plan as compare

    compare(window)


def move_project(window: MainWindow) -> None:
    """Project > Move Project…, its dialog loaded at the first use, as Assign Resources'."""
    from app.ui.dialogs.move_project_dialog import move_project_action

    move_project_action(window)


def default_day(document: Document, today: date) -> date:
    """The status date's day, else today (what both dialogs open on)."""
    status = document.plan.project.status_date
    return status.date() if status is not None else today


# ---------------------------------------------------------------------- status date


# The Status Date dialog's answer for "no status date" (MS Project's NA).
NA: Final = "NA"


class StatusDateDialog(QDialog):
    """Ask for the project's status date, or NA (none: progress is measured at today).

    Opened on a plan's window, it says under the date, as it is picked, when the date lies
    before the project start or far after its finish (the words gantry status-date prints)."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Status Date")
        self.day = day_edit(day)
        self.na = QCheckBox("NA: no status date (today's date counts)")
        self.na.toggled.connect(lambda on: self.day.setEnabled(not on))
        note = QLabel(
            "Earned value, Mark on Track and Update Project measure progress at this date."
        )
        note.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("status_date_warning")
        self.warning.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self._document = getattr(parent, "document", None)
        form = QFormLayout(self)
        form.addRow("Status date", self.day)
        form.addRow("", self.warning)
        form.addRow("", self.na)
        form.addRow(note)
        form.addRow(ok_cancel(self))
        give_access_keys(self)
        self.day.dateChanged.connect(self._warn)
        self.na.toggled.connect(self._warn)
        self._warn()

    def _warn(self) -> None:
        """Show the status date note for the day picked (none for NA or a day not read)."""
        self.warning.setText(self.note())
        self.warning.setVisible(bool(self.warning.text()))
        self.adjustSize()  # room for the wrapped lines shown or taken away

    def note(self) -> str:
        """The word on the day picked: before the start, far after the finish, else ""."""
        document = self._document
        if not isinstance(document, Document) or self.na.isChecked():
            return ""
        try:
            day = read_day(self.day)
        except AppError:
            return ""
        plan = document.plan
        text = status_date_note(plan, end_of_day(plan, day), document.schedule.finish)
        return text[:1].upper() + text[1:]

    def answer(self) -> date | Literal["NA"]:
        """The day shown, or NA when ticked."""
        return NA if self.na.isChecked() else read_day(self.day)

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> date | Literal["NA"] | None:
        """The date chosen, NA to clear it, or None (cancelled); tests monkeypatch this."""
        dialog = cls(day, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def status_date_command(document: Document, day: date | None) -> SetProjectCommand:
    """The project-change step that sets the status date (at the end of that day's work);
    ``day`` None clears it (NA)."""
    project = document.plan.project
    moment = end_of_day(document.plan, day) if day is not None else None
    command = SetProjectCommand(document, replace(project, status_date=moment))
    command.setText(
        f"Set status date to {day:%Y-%m-%d}" if day is not None else "Clear status date"
    )
    return command


def set_status_date(window: MainWindow) -> None:
    """Project > Status Date…: ask for it (or NA) and set it as one undoable step, saying so."""
    document = window.document
    answer = StatusDateDialog.ask(window, default_day(document, date.today()))
    if answer is None:
        return
    day = answer if isinstance(answer, date) else None  # NA: none
    command = status_date_command(document, day)
    shown = f"{day:%a %Y-%m-%d}" if day is not None else "NA (progress is measured at today)"
    if command.project == document.plan.project:
        # the same date again: no empty undo step, but say what stands
        window.statusBar().showMessage(f"Status date unchanged: {shown}", _MESSAGE_MS)
        return
    try:
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))
        return
    early = status_date_note(
        document.plan, document.plan.project.status_date, document.schedule.finish
    )
    warning = f"; {early}" if early else ""  # s25tr: taken, as MS Project does, but said
    window.statusBar().showMessage(f"Status date set to {shown}{warning}", _MESSAGE_MS)


# ---------------------------------------------------------------------- update project


@dataclass(frozen=True, slots=True)
class UpdateRequest:
    """What the Update Project dialog asks for."""

    day: date
    reschedule: bool = False  # False: update work as complete; True: move work not done
    mode: UpdateMode = UpdateMode.PROPORTIONAL
    selected_only: bool = False


_RESCHEDULE_NOTE = (
    "Tasks that should have started by then but have no progress get a "
    "'Start No Earlier Than' constraint at that date. A task under way is split: "
    "the work done stays where it is and the rest resumes after that date."
)


class UpdateProjectDialog(QDialog):
    """MS Project's Update Project: progress as scheduled through a date, or move late work."""

    def __init__(self, day: date, has_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Update Project")
        self.update_work = QRadioButton("&Update work as complete through:")
        self.through = day_edit(day)
        self.proportional = QRadioButton("Set 0% - 100% complete")
        self.all_or_nothing = QRadioButton("Set 0% or 100% complete only")
        self.reschedule = QRadioButton("&Reschedule uncompleted work to start after:")
        self.after = day_edit(day)
        self.through.setAccessibleName("Update work as complete through")  # no label of
        self.after.setAccessibleName("Reschedule uncompleted work to start after")  # its own
        note = QLabel(_RESCHEDULE_NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        self.all_tasks = QRadioButton("&Entire project")
        self.selected = QRadioButton("&Selected tasks")
        self.selected.setEnabled(has_selection)
        for buttons in (
            (self.update_work, self.reschedule),
            (self.proportional, self.all_or_nothing),
            (self.all_tasks, self.selected),
        ):
            group = QButtonGroup(self)
            for button in buttons:
                group.addButton(button)
            buttons[0].setChecked(True)
        self.update_work.toggled.connect(self._on_choice_toggled)
        self._on_choice_toggled(True)

        grid = QGridLayout()
        grid.addWidget(self.update_work, 0, 0, 1, 2)
        grid.addWidget(self.through, 0, 2)
        grid.addWidget(self.proportional, 1, 1, 1, 2)
        grid.addWidget(self.all_or_nothing, 2, 1, 1, 2)
        grid.addWidget(self.reschedule, 3, 0, 1, 2)
        grid.addWidget(self.after, 3, 2)
        grid.addWidget(note, 4, 1, 1, 2)
        grid.setColumnMinimumWidth(0, 16)
        scope = QFormLayout()
        scope.addRow("For", self.all_tasks)
        scope.addRow("", self.selected)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(scope)
        layout.addWidget(ok_cancel(self))

    def _on_choice_toggled(self, updating: bool) -> None:
        for widget in (self.through, self.proportional, self.all_or_nothing):
            widget.setEnabled(updating)
        self.after.setEnabled(not updating)

    def request(self) -> UpdateRequest:
        """What the dialog shows."""
        if self.reschedule.isChecked():
            return UpdateRequest(
                read_day(self.after), True, selected_only=self.selected.isChecked()
            )
        mode = (
            UpdateMode.ALL_OR_NOTHING
            if self.all_or_nothing.isChecked()
            else UpdateMode.PROPORTIONAL
        )
        return UpdateRequest(read_day(self.through), False, mode, self.selected.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, day: date, has_selection: bool) -> UpdateRequest | None:
        """The user's choice, or None; tests monkeypatch this."""
        dialog = cls(day, has_selection, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


def progress_updates(
    document: Document, request: UpdateRequest, selected: list[int]
) -> list[ProgressUpdate]:
    """The task changes an Update Project request makes on the document's plan."""
    plan = document.plan
    moment = end_of_day(plan, request.day)
    scope = selected if request.selected_only else None
    if request.reschedule:
        return reschedule_uncompleted(plan, document.schedule, moment, scope)
    return update_progress(plan, document.schedule, moment, request.mode, scope)


def update_command(
    document: Document, request: UpdateRequest, updates: list[ProgressUpdate]
) -> CompositeCommand:
    """All the task changes as one undoable step (each a task edit, as the sheet makes them)."""
    plan = document.plan
    verb = "Reschedule uncompleted work after" if request.reschedule else "Update project through"
    text = f"{verb} {request.day:%Y-%m-%d}"
    dropped = dropped_starts_note(dropped_actual_starts(plan, updates))
    if dropped:  # typed dates taken back: the undo text says so too
        text = f"{text} ({dropped})"
    parts = [EditTaskCommand(document, u.uid, text, **u.changes(plan.task(u.uid))) for u in updates]
    return CompositeCommand(document, text, parts)


def update_project(window: MainWindow) -> None:
    """Project > Update Project…: ask, then apply every task's change as one undoable step."""
    document = window.document
    selected = window.tree.selected_uids()
    request = UpdateProjectDialog.ask(window, default_day(document, date.today()), bool(selected))
    if request is None:
        return
    updates = progress_updates(document, request, selected)
    scope = selected if request.selected_only else None
    manual = manual_left_alone(
        document.plan, document.schedule, end_of_day(document.plan, request.day), scope
    )
    note = (
        f"; {counted(len(manual), 'manually scheduled task')} left as "
        "they are (set their % complete in the sheet)"
        if manual
        else ""
    )
    if not updates:
        asked = (
            f"No uncompleted work to move after {request.day:%Y-%m-%d}"
            if request.reschedule
            else f"Nothing to update through {request.day:%Y-%m-%d}"
        )
        window.statusBar().showMessage(f"{asked}{note}", _MESSAGE_MS)
        return
    dropped = dropped_starts_note(dropped_actual_starts(document.plan, updates))
    if dropped:  # read before the edit takes the actual starts back
        note = f"; {dropped}{note}"
    try:
        execute(document, update_command(document, request, updates))
    except AppError as exc:
        window.show_error(str(exc))
        return
    what = "Moved" if request.reschedule else "Updated"
    split = sum(1 for u in updates if u.splits is not None)
    how = f" ({split} split at {noun(split, 'its', 'their')} progress)" if split else ""
    window.statusBar().showMessage(
        f"{what} {counted(len(updates), 'task')}{how}{note}", _MESSAGE_MS
    )


# ---------------------------------------------------------------------- baseline, leveling


def set_baseline(window: MainWindow) -> None:
    """Project > Set Baseline…: the Budget view's dialog and step, for the tasks selected here."""
    from app.ui.budget.baseline_dialog import set_baseline as ask_and_set

    def say(text: str) -> None:  # Set interim plan says what it copied
        window.statusBar().showMessage(text, _MESSAGE_MS)

    index = ask_and_set(window.document, window, window.tree.selected_uids(), datetime.now(), say)
    if index is not None:
        label = window.document.plan.baselines[index].label()
        window.statusBar().showMessage(f"{label} saved", _MESSAGE_MS)


def clear_baseline(window: MainWindow) -> None:
    """Project > Clear Baseline…: what was cleared, or that nothing was, in the status bar."""
    from app.ui.budget.clear_baseline_dialog import clear_baseline as ask_and_clear

    said = ask_and_clear(window.document, window, window.tree.selected_uids())
    if said is not None:
        window.statusBar().showMessage(said, _MESSAGE_MS)


def level_resources(
    window: MainWindow,
    options: LevelingOptions | None = None,
    first: PlanCommand | None = None,
    selected: list[int] | None = None,  # Resource > Level Selection's tasks (app/ui/team)
) -> None:
    """Project > Level Resources: the Team view's leveling, reported in the status bar.

    Leveling Options' Level All passes its ``options`` and the ``first`` step giving
    the plan them, done with the delays as one undo step.
    """
    from app.ui.background import Cancelled
    from app.ui.team.leveling_actions import level_resources as level

    try:
        text = level(window.document, window, options=options, first=first, selected=selected)
    except Cancelled:
        text = "Leveling cancelled; nothing moved."
        if first is not None:
            text = "Leveling cancelled; nothing moved and the options are as they were."
    except AppError as exc:
        text = str(exc)
    _report_leveling(window, text)


def leveling_options(window: MainWindow) -> None:
    """Project > Leveling Options…: the plan's choices, changed as an undoable edit; Level
    All levels with them."""
    from app.ui.dialogs.leveling_dialog import LevelingDialog, options_command

    answer = LevelingDialog.ask(window.document.plan.project.leveling, window)
    if answer is None:
        return
    options, level_now = answer
    change = options_command(window.document, options)  # None: the plan has them already
    if level_now:  # the new options and the delays: one undo step
        level_resources(window, options, change)
        return
    if change is None:
        return
    try:
        execute(window.document, change)
    except AppError as exc:  # a plan that cannot be scheduled: the options stay as they were
        window.statusBar().showMessage(str(exc), _MESSAGE_MS)


CLEAR_LEVELING_TIP = (
    "Clear the leveling of the entire project or of the tasks selected in the Gantt"
)


def clear_leveling_asked(window: MainWindow) -> None:
    """Clear Leveling… of the Project and Resource menus and the Team view's toolbar, one
    action: MS Project's question, the entire project or the tasks selected in the Gantt,
    then cleared as one undoable step (cancelled: nothing)."""
    from app.ui.dialogs.leveling_dialog import ClearLevelingDialog

    uids = window.tree.selected_uids()
    only_selected = ClearLevelingDialog.ask(bool(uids), window)
    if only_selected is not None:
        clear_leveling(window, uids if only_selected else None)


def clear_leveling(window: MainWindow, selected: list[int] | None = None) -> None:
    """Clear the leveling delays, as the Team view's step, reported in the status bar;
    ``selected``: those tasks' only (None: the entire project)."""
    from app.ui.team.leveling_actions import clear_leveling as clear

    try:
        text = clear(window.document, selected)
    except AppError as exc:
        text = str(exc)
    _report_leveling(window, text)


def _report_leveling(window: MainWindow, text: str) -> None:
    """Say what leveling did in the status bar and on the Team view, as its own buttons do."""
    window.statusBar().showMessage(text, _MESSAGE_MS)
    team = getattr(window, "views", {}).get("team")
    summary = getattr(team, "summary", None)
    if summary is not None:
        summary.setText(text)
