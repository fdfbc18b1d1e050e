"""Assign Resources (MS Project's Alt+F10): put people on the tasks selected in the Gantt.

The dialog stays open beside the Gantt (modeless, as in MS Project) and acts on whatever
tasks are selected when a button is clicked. Its grid shows who is on the task (a check
mark), each person's units typed in their own row ("50%", a material's "3 t") and the
assignment's cost. Assign and Remove act on the ticked people; Replace… swaps the
highlighted person for others chosen in a second list; Graphs… shows the highlighted
person's work per day around the selected tasks (app/ui/dialogs/assign_graph.py). Each builds the task's People
text and runs the People cell's own :class:`~app.ui.team.commands.SetAssignmentsCommand`,
so work follows the task type as typing there does (an effort-driven task keeps its
work); a recurring task's occurrences each keep their own units, and units the text
rounds stay exact (app/ui/dialogs/assign_staffing.py); one click is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.assigning import occurrence_uids, staff_of, units_spread
from app.domain.errors import AppError, InputError
from app.ui.budget.money import money
from app.ui.commands import CompositeCommand, execute, quoted
from app.ui.dialogs.access_keys import give_access_keys
from app.ui.dialogs.assign_graph import AssignGraph
from app.ui.dialogs.assign_grid import COST, MARK, NAME, UNITS, GridRow, PeopleGridView
from app.ui.dialogs.assign_replace_dialog import ReplaceResourceDialog
from app.ui.dialogs.assign_staffing import staffing_commands
from app.ui.dialogs.assign_units import (
    parse_units,
    staffing_replacing,
    staffing_with,
    units_range_text,
)
from app.ui.dialogs.buttons import error_label
from app.ui.document import Document

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from app.ui.commands import PlanCommand
    from app.ui.main_window import MainWindow

__all__ = ["COST", "MARK", "NAME", "UNITS", "AssignResourcesDialog", "parse_units"]


class AssignResourcesDialog(QDialog):
    """The team with their units and cost on the selected task; Assign, Remove, Replace…"""

    def __init__(
        self,
        document: Document,
        selected: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign Resources")
        self.document = document
        self._selected = selected
        self.task_label = QLabel()
        self.table = PeopleGridView()
        self.table.setAccessibleName("People")
        self.table.sig_units_typed.connect(self._on_units_typed)
        self.error = error_label()
        self.assign_button = QPushButton("&Assign")
        self.remove_button = QPushButton("&Remove")
        self.replace_button = QPushButton("R&eplace…")
        self.graphs_button = QPushButton("&Graphs…")
        self.graph: AssignGraph | None = None  # made when Graphs is first clicked
        self._ranges: dict[int, str] = {}  # units shown as a range, by resource uid
        close = QPushButton("Close")
        self.assign_button.clicked.connect(self.assign)
        self.remove_button.clicked.connect(self.remove)
        self.replace_button.clicked.connect(self.replace)
        self.graphs_button.clicked.connect(self.graphs)
        self.table.currentCellChanged.connect(self._follow_graph)
        close.clicked.connect(self.close)
        buttons = QVBoxLayout()
        kinds = (self.assign_button, self.remove_button, self.replace_button, self.graphs_button)
        for button in (*kinds, close):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QHBoxLayout()
        grid.addWidget(self.table, 1)
        grid.addLayout(buttons)
        hint = QLabel("Tick people and type their units in their row, then Assign.")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        self.resize(520, 380)
        document.sig_changed.connect(self.refresh)
        self.refresh()
        give_access_keys(self)  # Alt+letter to each field, read by screen readers

    # ------------------------------------------------------------------ grid

    def refresh(self) -> None:
        """Show the team: who is on the selected task, their units and cost, checks kept."""
        plan = self.document.plan
        tasks = self._selected()
        if not tasks:
            self.task_label.setText("Select one or more tasks in the Gantt.")
        elif len(tasks) == 1:
            self.task_label.setText(f"Task: {plan.task(tasks[0]).name}")
        else:
            self.task_label.setText(f"{len(tasks)} tasks selected (units and cost of the first)")
        first = [a.resource_uid for a in staff_of(plan, tasks[0])] if tasks else []
        spread = units_spread(plan, tasks[0]) if tasks else {}  # a recurring task's range
        on_all = set(first)
        for uid in tasks[1:]:
            on_all &= {a.resource_uid for a in staff_of(plan, uid)}
        costs = self._costs(tasks[0]) if tasks else {}
        project = plan.project
        rows: list[GridRow] = []
        self._ranges = {}
        for uid in [*first, *(r.uid for r in plan.resources if r.uid not in first)]:
            res = plan.resource(uid)  # the people on the task first, as MS Project lists them
            on = uid in first
            cost = money(project, costs.get(uid, 0.0)) if on else ""
            shown = units_range_text(res, *spread[uid]) if on else ""
            if on and spread[uid][0] != spread[uid][1] and "-" in shown:
                self._ranges[uid] = shown
            rows.append(GridRow(res, uid in on_all, shown, cost))
        blocker = QSignalBlocker(self.table)  # the graph follows the highlight once, after
        self.table.fill(rows)
        blocker.unblock()
        self._follow_graph()

    def _costs(self, task_uid: int) -> dict[int, float]:
        """Each person's assignment cost on a task (a recurring task: all its occurrences)."""
        priced = self.document.costs.assignments
        out: dict[int, float] = {}
        for uid in occurrence_uids(self.document.plan, task_uid) or [task_uid]:
            for a in self.document.plan.assignments_of_task(uid):
                cost = priced.get(a.uid)
                out[a.resource_uid] = out.get(a.resource_uid, 0.0) + (cost.cost if cost else 0.0)
        return out

    def checked_uids(self) -> list[int]:
        """The people ticked in the grid, top to bottom."""
        return self.table.checked_uids()

    def chosen_uids(self) -> list[int]:
        """The ticked people, else the rows selected in the grid."""
        return self.table.chosen_uids()

    def _on_units_typed(self, uid: int, text: str) -> None:
        if uid in self._own_units([uid]):
            self.error.clear()  # the range shown: each occurrence keeps its own
            return
        try:
            self._units(uid)
        except InputError as exc:
            self._say(str(exc))
            return
        self.error.clear()

    def _units(self, uid: int) -> str:
        """The person's row units as People-cell units; InputError names them."""
        res = self.document.plan.resource(uid)
        try:
            return parse_units(self.table.units_of(uid), res)
        except InputError as exc:
            raise InputError(f"{res.name}: {exc}") from None

    # ------------------------------------------------------------------ buttons

    def assign(self) -> bool:
        """Put the chosen people on every selected task at their row's units, one step."""
        people = self.chosen_uids()
        own = self._own_units(people)
        try:
            wanted: dict[int, str | None] = {
                uid: self._units(uid) for uid in people if uid not in own
            }
            wanted |= self._ranged(own)
        except InputError as exc:
            return self._say(str(exc))
        shown = {uid for uid in people if uid not in self.table.typed} | own  # kept where on
        return self._staff("Assign Resources", people, wanted, shown)

    def _own_units(self, people: list[int]) -> set[int]:
        """Those of ``people`` whose row reads the range of units their occurrences have
        (shown, or committed as it reads): each occurrence keeps its own."""
        return {
            uid
            for uid in people
            if uid in self._ranges and self.table.units_of(uid).strip() == self._ranges[uid]
        }

    def _ranged(self, own: set[int]) -> dict[int, str | None]:
        """Units for the people kept at their own (never used: they are on every selected
        task); InputError naming a selected task one of them is not on."""
        plan = self.document.plan
        tasks = self._selected()
        out: dict[int, str | None] = {}
        for uid in own:
            res = plan.resource(uid)
            for task_uid in tasks[1:]:
                if uid not in {a.resource_uid for a in staff_of(plan, task_uid)}:
                    raise InputError(
                        f"{res.name}: units {self._ranges[uid]} differ among the occurrences"
                        f" of {quoted(plan.task(tasks[0]).name)}: type the units for"
                        f" {quoted(plan.task(task_uid).name)}"
                    )
            out[uid] = parse_units("", res)
        return out

    def remove(self) -> bool:
        """Take the chosen people off every selected task, one step."""
        people = self.chosen_uids()
        return self._staff("Remove Resources", people, dict.fromkeys(people))

    def replace(self) -> bool:
        """Replace… : the highlighted person gives way to people chosen in a second list."""
        old = self.table.current_uid()
        tasks = self._selected()
        if old is None or not any(
            old in {a.resource_uid for a in staff_of(self.document.plan, t)} for t in tasks
        ):
            return self._say("Highlight a person on the selected task, then Replace….")
        chosen = ReplaceResourceDialog.ask(self, self.document.plan, old)
        if chosen is None:
            return False
        return self.replace_with(old, chosen)

    def replace_with(self, old_uid: int, new: dict[int, str | None]) -> bool:
        """Put ``new`` (uid: People-cell units, None: the replaced one's) in ``old_uid``'s
        place on every selected task they are on, as one undo step."""
        plan = self.document.plan
        parts: list[PlanCommand] = []
        try:
            for task_uid in self._selected():
                parts += staffing_commands(
                    self.document, task_uid, lambda p, uid: staffing_replacing(p, uid, old_uid, new)
                )
            if not parts:
                return self._say(
                    f"{quoted(plan.resource(old_uid).name)} is not on the selected tasks."
                )
            execute(self.document, CompositeCommand(self.document, "Replace Resource", parts))
        except AppError as exc:
            return self._say(str(exc))
        return self._done([old_uid, *new])

    def _staff(
        self,
        label: str,
        people: list[int],
        wanted: dict[int, str | None],
        keep: Collection[int] = (),
    ) -> bool:
        plan = self.document.plan
        tasks = self._selected()
        removing = label == "Remove Resources"
        if not tasks:
            return self._say("Select one or more tasks in the Gantt first.")
        if not people:
            return self._say("Tick the people to assign or remove first.")
        parts: list[PlanCommand] = []
        try:
            for task_uid in tasks:
                on = {a.resource_uid for a in staff_of(plan, task_uid)}
                if removing and not on & set(people):
                    continue  # none of them on this task: nothing to take off
                parts += staffing_commands(
                    self.document,
                    task_uid,
                    lambda p, uid: (staffing_with(p, uid, wanted, keep), {}),
                )
            if not parts:
                return self._say("None of the ticked people is on the selected tasks.")
            execute(self.document, CompositeCommand(self.document, label, parts))
        except AppError as exc:
            return self._say(str(exc))
        return self._done(people)

    def graphs(self) -> AssignGraph:
        """Graphs…: open (or raise) the highlighted person's work around the selected tasks."""
        if self.graph is None:
            self.graph = AssignGraph(self.document, self)
        self.graph.show()
        self.graph.raise_()
        self._follow_graph()
        return self.graph

    def _follow_graph(self) -> None:
        """Keep an open graph on the highlighted person and the selected tasks."""
        if self.graph is not None and self.graph.isVisible():
            self.graph.show_person(self.table.current_uid(), self._selected())

    def _done(self, people: list[int]) -> bool:
        self.table.forget(people)  # their rows show the units now assigned
        self.error.clear()
        self.refresh()
        return True

    def _say(self, message: str) -> bool:
        self.error.setText(message)
        return False


def assign_resources_action(window: MainWindow) -> AssignResourcesDialog:
    """Open (or raise) the window's Assign Resources dialog on the Gantt's selection."""
    dialog = getattr(window, "_assign_resources_dialog", None)
    if not isinstance(dialog, AssignResourcesDialog):  # a window keeps its one document
        dialog = AssignResourcesDialog(window.document, window.tree.selected_uids, window)
        window._assign_resources_dialog = dialog  # type: ignore[attr-defined]
        window.tree.selectionModel().selectionChanged.connect(dialog.refresh)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
