"""Paste a table from the clipboard into the task sheet as MS Project does, one undo step.

Into cells: on a cell other than the ID or Task Name, each value goes into the
cell under it, from the current cell down and across (the columns as the sheet
shows them, or as a title row names them), through the rules typing uses, a column
at a time; past the last task, a row holding something adds a task, as typing into the
empty row does (all of them added as one change, then typed a column at a time).

As rows: on the ID or Task Name (or when the clipboard's title row names Task
Name: whole rows were copied), a task a row is inserted above the current row
(leading spaces in a name indent it), then its other cells are typed into it.

A refused value takes the whole paste back and is said in one line naming the
row (the task's ID) and the column. An empty cell clears its cell to the field's default
(blank text, no constraint date), as MS Project pastes over what a cell held; a field that
always holds a value (Duration, Start, Task Name) refuses it so, naming the row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from app.domain.errors import AppError, InputError
from app.domain.grouping_rows import is_group_key
from app.domain.task import Task
from app.domain.task_name_limit import check_task_name
from app.ui.clipboard_table import TITLE_ALIASES, ClipboardTable
from app.ui.commands import CompositeCommand, execute, new_task, quoted
from app.ui.find_query import typed_parts
from app.ui.models.cost_typed_hint import typed_hint
from app.ui.models.task_edits import Column
from app.ui.selected_rows import selected_rows
from app.ui.task_clipboard import CopiedTasks, PasteTasksCommand
from app.ui.task_tree_selection import column_title, copied_texts, excel_text

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

# Columns that stand for the whole row: Copy copies rows there and Paste inserts rows, as
# Del deletes the task there (the ID is MS Project's row header; Indicators sits beside it).
ROW_COLUMNS = frozenset({Column.ID, Column.INDICATORS, Column.NAME})
_INDENT = 4  # spaces a level in the names Gantry's own copy writes (selection_as_text)
# an ID opening a predecessor (not the 5 of a lag of 1,5d): followed by its type, or its end
_PREDECESSOR_ID = re.compile(r"((?:^|[,;])\s*)(\d+)(?=\s*(?:$|[,;]|[FfSs][FfSs]|[+-]))")
_UNSAID = frozenset({Column.ID, Column.WBS, Column.INDICATORS})  # the row's place: not news
# Rows pasted as tasks: a summary's Start and Finish roll up from its subtasks, so they are
# not typed (a Start typed on a summary is an SNET since 1206392, a Finish is refused).
_SUMMARY_DATES = frozenset({Column.START, Column.FINISH})


# Figures that are the people's work: typed only on a task with people, so a row's People
# cell is typed before them whatever the order of the clipboard's columns (a backlog pasted
# as Name, Work, Owner), as MS Project keeps work typed before someone is assigned.
_PEOPLES_WORK = frozenset(
    {
        Column.WORK,
        Column.ACTUAL_WORK,
        Column.REMAINING_WORK,
        Column.PERCENT_WORK_COMPLETE,
        Column.OVERTIME_WORK,
        Column.REGULAR_WORK,
    }
)


def typing_order(columns: Sequence[int | None]) -> list[int]:
    """The positions of ``columns`` in the order a row's cells are typed: as given, the
    People column lifted before the first figure of the people's work."""
    order = list(range(len(columns)))
    if Column.RESOURCES not in columns:
        return order
    people = columns.index(Column.RESOURCES)
    first = next((k for k, c in enumerate(columns) if c in _PEOPLES_WORK), None)
    if first is not None and first < people:
        order.remove(people)
        order.insert(first, people)
    return order


@dataclass(slots=True)
class Pasted:
    """What a paste did: the tasks it inserted or typed into, and the titles not read."""

    uids: list[int] = field(default_factory=list)
    cells: int = 0
    not_read: list[str] = field(default_factory=list)


def one_line(value: str) -> str:
    """A cell's lines joined by spaces: a name or a date is one line (Notes keep theirs)."""
    return " ".join(value.splitlines())


def sheet_titles(model: TaskTreeModel) -> dict[str, int]:
    """Every column's title as the sheet shows it (custom fields by their alias), casefolded,
    with MS Project's names for the same fields."""
    titles = dict(TITLE_ALIASES)
    for column in range(model.columnCount()):
        title = column_title(model, column).strip().casefold()
        if title:
            titles[title] = column
    return titles


def shown_columns(tree: TaskTreeView, first: int) -> list[int]:
    """The columns the sheet shows from ``first`` rightwards, in the order it shows them
    (Indicators, which holds no text, left out)."""
    header = tree.horizontalHeader()
    start = header.visualIndex(first)
    columns = [
        c
        for c in range(tree.task_model().columnCount())
        if not tree.isColumnHidden(c) and c != Column.INDICATORS and header.visualIndex(c) > start
    ]
    return [first, *sorted(columns, key=header.visualIndex)]


# ------------------------------------------------------------------ copy


def cells_as_text(tree: TaskTreeView) -> tuple[str, int] | None:
    """The selected cells as tab-separated text without titles, as Excel takes them, and how
    many; None when whole rows are selected (the current cell on the ID or Task Name)."""
    block = selected_cells(tree)
    if block is None:
        return None
    uids, columns = block
    return _as_text(tree.task_model(), uids, columns), len(uids) * len(columns)


def cut_cells(tree: TaskTreeView) -> tuple[str, int] | None:
    """Copy the selected cells (as :func:`cells_as_text`) and empty them, as Ctrl+Del does,
    in one undo step; None when whole rows are selected. InputError, nothing emptied, when
    a cell cannot be emptied (a duration, a date, a figure Gantry works out)."""
    block = selected_cells(tree)
    if block is None:
        return None
    uids, columns = block
    model = tree.task_model()
    text = _as_text(model, uids, columns)
    filled = {
        column: {
            u: "" for u in uids if model.index_of_uid(u, column).data(Qt.ItemDataRole.EditRole)
        }
        for column in columns
    }
    if any(filled.values()):

        def empty(typist: _Typist) -> None:
            for column, texts in filled.items():
                for uid in texts:
                    typist.check(uid, column)
                try:
                    typist.type_column(column, texts)
                except InputError:  # a field that always holds a value, as Ctrl+Del says
                    title = column_title(model, column)
                    raise InputError(
                        f"Nothing cut: {title} cannot be cleared; Ctrl+C copies it"
                    ) from None

        titles = ", ".join(column_title(model, c) for c in columns)
        _in_one_step(model, f"Cut {titles}", empty, "cut")
    return text, len(uids) * len(columns)


def selected_cells(tree: TaskTreeView) -> tuple[list[int], list[int]] | None:
    """The tasks and columns of the cells selected, in the sheet's order; None when whole rows
    are selected (the current cell on the ID or Task Name).

    The sheet selects rows whole: the current cell's column is the one taken from each
    selected row; cells selected without their rows (a range) are taken as that range.
    """
    model = tree.task_model()
    current = tree.currentIndex()
    ranges = tree.selectionModel().selection()
    last = model.columnCount() - 1
    partial = [r for r in (ranges.at(k) for k in range(ranges.count())) if r.width() <= last]
    if partial:
        rows = sorted({row for r in partial for row in range(r.top(), r.bottom() + 1)})
        picked = {c for r in partial for c in range(r.left(), r.right() + 1)}
        columns = [c for c in shown_columns(tree, _first_shown(tree)) if c in picked]
    elif current.isValid() and current.column() not in ROW_COLUMNS:
        # the current column of the selected rows; the current row alone when outside them
        rows = sorted(row for row, _parent in selected_rows(tree.selectionModel()))
        if current.row() not in rows:
            rows = [current.row()]
        columns = [current.column()]
    else:
        return None
    shown = model.shown_uids()
    uids = [shown[r] for r in rows if r < len(shown) and not is_group_key(shown[r])]
    if not uids or not columns:
        return None
    return uids, columns


def _as_text(model: TaskTreeModel, uids: list[int], columns: list[int]) -> str:
    """The cells as the sheet shows them (notes whole), tab-separated and quoted as Excel
    writes them."""
    texts = [copied_texts(model, c, uids) for c in columns]
    return excel_text(zip(*texts, strict=True))


def _first_shown(tree: TaskTreeView) -> int:
    """The column the sheet shows leftmost."""
    return tree.horizontalHeader().logicalIndex(0)


# ------------------------------------------------------------------ paste


def paste_as_rows(
    tree: TaskTreeView, table: ClipboardTable, text: str, index: int, level: int
) -> Pasted:
    """Insert a task a row of ``table`` before the plan's row ``index`` at ``level`` and type
    its other cells into it, as one undo step; InputError (nothing changed) on a refusal."""
    model = tree.task_model()
    columns = list(table.columns or shown_columns(tree, Column.NAME))
    name_at = columns.index(Column.NAME) if Column.NAME in columns else None
    rows = [r for r in table.rows if name_at is None or (len(r) > name_at and r[name_at].strip())]
    if not rows:
        raise InputError("Nothing to paste: the clipboard holds no task names")
    plan = model.document.plan
    tasks = _named_tasks(plan, [r[name_at] if name_at is not None else "" for r in rows])
    command = PasteTasksCommand(
        model.document, index, level, CopiedTasks(None, tasks, (), (), text)
    )
    pasted = Pasted(not_read=table.not_read())

    def type_rows(typist: _Typist) -> None:
        execute(model.document, command)
        model.reveal(command.uids)
        pasted.uids = command.uids
        unread: set[int] = set()
        new_ids = _new_ids(plan, columns, rows, command.uids)
        for k in typing_order(columns):
            column = columns[k]
            if column is None or column == Column.NAME:
                continue
            texts: dict[int, str] = {}
            for uid, row in zip(command.uids, rows, strict=True):
                value = row[k] if k < len(row) else ""
                if not value.strip():
                    continue
                if column in _SUMMARY_DATES and plan.is_summary(uid):
                    continue  # a pasted summary's dates are its subtasks' (typed: an SNET)
                if not typist.cell(uid, column).flags() & Qt.ItemFlag.ItemIsEditable:
                    if not plan.is_summary(uid):  # worked out by Gantry (ID, Cost...)
                        unread.add(column)
                        break
                    continue  # a summary's rolled-up figure comes from its subtasks
                if column == Column.PREDECESSORS and new_ids:
                    value = _renumbered(value, new_ids)
                texts[uid] = value
            else:
                typist.type_column(column, texts)
        said = [column_title(model, c) for c in columns if c in unread and c not in _UNSAID]
        pasted.not_read.extend(said)

    what = f"task {quoted(tasks[0].name)}" if len(tasks) == 1 else f"{len(tasks)} tasks"
    _in_one_step(model, f"Paste {what}", type_rows)
    return pasted


def _filled(row: Sequence[str], at: int) -> bool:
    """Whether a row holds something in its cell ``at``."""
    return at < len(row) and bool(row[at].strip())


def _new_ids(
    plan: Plan, columns: Sequence[int | None], rows: Sequence[Sequence[str]], uids: list[int]
) -> dict[str, str]:
    """The ID each pasted row had (its ID column, as Gantry's and MS Project's copies write
    it) to the ID its task now has: links among the pasted rows stay among them."""
    if Column.ID not in columns:
        return {}
    at = columns.index(Column.ID)
    return {
        row[at].strip(): str(plan.index_of(uid) + 1)
        for row, uid in zip(rows, uids, strict=True)
        if len(row) > at and row[at].strip().isdigit()
    }


def _renumbered(predecessors: str, new_ids: dict[str, str]) -> str:
    """Predecessors (``3FS+2d,5``) with the IDs of pasted rows made their new tasks' IDs."""

    def new(match: re.Match[str]) -> str:
        return match.group(1) + new_ids.get(match.group(2), match.group(2))

    return _PREDECESSOR_ID.sub(new, predecessors)


def _named_tasks(plan: Plan, names: Sequence[str]) -> tuple[Task, ...]:
    """New tasks so named, a level a four leading spaces (as Gantry's copy writes the outline),
    never more than a level below the task above."""
    tasks: list[Task] = []
    level = 1
    template = new_task(plan, level)  # made once: each asks the plan for its next uid
    for n, raw in enumerate(map(one_line, names)):
        indent = (len(raw) - len(raw.lstrip(" "))) // _INDENT
        level = min(1 + indent, level + 1) if tasks else 1 + indent
        name = raw.strip() or template.name
        check_task_name(name)  # before anything is inserted: the paste changes nothing
        tasks.append(replace(template, uid=n + 1, name=name, outline_level=level))  # uids: pasted
    return tuple(tasks)


def paste_into_cells(tree: TaskTreeView, table: ClipboardTable, current: QModelIndex) -> Pasted:
    """Type ``table`` into the cells from ``current`` down and across, as one undo step;
    InputError (nothing changed) on a refusal. One value, with several rows selected around
    the current one, goes into each of them, as Excel and MS Project paste one cell."""
    model = tree.task_model()
    columns = list(table.columns or shown_columns(tree, current.column())[: table.width])
    shown = model.shown_uids()
    below = [uid for uid in shown[current.row() :] if not is_group_key(uid)]
    rows = sorted(row for row, _parent in selected_rows(tree.selectionModel()))
    chosen = [shown[r] for r in rows if r < len(shown) and not is_group_key(shown[r])]
    if len(table.rows) == 1 and len(chosen) > 1 and below[:1] and below[0] in chosen:
        below = chosen  # in the sheet's order (a sort's)
        table = replace(table, rows=table.rows * len(below))
    pasted = Pasted(not_read=table.not_read())

    def type_cells(typist: _Typist) -> None:
        on_tasks = table.rows[: len(below)]
        _type_rows(typist, columns, below, on_tasks, pasted, clear=True)
        pasted.uids.extend(uid for uid, row in zip(below, on_tasks, strict=False) if any(row))
        past = [  # past the last task: a task a row holding something, as typed there
            row
            for row in table.rows[len(below) :]
            if any(c is not None and _filled(row, k) for k, c in enumerate(columns))
        ]
        added = _add_rows(typist, columns, past)
        if Column.NAME in columns:  # their names are given as they are added
            at = columns.index(Column.NAME)
            pasted.cells += sum(_filled(row, at) for row in past)
        named = [None if c == Column.NAME else c for c in columns]
        _type_rows(typist, named, added, past, pasted, clear=False)
        pasted.uids.extend(added)

    what = ", ".join(dict.fromkeys(column_title(model, c) for c in columns if c is not None))
    _in_one_step(model, f"Paste into {what}", type_cells)
    return pasted


def _type_rows(
    typist: _Typist,
    columns: Sequence[int | None],
    uids: list[int],
    rows: Sequence[Sequence[str]],
    pasted: Pasted,
    clear: bool,
) -> None:
    """Type the rows' cells into these tasks' cells, a column at a time (one run of the plan
    each, People before the people's work); ``clear``: an empty cell clears a cell holding
    something, else it is skipped."""
    for k in typing_order(columns):
        column = columns[k]
        if column is None:
            continue
        texts = {
            uid: row[k] if row[k].strip() else ""
            for uid, row in zip(uids, rows, strict=False)
            if _filled(row, k) or (clear and k < len(row) and typist.holds(uid, column))
        }
        for uid in texts:
            typist.check(uid, column)
        typist.type_column(column, texts)
        pasted.cells += len(texts)


def _add_rows(
    typist: _Typist, columns: Sequence[int | None], rows: Sequence[Sequence[str]]
) -> list[int]:
    """Add a task for each of ``rows`` (rows past the last task, none empty) at the level a
    task typed into the empty row gets, named by its Task Name cell when it has one, as one
    change (a row at a time, each its own reschedule, 2,000 rows took minutes); their uids."""
    if not rows:
        return []
    model = typist.model
    plan = model.document.plan
    at = columns.index(Column.NAME) if Column.NAME in columns else None
    names = [one_line(row[at]).strip() if at is not None and at < len(row) else "" for row in rows]
    level = model.blank_level()
    tasks = _named_tasks(plan, names)  # stripped: all on one level, that of the empty row
    copied = CopiedTasks(None, tasks, (), (), "")
    command = PasteTasksCommand(model.document, len(plan.tasks), level, copied)
    execute(model.document, command)
    return command.uids


class _Typist:
    """Types values into the sheet's cells through the model, as a user would; a refusal
    raises InputError naming the row and the column."""

    def __init__(self, model: TaskTreeModel, done: str = "pasted") -> None:
        self.model = model
        self.nothing = f"Nothing {done}"  # how a refusal begins

    def cell(self, uid: int, column: int) -> QModelIndex:
        """A task's cell."""
        model = self.model
        cell = model.index_of_uid(uid, column)  # found again each time: an edit may reset
        if not cell.isValid():  # under a collapsed summary, or hidden by a filter
            model.reveal([uid])
            cell = model.index_of_uid(uid, column)
        return cell

    def check(self, uid: int, column: int) -> None:
        """InputError naming the row and column unless the task's cell takes typing."""
        cell = self.cell(uid, column)
        if not cell.isValid():
            raise InputError(f"{self.nothing}: {self._row(uid)} is not shown on the sheet")
        if not cell.flags() & Qt.ItemFlag.ItemIsEditable:
            title = column_title(self.model, column)
            why = self._why_read_only(uid, column)
            raise InputError(f"{self.nothing}: {self._row(uid)}, {title}: {why}")

    def holds(self, uid: int, column: int) -> bool:
        """Whether the task's cell holds something a blank pasted on it would clear: it shows
        a value and takes typing (a figure Gantry works out is left as it is)."""
        cell = self.cell(uid, column)
        editable = bool(cell.flags() & Qt.ItemFlag.ItemIsEditable)
        return editable and bool(cell.data(Qt.ItemDataRole.EditRole))

    def type_column(self, column: int, texts: dict[int, str]) -> None:
        """Type each task's text into its cell of ``column`` as one command, Fill Down's way:
        one run of the plan and one reschedule however many cells (cell by cell, 1,000 notes
        on a 4,000-task plan took 36 s). An empty text clears the cell to the field's default;
        InputError naming the first such row and the column when the field cannot be blank."""
        if column != Column.NOTES:
            texts = {uid: one_line(text) for uid, text in texts.items()}
        document = self.model.document
        self._check_blank(column, texts)
        try:
            parts = typed_parts(self.model, column, texts)
            if parts:
                execute(document, CompositeCommand(document, "Paste", parts))
        except AppError as exc:
            raise InputError(f"{self.nothing}: {exc}") from None

    def _check_blank(self, column: int, texts: dict[int, str]) -> None:
        """InputError naming the first task given an empty text, and the column, when the
        field always holds a value (a duration, a date, a task's name): said as such, not
        as a blank that is not a duration."""
        uid = next((u for u, text in texts.items() if not text), None)
        if uid is None:
            return
        try:
            typed_parts(self.model, column, {uid: ""})
        except AppError:
            title = column_title(self.model, column)
            raise InputError(
                f"{self.nothing}: {self._row(uid)}, {title}: {title} cannot be blank"
            ) from None

    def _row(self, uid: int) -> str:
        plan = self.model.document.plan
        return f"Task {plan.index_of(uid) + 1} {quoted(plan.task(uid).name)}"  # as Fill Down

    def _why_read_only(self, uid: int | None, column: int) -> str:
        hint = typed_hint(column)  # a tracking figure, Cost: where to type instead
        if hint is not None:
            return hint
        if uid is not None and self.model.document.plan.is_summary(uid):
            return "a summary's comes from its subtasks"
        return "Gantry works it out; it cannot be typed"


def _in_one_step(
    model: TaskTreeModel, label: str, edits: Callable[[_Typist], None], done: str = "pasted"
) -> None:
    """Run ``edits`` inside one undo macro; on a refusal take back what they did (nothing left
    to redo either) and raise it."""
    if model.document.read_only:
        raise InputError("The plan is open read-only: nothing in it can be changed")
    stack = model.document.undo_stack
    before = stack.index()
    typist = _Typist(model, done)
    stack.beginMacro(label)
    try:
        edits(typist)
    except AppError as exc:
        refused: AppError | None = exc
    else:
        refused = None
    finally:
        stack.endMacro()
    if refused is None:
        return
    # As a refused Fill Down: the cells typed are taken back, and a command Qt drops unrun
    # (obsolete) clears the redo side.
    if stack.index() > before:
        stack.undo()
        dropped = QUndoCommand()
        dropped.setObsolete(True)
        stack.push(dropped)
    raise refused
