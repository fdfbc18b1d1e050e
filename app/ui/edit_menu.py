"""Edit-menu handlers of the main window: insert, delete, outline, move, link, copy (find and
replace: app/ui/find_menu.py).

A mixin like :class:`~app.ui.file_menu.FileMenu`: MainWindow inherits it and
provides the sheet (``tree``, ``model``), the chart (``gantt``) and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QMessageBox, QWidget

from app.domain.errors import AppError
from app.domain.people_transfer import PeopleMerge, merge_said
from app.domain.plural_words import counted
from app.domain.quoting import MESSAGE_LIMIT, clipped
from app.ui.clipboard_paste import (
    ROW_COLUMNS,
    cells_as_text,
    cut_cells,
    paste_as_rows,
    paste_into_cells,
    sheet_titles,
)
from app.ui.clipboard_table import read_table
from app.ui.column_selection_delete import delete_confirmed
from app.ui.command_states import move_refused, outline_refused
from app.ui.commands import (
    CompositeCommand,
    DeleteTasksCommand,
    InsertTaskCommand,
    PlanCommand,
    execute,
    new_task,
    quoted,
)
from app.ui.file_menu import MESSAGE_MS, FileMenu
from app.ui.find_menu import FindMenu
from app.ui.link_commands import LinkTasksCommand, UnlinkTasksCommand
from app.ui.models.roles import TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.outline_commands import IndentCommand, MoveTasksCommand, OutdentCommand, swapped_order
from app.ui.task_clipboard import CopiedTasks, PasteTasksCommand
from app.ui.task_clipboard import copy_tasks as copy_of
from app.ui.task_tree_fill import fill_down

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

_ERROR_MS = MESSAGE_MS


def _left_out(copied: CopiedTasks, plan: Plan, brought: PeopleMerge | None) -> str:
    """What tasks pasted into another plan could not bring: people and task calendars it
    lacks (matched by the names they had when copied), as "; left out: ..." (empty when
    everything came along); the people ``brought`` along, as "; added ..."."""
    source = copied.plan
    if source is None or source is plan:
        return ""
    team = {r.name.casefold() for r in plan.resources}
    copied_people = copied.people.people if copied.people is not None else ()
    names = {r.uid: r.name for r in copied_people}
    # as PasteTasksCommand matches people: by name, the others left out
    lost = [a for a in copied.assignments if names.get(a.resource_uid, "").casefold() not in team]
    parts: list[str] = []
    if lost:
        who = ", ".join(sorted({names.get(a.resource_uid, "?") for a in lost}))
        parts.append(f"{counted(len(lost), 'assignment')} of {who} (not on this plan's team)")
    there = {c.name.casefold() for c in plan.calendars.values()}
    calendars = {name for _, name in copied.calendar_names if name.casefold() not in there}
    parts += [f"calendar {quoted(name)}" for name in sorted(calendars)]
    said = "; " + merge_said(brought) if brought is not None and not brought.empty else ""
    return said + ("; left out: " + ", ".join(parts) if parts else "")


class EditMenu(FindMenu, FileMenu):
    """Edit-menu handlers; MainWindow inherits them."""

    session: Session
    tree: TaskTreeView
    model: TaskTreeModel
    gantt: QWidget | None

    # ------------------------------------------------------------------ messages and dialogs

    @classmethod
    def ask_bring_people(cls, parent: QWidget, count: int, source: str) -> bool | None:
        """Ask whether tasks pasted from another plan bring the people this one lacks (True),
        are pasted without them (False) or not at all (None). Tests replace this."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Paste tasks",
            f"Add the {counted(count, 'person', 'people')} from {quoted(source)} to this plan "
            "(with their rates and calendars)?",
            parent=parent,
        )
        add = box.addButton("Add and paste", QMessageBox.ButtonRole.YesRole)
        without = box.addButton("Paste without them", QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is add else (False if clicked is without else None)

    def show_error(self, message: str) -> None:
        """Say in the status bar, in one line, why an edit was refused; the status bar (a
        :class:`~app.ui.status_said.SaidStatusBar`) starts it with a capital and takes it
        away at the next edit that goes through or the next move in the sheet."""
        self.statusBar().showMessage(clipped(message, MESSAGE_LIMIT), 0)  # till the next move

    def _run(self, command_factory: Callable[[], PlanCommand]) -> bool:
        """Build and run a command; a refused edit is reported, never raised."""
        try:
            execute(self.document, command_factory())
        except AppError as exc:
            self.show_error(str(exc))
            return False
        return True

    # ------------------------------------------------------------------ Edit menu

    def undo_after_editor(self, step: Callable[[], None]) -> None:
        """Undo or redo (``step``) with the sheet's open cell editor dropped first: the row it
        edits may go with the step (a new task's name editor, undoing its insert), and Qt then
        warned "commitData called with an editor that does not belong to this view". What was
        typed is dropped, as the step takes back the edit before it."""
        if self.tree.state() == self.tree.State.EditingState:
            editor = QApplication.focusWidget()
            viewport = self.tree.viewport()
            while editor is not None and editor.parentWidget() is not viewport:
                editor = editor.parentWidget()
            if editor is not None:
                hint = QAbstractItemDelegate.EndEditHint.RevertModelCache
                self.tree.closeEditor(editor, hint)
        step()

    def insert_task(self) -> None:
        """Insert a new task above the current row, at its level, and start naming it; with
        several rows selected, as many new tasks above the topmost of them (MS Project's
        Insert), in one step. Shift+click moves the current row to the row clicked, and the
        new rows went above it, splitting the block."""
        plan = self.document.plan
        current = self.tree.current_uid()
        selected = self.tree.selected_uids()
        if current is None:  # on the empty last row, or nowhere: at the end, as typing there does
            index, level = len(plan.tasks), self.model.blank_level()
        else:
            row = self.model.index_of_uid  # the sheet's order: a sorted sheet's too
            top = min([current, *selected], key=lambda uid: row(uid, Column.NAME).row())
            index, level = plan.index_of(top), plan.task(top).outline_level
        count = max(1, len(selected)) if current is not None else 1
        first = new_task(plan, level)
        tasks = [replace(first, uid=first.uid + n) for n in range(count)]
        inserts = [InsertTaskCommand(self.document, index + n, t) for n, t in enumerate(tasks)]
        command = (
            inserts[0]
            if count == 1
            else CompositeCommand(self.document, f"Insert {count} tasks", inserts)
        )
        if self._run(lambda: command):
            self.tree.select_uids([t.uid for t in tasks], first.uid)
            self.tree.edit(self.model.index_of_uid(first.uid, Column.NAME))

    def delete_tasks(self) -> None:
        """Delete the selected tasks (with their subtasks)."""
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to delete first")
            return
        if not delete_confirmed(self.tree, uids, self):  # many, by a column's cells: asked
            return
        plan = self.document.plan
        row = plan.index_of(uids[0])
        if self._run(lambda: DeleteTasksCommand(self.document, uids)) and plan.tasks:
            # The next task the sheet shows (a filter may hide the one after in the plan),
            # else the last one above.
            shown = set(self.model.shown_uids())
            after = (t.uid for t in plan.tasks[row:] if t.uid in shown)
            before = (t.uid for t in reversed(plan.tasks[:row]) if t.uid in shown)
            target = next(after, None)
            if target is None:
                target = next(before, None)
            if target is not None:
                self.tree.select_uids([target])

    def indent_tasks(self) -> None:
        """Make the selected tasks subtasks of the row above."""
        self._outline(IndentCommand)

    def outdent_tasks(self) -> None:
        """Move the selected tasks one level up the outline."""
        self._outline(OutdentCommand)

    def _outline(self, kind: type[IndentCommand] | type[OutdentCommand]) -> None:
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to move first")
            return
        # greyed while grouped (app/ui/command_states.py); said when called another way
        refused = outline_refused(self.model, kind is IndentCommand)
        if refused:  # the rows around are not its outline neighbours
            self.show_error(refused)
            return
        current = self.tree.current_uid()
        if self._run(lambda: kind(self.document, uids)):
            self.tree.select_uids(uids, current)

    def move_tasks_up(self) -> None:
        """Move the selected tasks (with subtasks) above the sibling before them."""
        self._move(down=False)

    def move_tasks_down(self) -> None:
        """Move the selected tasks (with subtasks) below the sibling after them."""
        self._move(down=True)

    def _move(self, down: bool) -> None:
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to move first")
            return
        # Grouped, rows sit under their group's header (as a drop is refused); sorted, the
        # row would move in the plan, not on the sheet. Greyed then (app/ui/command_states.py).
        refused = move_refused(self.model)
        if refused:
            self.show_error(refused)
            return
        plan = self.document.plan
        current = self.tree.current_uid()
        what = f"task {quoted(plan.task(uids[0]).name)}" if len(uids) == 1 else f"{len(uids)} tasks"
        text = f"Move {what} {'down' if down else 'up'}"
        try:
            order = swapped_order(plan, uids, down)
        except AppError as exc:
            self.show_error(str(exc))
            return
        if self._run(lambda: MoveTasksCommand(self.document, order, text)):
            self.tree.select_uids(uids, current)

    def link_tasks(self) -> None:
        """Link the selected tasks finish-to-start in the order they were selected, as MS
        Project does (Ctrl-clicked: as clicked; a Shift range or Ctrl+A: top to bottom)."""
        uids = list(self.tree.iter_selected_uids())
        if len(uids) < 2:
            self.show_error("Select two or more tasks to link")
            return
        self._run(lambda: LinkTasksCommand(self.document, uids))

    def unlink_tasks(self) -> None:
        """Remove the links among the selected tasks (one task: all its links)."""
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to unlink first")
            return
        self._run(lambda: UnlinkTasksCommand(self.document, uids))

    def copy_tasks(self) -> None:
        """Copy, as MS Project: on a cell other than the ID or Task Name, that column's cells of
        the selected rows as tab-separated text (no titles), for Excel; on the ID or Task Name
        the selected rows, as a table with titles and as tasks that Paste inserts (with
        subtasks, links among them and people)."""
        cells = cells_as_text(self.tree)
        if cells is not None:
            text, count = cells
            QApplication.clipboard().setText(text)
            self.session.copied_tasks = None  # Paste reads the cells, not rows copied before
            self.statusBar().showMessage(f"Copied {counted(count, 'cell')}", _ERROR_MS)
            return
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to copy first")
            return
        count = self._copy(uids)
        self.statusBar().showMessage(f"Copied {counted(count, 'task')}", _ERROR_MS)

    def _copy(self, uids: list[int], cut: bool = False) -> int:
        """Copy the rows ``uids`` (with their subtasks); how many tasks were copied. ``cut``:
        pasted back into this plan, they are moved there (keeping their ids)."""
        text = self.tree.selection_as_text(uids)
        QApplication.clipboard().setText(text)
        copied = replace(copy_of(self.document.plan, uids, text), cut=cut)
        self.session.copied_tasks = copied
        return len(copied.tasks)

    def cut_tasks(self) -> None:
        """Cut, as MS Project: on a cell other than the ID or Task Name, copy that column's cells
        of the selected rows and empty them (one undo step); on the ID or Task Name, copy the
        selected rows, then delete them (Paste puts them back where wanted)."""
        try:
            cells = cut_cells(self.tree)
        except AppError as exc:
            self.show_error(str(exc))
            return
        if cells is not None:
            text, count = cells
            QApplication.clipboard().setText(text)
            self.session.copied_tasks = None
            self.statusBar().showMessage(f"Cut {counted(count, 'cell')}", _ERROR_MS)
            return
        uids = self.tree.selected_uids()
        if not uids:
            self.show_error("Select the tasks to cut first")
            return
        self._copy(uids, cut=True)
        self.delete_tasks()

    def paste_tasks(self) -> None:
        """Paste as MS Project: rows copied in Gantry are inserted above the current row, at its
        level; text (from Excel, a mail) goes into the cells from the current cell down and
        across, or, on the ID or Task Name, becomes new tasks there. One undo step."""
        team = getattr(self, "views", {}).get("team")
        if getattr(self, "current_view", "gantt") == "team" and team is not None:
            team.paste_people()  # the roster's Paste: people (app/ui/team/people_paste.py)
            return
        text = QApplication.clipboard().text()
        copied = self.session.copied_tasks
        if copied is not None and copied.text == text:
            self._insert_copied(copied)
            return
        people = self.session.copied_people
        if people is not None and people.text == text and text:
            self.show_error("The clipboard holds people: paste them in the Team view (Ctrl+2)")
            return
        current = self.tree.currentIndex()
        on_task = current.isValid() and current.data(TaskUidRole) is not None
        landing = current.column() if current.isValid() else None
        table = read_table(text, sheet_titles(self.model), landing)
        if not table.rows:
            self.show_error("Nothing to paste: copy (Ctrl+C) or cut (Ctrl+X) task rows first")
            return
        rows = not current.isValid() or current.column() in ROW_COLUMNS
        rows = rows or (table.columns is not None and Column.NAME in table.columns)
        try:
            if rows or not (on_task or self.model.is_blank(current)):
                index, level = self._paste_place()
                pasted = paste_as_rows(self.tree, table, text, index, level)
                said = f"Pasted {counted(len(pasted.uids), 'task')}"
            else:
                before = len(self.document.plan.tasks)
                pasted = paste_into_cells(self.tree, table, current)
                said = f"Pasted {counted(pasted.cells, 'cell')}"
                added = len(self.document.plan.tasks) - before  # rows past the last task
                if added:
                    said += f"; added {counted(added, 'task')}"
        except AppError as exc:
            self.show_error(str(exc))
            return
        if rows:
            self.tree.select_uids(pasted.uids)
        if pasted.not_read:
            said += "; not read: " + ", ".join(pasted.not_read)
        self.statusBar().showMessage(clipped(said, MESSAGE_LIMIT), _ERROR_MS)

    def _paste_place(self) -> tuple[int, int]:
        """Where pasted rows go: above the current task, at its level; on the empty last row
        (or nowhere), at the end, as typing there adds."""
        plan = self.document.plan
        current = self.tree.current_uid()
        if current is None:
            return len(plan.tasks), self.model.blank_level()
        return plan.index_of(current), plan.task(current).outline_level

    def _insert_copied(self, copied: CopiedTasks) -> None:
        """Insert the rows Copy or Cut kept (with subtasks, links and people), as one step."""
        plan = self.document.plan
        index, level = self._paste_place()
        bring = False
        missing = copied.missing_people(plan)
        if missing and copied.people is not None:
            answer = type(self).ask_bring_people(self, len(missing), copied.people.source)
            if answer is None:
                return
            bring = answer
        command = PasteTasksCommand(self.document, index, level, copied, bring)
        if self._run(lambda: command):
            self.tree.select_uids(command.uids)
            done = "Moved" if command.moved else "Pasted"  # cut rows back with their ids
            said = f"{done} {counted(len(command.uids), 'task')}"
            said += _left_out(copied, plan, command.merge)
            self.statusBar().showMessage(clipped(said, MESSAGE_LIMIT), _ERROR_MS)

    def fill_down(self) -> None:
        """Ctrl+D: the top selected row's value of the current column into the selected
        rows below it, as one undo step (MS Project's and spreadsheets' Fill Down); on the
        Team view the roster's, the people selected there."""
        team = getattr(self, "views", {}).get("team")
        if getattr(self, "current_view", "gantt") == "team" and team is not None:
            team.fill_down()
            return
        fill_down(self.tree)

    def task_information(self) -> None:
        """Open the task dialog on the current task (on every task selected, when several; on
        the ones selected when the current row is a group's header). On the Team view: the
        selected person's details, as MS Project's Shift+F2 opens Resource Information."""
        if getattr(self, "current_view", "gantt") == "team":
            team = getattr(self, "views", {}).get("team")
            edit_person = getattr(team, "edit_selected", None)
            if edit_person is not None:
                edit_person()
            return
        uid = self.tree.current_uid()
        uids = self.tree.selected_uids()
        if uid is None and uids:  # on a group's header row: the tasks selected
            uid = uids[0]
        if uid is None:
            self.show_error("Select a task first")
            return
        if len(uids) > 1:  # MS Project's Multiple Task Information
            from app.ui.dialogs.multi_task_dialog import edit_several_tasks

            edit_several_tasks(self, self.document, uids)
            return
        self._on_task_activated(uid)

    def _on_task_activated(self, uid: int) -> None:
        if uid in self.document.plan.recurrences:  # a recurring task: its pattern
            from app.ui.dialogs.recurring_dialog import edit_recurring_task

            edit_recurring_task(cast("MainWindow", self), uid)  # the window this mixin is part of
            return
        from app.ui.dialogs.task_dialog import TaskDialog
        from app.ui.inactive_note import inactive_moves

        with inactive_moves(self.document, [uid]) as moves:  # made inactive: what moved
            TaskDialog(self.document, uid, self).exec()
        if moves.note:
            self.statusBar().showMessage(moves.note, _ERROR_MS)

    def project_information(self) -> None:
        """Open the project settings dialog."""
        from app.ui.dialogs.project_dialog import ProjectDialog, hours_per_day_note

        before = self.document.plan.project.minutes_per_day
        ProjectDialog(self.document, self).exec()
        note = hours_per_day_note(before, self.document.plan.project.minutes_per_day)
        if note:
            self.statusBar().showMessage(note, _ERROR_MS)
