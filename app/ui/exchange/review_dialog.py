"""Review changes: every change a client made, task by task and field by field.

Each change has a check box (checked = accept). Changes that clash with an
edit made here since the export are flagged and start unchecked, so the
plan keeps its own value unless the user decides otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.diff import PlanChange, Scalar
from app.domain.merge import MergeItem
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.ui.dialogs.assign_units import units_text
from app.ui.dialogs.buttons import ok_cancel
from app.ui.exchange.change_links import dependent_changes
from app.ui.exchange.labels import ENTITY_LABELS, change_label, describe, show_values
from app.ui.exchange.review_impact import ImpactOf
from app.ui.exchange.review_typed import TypedRow, consequence

_CHANGE_ROLE = Qt.ItemDataRole.UserRole + 40
_CONFLICT = QColor("#c00000")
_NOTE = QColor("#606060")
_CONFLICT_COLUMN = 3
_DOES_COLUMN = 4  # a typed Start or Finish: what the plan does to honour it (shown before 3)
_IMPACT_DELAY_MS = 150  # after the last tick, the consequences are worked out again
_WIDEST_CHANGE = 300  # the change's name ("Task: ..."); notes span the whole row
_WIDEST_VALUE = 420  # a long value (a note's text, a list of people) is cut past this
_PADDING = 16
_FRAME = 60  # the tree's frame, scroll bar and the dialog's margins


class ReviewChangesDialog(QDialog):
    """Accept or reject each client change; :meth:`accepted_changes` gives the accepted ones."""

    def __init__(
        self,
        items: list[MergeItem],
        project: Project,
        parent: QWidget | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review changes")
        self.resize(820, 520)
        self.items = items
        conflicts = sum(1 for i in items if i.conflict)
        summary = f"The workbook holds {counted(len(items), 'change')}."
        if conflicts == 1:
            summary += (
                " 1 clashes with an edit made here since the export; it is flagged and left "
                "unticked."
            )
        elif conflicts:
            summary += (
                f" {conflicts} clash with edits made here since the export; they are flagged "
                "and left unticked."
            )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        # what the ticked changes do to the plan (review_impact), worked out anew a moment
        # after the user ticks or unticks; a big plan's (10k tasks: ~0.8 s each time) on
        # Show impact, so that ticking stays quick
        self._impact: ImpactOf | None = getattr(notes, "impact", None)
        self._live = bool(getattr(notes, "live", True))
        self.impact = QLabel()
        self.impact.setWordWrap(True)
        self.impact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.impact.setVisible(self._impact is not None)
        self._impact_timer = QTimer(self)
        self._impact_timer.setSingleShot(True)
        self._impact_timer.setInterval(_IMPACT_DELAY_MS)
        self._impact_timer.timeout.connect(self.show_impact)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Changes in the workbook")  # a screen reader's name
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            ["Change", "In the plan", "In the workbook", "Conflict", "What the plan does"]
        )
        self.tree.header().moveSection(_DOES_COLUMN, _CONFLICT_COLUMN)  # before Conflict
        self.tree.setUniformRowHeights(True)
        self._checkables: list[QTreeWidgetItem] = []
        self._rows_of: dict[int, tuple[int, ...]] = {}  # a typed date's row: its items
        self._fill(project, getattr(notes, "typed", []))
        # Rejecting an added person or task, or a deletion, rejects what hangs on it;
        # accepting an addition that hangs on a rejected one accepts that one too.
        self._dependents = dependent_changes([i.change for i in items])
        self._holders: dict[int, list[int]] = {}
        for holder, dependents in self._dependents.items():
            for k in dependents:
                self._holders.setdefault(k, []).append(holder)
        self._following = False
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.expandAll()
        self._size_columns()  # before the notes: they span the row, whatever their length
        self._add_notes(notes)

        accept_all = QPushButton("&Accept all")
        reject_all = QPushButton("&Reject all")
        accept_all.clicked.connect(lambda: self.set_all(True))
        reject_all.clicked.connect(lambda: self.set_all(False))
        self.buttons = ok_cancel(self, "Apply accepted")
        row = QHBoxLayout()
        row.addWidget(accept_all)
        row.addWidget(reject_all)
        self.impact_button = QPushButton("Show &impact")
        self.impact_button.setToolTip("Work out what the ticked changes do to the plan")
        self.impact_button.clicked.connect(self.show_impact)
        self.impact_button.setVisible(self._impact is not None and not self._live)
        row.addWidget(self.impact_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.impact)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        if self._impact is not None:
            self.show_impact()

    # ------------------------------------------------------------------ building

    def _fill(self, project: Project, typed: Sequence[TypedRow]) -> None:
        groups: dict[tuple[str, int | str], QTreeWidgetItem] = {}
        typed_of = {k: row for row in typed for k in row.indices}
        made: dict[int, QTreeWidgetItem] = {}  # a typed date's row, by its first item
        for k, item in enumerate(self.items):
            c = item.change
            if c.kind != "changed":  # an added or deleted assignment shows its units
                node = QTreeWidgetItem([describe(c), _text(c.old), _text(c.new), item.reason])
                node.setToolTip(0, describe(c))  # whole, however narrow the column
                self.tree.addTopLevelItem(node)
                self._make_checkable(node, item)
                continue
            key = (c.entity, c.uid)
            group = groups.get(key)
            if group is None:
                label = f"{ENTITY_LABELS.get(c.entity, c.entity)}: {c.name}"
                group = QTreeWidgetItem([label])
                group.setToolTip(0, label)
                group.setFlags(
                    group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                self.tree.addTopLevelItem(group)
                groups[key] = group
            typed_row = typed_of.get(k)
            if typed_row is not None:  # the date the client typed, and what the plan does
                first = typed_row.indices[0]
                if first in made:  # one row for all it stands for
                    self._checkables.append(made[first])
                    continue
                node = made[first] = self._typed_node(typed_row, project)
                group.addChild(node)
                self._make_checkable(node, item, typed_row.indices)
                continue
            ours = item.ours if item.conflict and item.ours is not None else c.old
            old, new = show_values(c.field, ours, c.new, project)  # a time moved: both times
            node = QTreeWidgetItem(
                [
                    change_label(c, project),  # as gantry diff names it
                    old,
                    new,
                    item.reason,
                ]
            )
            group.addChild(node)
            self._make_checkable(node, item)

    def _typed_node(self, row: TypedRow, project: Project) -> QTreeWidgetItem:
        """A Start or Finish the client typed, with what the plan does to honour it."""
        reasons = dict.fromkeys(self.items[k].reason for k in row.indices if self.items[k].reason)
        node = QTreeWidgetItem([row.label, row.old, row.new, "; ".join(reasons)])
        does = consequence(self.items, row, project)
        node.setText(_DOES_COLUMN, does)
        node.setToolTip(_DOES_COLUMN, does)
        node.setToolTip(0, f"The client typed this {row.title}; to honour it: {does}")
        return node

    def _add_notes(self, notes: Sequence[str]) -> None:
        """What the workbook holds but the import does not take: lines to read, not to tick."""
        for text in notes:
            node = QTreeWidgetItem([text])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            node.setForeground(0, QBrush(_NOTE))
            node.setToolTip(0, text)
            self.tree.addTopLevelItem(node)
            node.setFirstColumnSpanned(True)

    def _size_columns(self) -> None:
        """Columns as wide as what they show, so the dates asked about read whole ("start no
        earlier than 2027-01-18 08:00", not "start no earlier than 2…"); the Conflict column
        only when a change clashes. The dialog widens to show them, up to the screen's width."""
        tree = self.tree
        conflicts = any(i.conflict or i.reason for i in self.items)
        tree.setColumnHidden(_CONFLICT_COLUMN, not conflicts)
        does = bool(self._rows_of)
        tree.setColumnHidden(_DOES_COLUMN, not does)
        shown = [
            0,
            1,
            2,
            *([_DOES_COLUMN] if does else []),
            *([_CONFLICT_COLUMN] if conflicts else []),
        ]
        widths, needed = {}, {}
        for col in shown:
            tree.resizeColumnToContents(col)
            hint = max(tree.columnWidth(col), tree.header().sectionSizeHint(col))
            needed[col] = hint + _PADDING
            widths[col] = min(hint + _PADDING, _WIDEST_CHANGE if col == 0 else _WIDEST_VALUE)
        screen = self.screen().availableGeometry().width() if self.screen() else 1600
        # The change's name takes the room the dialog has beside the values ("Assignment
        # added: Nina Patel on System tests" read "...on Syste…" with half the width empty).
        room = max(self.width(), screen - 40) - _FRAME - sum(w for c, w in widths.items() if c)
        widths[0] = max(widths[0], min(needed[0], room))
        for col, width in widths.items():
            tree.setColumnWidth(col, width)
        wanted = sum(widths.values()) + _FRAME
        self.resize(max(self.width(), min(wanted, screen - 40)), self.height())

    def _make_checkable(
        self, node: QTreeWidgetItem, item: MergeItem, indices: tuple[int, ...] = ()
    ) -> None:
        """``node`` ticks ``item`` (a typed date's row: the items at ``indices`` too)."""
        node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        node.setData(0, _CHANGE_ROLE, len(self._checkables))
        if indices:
            self._rows_of[len(self._checkables)] = indices
        conflict = any(self.items[k].conflict for k in indices) or item.conflict
        node.setCheckState(0, Qt.CheckState.Unchecked if conflict else Qt.CheckState.Checked)
        if conflict:
            for col in range(self.tree.columnCount()):
                node.setForeground(col, QBrush(_CONFLICT))
            node.setToolTip(3, "Changed here since the export as well")
        self._checkables.append(node)

    def _on_item_changed(self, node: QTreeWidgetItem, column: int) -> None:
        index = node.data(0, _CHANGE_ROLE)
        if column != 0 or index is None or self._following:
            return
        accepted = node.checkState(0) == Qt.CheckState.Checked
        self._following = True
        try:
            for own in self._rows_of.get(index, (index,)):
                for k in self._dependents.get(own, []):
                    self.set_accepted(k, accepted)
                if accepted and self.items[own].change.kind == "added":
                    for k in self._holders.get(own, []):
                        self.set_accepted(k, True)
        finally:
            self._following = False
        if self._impact is not None and self._live:
            self.impact.setText("Working out what the ticked changes do…")
            self._impact_timer.start()
        elif self._impact is not None:
            self.impact.setText("The ticked changes changed: Show impact says what they do.")

    def show_impact(self) -> str:
        """Say what the ticked changes do to the plan (its finish, work, cost, tasks
        moved); the text said ("" without a way to work it out)."""
        self._impact_timer.stop()
        if self._impact is None:
            return ""
        chosen = self.accepted_changes()
        if not chosen:
            text = "No change ticked: the plan stays as it is."
        else:
            text = f"Accepting the {counted(len(chosen), 'ticked change')}: " + "; ".join(
                self._impact(chosen)
            )
        self.impact.setText(text)
        return text

    # ------------------------------------------------------------------ reading

    def change_rows(self) -> list[QTreeWidgetItem]:
        """The rows with a check box, one per change, in the order of ``items``."""
        return list(self._checkables)

    def set_accepted(self, index: int, accepted: bool) -> None:
        """Tick or untick one change (as the user clicking its box)."""
        state = Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        self._checkables[index].setCheckState(0, state)

    def set_all(self, accepted: bool) -> None:
        """Accept or reject every change."""
        for k in range(len(self._checkables)):
            self.set_accepted(k, accepted)

    def accepted_changes(self) -> list[PlanChange]:
        """The changes left ticked."""
        return [
            item.change
            for item, node in zip(self.items, self._checkables, strict=True)
            if node.checkState(0) == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        items: list[MergeItem],
        project: Project,
        notes: Sequence[str] = (),
    ) -> list[PlanChange] | None:
        """Show the dialog; the accepted changes, or None when cancelled (tests patch this).

        ``notes``: lines shown below the changes, without a box (what is not taken).
        """
        dialog = cls(items, project, parent, notes)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.accepted_changes()
        finally:
            dialog.deleteLater()


def _text(value: Scalar) -> str:
    return "" if value is None else str(value)


def with_assignment_units(
    items: list[MergeItem], base: Plan, theirs: Plan, ours: Plan
) -> list[MergeItem]:
    """``items`` with an added assignment's units in its workbook value ("50%", "3 t") and a
    deleted one's in its plan value, for the review rows (the row said "Assignment added:
    Nina Patel on System tests" without how much of her); other changes stay as they are."""
    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if c.entity == "assignment" and c.kind in ("added", "removed"):
            plans = (theirs,) if c.kind == "added" else (ours, base)
            units = next(filter(None, (_units_of(p, c.uid) for p in plans)), None)
            if units is not None:
                side = {"new": units} if c.kind == "added" else {"old": units}
                item = replace(item, change=replace(c, **side))
        out.append(item)
    return out


def _units_of(plan: Plan, key: int | str) -> str:
    """The units of the assignment keyed ``task:resource`` in ``plan`` ("" if not there)."""
    task, _, person = str(key).partition(":")
    for a in plan.assignments_of_task(int(task)) if task.isdigit() else ():
        if str(a.resource_uid) == person:
            res = next((r for r in plan.resources if r.uid == a.resource_uid), None)
            return "" if res is None else units_text(res, a.units)
    return ""
