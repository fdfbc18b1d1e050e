"""The Team view's list of the selected person's assignments: task, units, work, cost, rate
table, the person's own dates and work contour, one row a task.

Units, rate table and a person's work (a cost item's cost) are typed in place
(app/ui/team/assignment_edits.py); the other cells open Assignment Information.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.domain.assigning import format_one
from app.domain.assignment_dates import assignment_dates
from app.domain.resource import ResourceType
from app.report.locale_dates import local_date
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.team.assignment_edits import COST, RATE_TABLES, TABLE, UNITS, WORK, work_text
from app.ui.team.roster_model import ResourceUidRole
from app.ui.team.wrap_header import WrapHeader

# In average characters of the list's font (120 and 200 px at the default 9 pt), so a large
# font keeps as many letters of a task's name as the default one does:
_TASK_ROOM = 20  # the task name the assignment list keeps beside its figures
_TASK_WIDEST = 33  # its floor grows with the names up to this; longer ones wrap
AssignmentUidRole = Qt.ItemDataRole.UserRole + 21  # the assignment list's rows


def task_room(table: QWidget) -> int:
    """Pixels of task name the list keeps beside its figures at ``table``'s font."""
    return _TASK_ROOM * table.fontMetrics().averageCharWidth()


class AssignmentTable(QTableWidget):
    """A person's assignments: each figure as wide as its contents, the task name the room
    left, never narrower than its names (up to ``_TASK_WIDEST``). In a narrow pane (a 1024 px
    screen) the list scrolls sideways: a stretched Task column was squeezed to '…'."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setHorizontalHeader(WrapHeader(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)

    def fit_task_column(self) -> None:
        """Give the task name the width the figures leave, or its names' width if more."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(i) for i in range(1, header.count()) if not header.isSectionHidden(i)
        )
        char = self.fontMetrics().averageCharWidth()
        names = min(max(self.sizeHintForColumn(0), task_room(self)), _TASK_WIDEST * char)
        header.resizeSection(0, max(names, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the task column to the new width."""
        super().resizeEvent(event)
        self.fit_task_column()

    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != 0:  # a figure grew or shrank with its contents
            self.fit_task_column()

    def fill(self, document: Document, uid: int | None) -> None:
        """Show the person's assignments, each cell editable where it is typed (none: empty)."""
        self.setRowCount(0)
        if uid is None:
            return
        plan = document.plan
        res = plan.resource(uid)
        rows = plan.assignments_of_resource(uid)
        self.setRowCount(len(rows))
        # The person's own dates on each task: their calendar, a split task's parts.
        own = assignment_dates(plan, document.schedule, [a.uid for a in rows])
        marks = locale_marks()
        for i, a in enumerate(rows):
            task = plan.task(a.task_uid)
            span = own.get(a.uid)
            ac = document.costs.assignments.get(a.uid)
            dates = (  # in the user's locale, as the status bar's finish
                f"{local_date(span[0], weekday=False)} to {local_date(span[1], weekday=False)}"
                if span
                else ""
            )
            work = work_text(ac.work_minutes) if ac and res.type is ResourceType.WORK else ""
            units = format_one(res, a.units).removeprefix(res.name).strip("[]") or "100%"
            units = local_figure(units, marks)  # 12,5% in German, read back as typed
            cost_item = res.type is ResourceType.COST
            cells = [
                task.name,
                "" if cost_item else units,
                work,
                money(plan.project, ac.cost) if ac else "",
                "" if cost_item else RATE_TABLES[a.rate_table] if a.rate_table < 5 else "",
                dates,
                # MS Project's Work Contour column (set in Assignment Information)
                "" if cost_item else a.contour.label,
            ]
            # A person's or material's units and rate table are typed here, and a person's
            # work (Assignment Information > Work); a cost item's amount, as its
            # assignment's Cost in MS Project (it has no units nor rates).
            typed = {COST} if cost_item else {UNITS, TABLE}
            if res.type is ResourceType.WORK and not plan.is_summary(a.task_uid):
                typed.add(WORK)
            shape = f"Work contour: {a.contour.label}" if a.contour.shaped else ""
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ResourceUidRole, a.task_uid)
                item.setData(AssignmentUidRole, a.uid)
                if shape and j in (0, UNITS, WORK):
                    item.setToolTip(shape)
                if j not in typed or document.read_only:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(i, j, item)
        self.fit_task_column()
