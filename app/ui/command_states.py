"""Edit commands greyed while the window's state refuses them, as MS Project greys them.

Indent and Outdent on a grouped sheet, Move Up/Down on a grouped or sorted one,
Link Tasks with fewer than two tasks selected, Unlink, Delete, Cut and Copy with
none, Split Task on a summary (or a milestone, a manual or a finished task): the
menu item, its key and its toolbar button are off, and the action's tooltip and
status tip say why.
The handlers still refuse with a status line when called another way (a dropped
row on a grouped sheet says so, as before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from app.domain.errors import AppError
from app.domain.splits import check_splittable

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.models.task_model import TaskTreeModel


def outline_refused(model: TaskTreeModel, indent: bool) -> str:
    """Why tasks are not indented (outdented) now: the sheet is grouped, its rows' neighbours
    are not their outline neighbours (empty when they may be)."""
    group = model.row_group()
    if group is None:
        return ""
    verb = "indent" if indent else "outdent"
    title = group.group_by.title(model.document.plan.project.custom_fields)
    return (
        f"Tasks are not {verb}ed while the sheet is grouped by {title}: "
        f"View > Group by > No Group to {verb} tasks"
    )


def move_refused(model: TaskTreeModel) -> str:
    """Why rows are not moved up or down now: grouped or sorted (empty when they may be)."""
    grouped = model.group_move_refused()
    if grouped is not None:
        return grouped
    sorting = model.row_sort()
    if sorting is not None:
        return sorting.move_refused(model.document.plan.project.custom_fields)
    return ""


class CommandStates:
    """Grey the Edit commands a window refuses in its current state; ``update`` is the
    window's own refresh of its actions, run whenever the selection, grouping, sort or
    plan changes."""

    def __init__(self, window: MainWindow, update: Callable[[], None]) -> None:
        self._window = window
        self._update = update
        self._selected: list[int] | None = None  # the selection's tasks read so far
        self._rows: Iterator[int] = iter(())  # and the rest, read when asked for
        actions = window.action_collection
        reasons: dict[str, Callable[[], str]] = {
            "indent_task": lambda: self._outline(indent=True),
            "outdent_task": lambda: self._outline(indent=False),
            "move_up": self._move,
            "move_down": self._move,
            "link_tasks": self._link,
            "unlink_tasks": lambda: self._some("unlink"),
            "delete_task": lambda: self._some("delete"),
            "cut_tasks": lambda: self._some("cut"),
            "copy_tasks": lambda: self._some("copy"),
            "split_task": self._split,
            "remove_splits": self._remove_splits,
        }
        for action_id, reason in reasons.items():
            if action_id in actions:  # Split is in its own module, absent from some checkouts
                actions.refuse_when(action_id, reason)
        tree, model = window.tree, window.model
        tree.selectionModel().selectionChanged.connect(self._changed)
        tree.selectionModel().currentChanged.connect(self._changed)
        model.sig_group_changed.connect(self._changed)
        model.sig_sort_changed.connect(self._changed)
        model.modelReset.connect(self._changed)
        window.document.sig_changed.connect(self._changed)

    def _changed(self) -> None:
        self._selected = None
        self._update()

    def _uids(self) -> Iterator[int]:
        """The tasks of the selected rows, read as they are asked for and kept until the
        next change: most commands ask for one or two, whatever is selected."""
        if self._selected is None:
            self._selected = []
            self._rows = self._window.tree.iter_selected_uids()
        yield from self._selected
        for uid in self._rows:
            self._selected.append(uid)
            yield uid

    def _any(self) -> bool:
        return next(self._uids(), None) is not None

    def _some(self, verb: str) -> str:
        return "" if self._any() else f"select the tasks to {verb} first"

    def _outline(self, indent: bool) -> str:
        refused = outline_refused(self._window.model, indent)
        verb = "indent" if indent else "outdent"
        return refused or self._some(verb)

    def _move(self) -> str:
        refused = move_refused(self._window.model)
        return refused or self._some("move")

    def _link(self) -> str:
        return "" if len(list(islice(self._uids(), 2))) == 2 else "select two or more tasks to link"

    def _split(self) -> str:
        uid = self._window.tree.current_uid()
        plan = self._window.document.plan
        if uid is None or not plan.has_task(uid):
            return "select a task to split first"
        try:
            check_splittable(plan.task(uid), plan.is_summary(uid))
        except AppError as exc:
            return str(exc)
        return ""

    def _remove_splits(self) -> str:
        split_tasks = {t.uid for t in self._window.document.plan.tasks if t.splits}
        split = bool(split_tasks) and any(u in split_tasks for u in self._uids())
        return "" if split else "none of the selected tasks is split"
