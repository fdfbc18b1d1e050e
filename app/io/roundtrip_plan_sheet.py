"""The Plan sheet of a returned workbook, read into a copy of the plan as exported
(:func:`app.io.roundtrip_import.read_roundtrip`): rows matched by their hidden UID (their #
when the UID column was deleted), each cell whose text differs from what was written taken
as the client's edit, a row without a known UID a task they added, a UID gone a task they
deleted; a sorted sheet is put back in the plan's order. A summary's rolled-up cells are
told, not taken; the bad cells are gathered, not raised one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import partial

from app.domain.assigning import occurrence_uids
from app.domain.custom_fields import ordered
from app.domain.errors import AppError, FileFormatError
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.project import as_new_task
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import ConstraintType, Task
from app.io.roundtrip_baseline_cells import typed_baseline_notes
from app.io.roundtrip_indents import IndentedRows
from app.io.roundtrip_links import apply_returned_links, fix_levels
from app.io.roundtrip_notes import copied_row_note, moved_subtasks_notes, overwritten_uids
from app.io.roundtrip_numbers import retyped_numbers
from app.io.roundtrip_people_cells import typed_people
from app.io.roundtrip_progress import ClientProgress
from app.io.roundtrip_refusals import Refusals
from app.io.roundtrip_sheet_cells import SheetCells
from app.io.roundtrip_sorted import sort_keys, sorted_note, written_value
from app.io.roundtrip_typed_dates import TypedDate, typed_date
from app.io.roundtrip_wbs import WbsColumn, placed_by_wbs
from app.io.sheet_date_order import DateOrder, date_order_note
from app.io.sheet_mapping import column_letter
from app.io.sheet_percent import PercentCell, read_percent_cell
from app.io.sheet_values import (
    CellError,
    ambiguous_date,
    check_duration_span,
    is_blank,
    plan_currency,
    read_cost,
    read_date,
    ref_text,
    typed_alone,
)
from app.io.snapshot_texts import FittedText, fitted_note
from app.io.workbook_accrual import accrual_column, edited_accrual
from app.io.workbook_baseline_dates import baseline_columns
from app.io.workbook_cells import EDITABLE, PLAN_COLUMNS, PLAN_SHEET, cell_text
from app.io.workbook_custom import read_cell
from app.io.workbook_hyperlinks import HYPERLINK_TITLE, edited

# the rows' read, in 100ths (read_roundtrip gives it its share of the progress)
_LOOKED = 40  # the looks at the rows before each is read
_ROWS_STEP = 256  # rows between two reports (~0.03 s at 20k rows)


_HEADER_LOOKED = 10  # rows looked at for a header moved down by rows inserted above it

# The cells of a summary row that Gantry computes from its subtasks.
_ROLLED_UP = ("Duration", "Start", "Finish", "% Complete", "Cost")


def _typed(title: str, value: object) -> str:
    """A cell's value as the client typed it, for a note: ``12d``, ``2026-03-02 08:00``, ``50%``."""
    if is_blank(value):
        return "nothing"
    if isinstance(value, datetime):
        return (
            f"{value:%Y-%m-%d}"
            if value.time() == datetime.min.time()
            else f"{value:%Y-%m-%d %H:%M}"
        )
    if title == "% Complete" and isinstance(value, int | float) and not isinstance(value, bool):
        pct = value * 100 if value <= 1 or isinstance(value, PercentCell) else value
        return f"{pct:g}%"
    return ref_text(value)


class PlanSheetEditor:
    """Applies the edited cells of the Plan sheet to a copy of the base plan (its bad cells
    gathered in ``refused``, for read_roundtrip to tell with the other sheets')."""

    def __init__(
        self,
        plan: Plan,
        cells: dict[str, dict[str, str]],
        numbers: dict[str, int],
        sheet: str = PLAN_SHEET,
        day_first: bool = True,
    ) -> None:
        self.plan = plan
        self.sheet = sheet
        self.day_first = day_first
        self.date_order_told = False
        self.date_order = DateOrder(day_first)  # the cell that told the order, if one did
        self.uid_of_number = {n: int(uid) for uid, n in numbers.items()}
        self.number_of = {int(uid): n for uid, n in numbers.items()}  # as exported
        self.cells = cells
        self.refs: dict[str, int] = {str(n): int(uid) for uid, n in numbers.items()}
        self.cols: dict[str, int] = {}
        self.summaries = {
            t.uid
            for i, t in enumerate(plan.tasks)
            if i + 1 < len(plan.tasks) and plan.tasks[i + 1].outline_level > t.outline_level
        }
        # recurring summaries -> their occurrences: people typed on one go on each of these
        self.occurrences = {
            uid: occ
            for uid in plan.recurrences
            if plan.has_task(uid)
            for occ in (occurrence_uids(plan, uid),)
            if occ
        }
        self.pending_links: list[tuple[int, int, str]] = []  # (row, successor uid, cell)
        # custom field columns (title, field name) and their cells' text as exported
        self.custom: list[tuple[str, str]] = []
        self.custom_texts: dict[str, list[str]] = {}
        self.notes: list[str] = []
        self.typed_dates: list[TypedDate] = []  # Start and Finish as typed (the review's)
        self.link_col: int | None = None  # the Hyperlink column (workbook_hyperlinks)
        self.accrual_col: int | None = None  # the Fixed cost accrual column (workbook_accrual)
        self.row_of: dict[int, int] = {}  # a kept task's row in the sheet, by uid
        self.refused = Refusals()  # the bad cells, told together when the rows are read
        self.progress = ClientProgress(plan, day_first, sheet)  # read_roundtrip's: the base's
        self.indents: dict[int, int] | None = None  # the Task cells' (roundtrip_indents)

    def where(self, row: int, title: str) -> str:
        return f"{self.sheet}!{column_letter(self.cols[title])}{row + 1}"

    def note_fitted(self, fitted: Sequence[FittedText]) -> None:
        """Say where the snapshot's cut Text values stand, unless the client typed anew."""
        for text in fitted:
            plan = self.plan
            if not plan.has_task(text.task_uid):
                continue
            if dict(plan.task(text.task_uid).custom).get(text.field) != text.kept:
                continue
            row = self.row_of.get(text.task_uid)
            self.notes.append(fitted_note(text, self.sheet, self.cols, self.custom, row))

    def get(self, row: Sequence[object], title: str) -> object:
        col = self.cols.get(title)
        return None if col is None or col >= len(row) else row[col]

    def read(self, rows: Sequence[Sequence[object]], progress: Progress | None = None) -> None:
        """The tasks of ``rows`` (the Plan sheet's cells) into the plan; ``progress`` hears
        the looks at the rows the plan still holds (how the sheet is sorted...), then how
        many rows are read (of all), every ``_ROWS_STEP``."""
        if not rows:
            raise FileFormatError(f"{self.sheet}: the sheet is empty")
        header = [cell_text(c) for c in rows[0]]
        self.cols = {t: header.index(t) for t in PLAN_COLUMNS if t in header}
        self.cols.update({t: header.index(t) for t, _ in self.custom if t in header})
        taken = set(self.cols.values())  # a custom field renamed "Hyperlink" keeps its column
        links = [i for i, t in enumerate(header) if t == HYPERLINK_TITLE and i not in taken]
        # after the custom columns (workbook_hyperlinks); apart from cols, keyed by title
        self.link_col = links[-1] if links else None
        self.accrual_col = accrual_column(header, taken)  # the last column (workbook_accrual)
        # Actual Start / Finish; a column the client added is named in the notes
        based = baseline_columns(header, taken)  # worked out: read as the sheet's, not taken
        read = {*taken, *links[-1:], self.accrual_col, *based}
        self.notes.extend(self.progress.columns(header, read))
        if "Task" not in self.cols or not {"UID", "#"} & set(self.cols):
            raise FileFormatError(self._header_missing(rows))
        report(progress, 0, 100)
        by_uid = {t.uid: t for t in self.plan.tasks}
        known = self._known_rows(rows, by_uid)
        typed = SheetCells(self.sheet, rows, header, based, known)
        said = typed_baseline_notes(typed, self.plan, self.cells)
        self.notes.extend(said)  # and the variances typed over (roundtrip_variance_cells)
        report(progress, _LOOKED // 3, 100)
        shown = {uid: {t: self.get(rows[i], t) for t in self.cols} for uid, i in known.items()}
        report(progress, 2 * _LOOKED // 3, 100)
        written = {  # the editable cells as exported, for a sheet sorted, then edited
            uid: {
                t: written_value(self.cells.get(str(uid), {}).get(t, "")) if t in EDITABLE else v
                for t, v in cells.items()
            }
            for uid, cells in shown.items()
        }
        codes = dict(zip(by_uid, self.plan.wbs_codes(), strict=True))
        if "WBS" in self.cols:  # as exported: a sort by WBS as text (1.10 before 1.2)
            for task_uid, values in written.items():
                values["WBS"] = codes[task_uid]
        keys = sort_keys(list(known), list(by_uid), shown, written)
        report(progress, _LOOKED, 100)
        rows_read = None if progress is None else part(progress, _LOOKED, 100, 100)
        kept: list[Task] = []
        added: list[tuple[int, Sequence[object]]] = []  # rows of new tasks, when sorted
        total = len(rows)
        at = {i: uid for uid, i in known.items()}
        for i, row in enumerate(rows[1:], start=1):
            if rows_read is not None and i % _ROWS_STEP == 0:
                report(rows_read, i, total)
            uid = at.get(i)
            if uid is not None:
                self.row_of[uid] = i
                edit = partial(self._edit, i, row, by_uid[uid])
                kept.append(self.refused.attempt(edit, by_uid[uid]))
                continue
            if is_blank(self.get(row, "Task")):
                continue
            copied = self._uid(row)  # a row copied whole: its UID is another row's
            if copied is not None and copied in known and "UID" in self.cols:
                where = self.where(i, "UID")
                self.notes.append(
                    copied_row_note(where, copied, known[copied], row[self.cols["Task"]])
                )
            if keys:
                added.append((i, row))
            else:
                self._add_row(kept, i, row)
        self.notes.extend(retyped_numbers(self, rows, known, by_uid))
        if keys:  # a view: the plan's order, then the rows the client added
            self.notes.append(sorted_note(self.sheet, keys))
            rank = {t.uid: k for k, t in enumerate(self.plan.tasks)}
            kept.sort(key=lambda t: rank[t.uid])
            for i, row in added:
                self._add_row(kept, i, row)
        wbs = WbsColumn(self.sheet, rows, self.cols.get("WBS"), self.row_of)
        levels = {t.uid: t.outline_level for t in self.plan.tasks}  # as exported
        indented = IndentedRows(  # a sorted sheet shows no outline: its indents are not read
            None if keys else self.indents,
            lambda i: self.get(rows[i], "Task"),
            lambda i: self.where(i, "Task"),
        )
        kept = indented.levels(kept, levels, wbs, codes, self.notes)  # Increase Indent
        kept = fix_levels(self.progress.handed_to(kept))  # a summary's % on its subtasks
        self.notes.extend(indented.notes(kept, levels))
        self.notes.extend(self.progress.spread_notes())
        placed = partial(placed_by_wbs, kept, wbs, codes, bool(keys), self.notes)
        kept = self.refused.attempt(placed, kept)  # retyped: moved
        gone = {t.uid for t in self.plan.tasks} - {t.uid for t in kept}
        self.notes.extend(moved_subtasks_notes(self.plan, kept))  # a summary row deleted
        p = self.plan
        p.tasks = kept
        p.links = [lk for lk in p.links if lk.predecessor not in gone and lk.successor not in gone]
        p.assignments = [a for a in p.assignments if a.task_uid not in gone]
        p.risks = [
            replace(r, task_uids=tuple(u for u in r.task_uids if u not in gone)) for r in p.risks
        ]
        p._structure_changed()
        linking = partial(
            apply_returned_links,
            self.plan,
            self.refs,
            self.pending_links,
            self.where,
            self._numbers_shown(rows, known),
        )
        self.refused.attempt(linking, None)  # raised with the Team and Risks sheets' refusals
        for refusal in indented.linked_under(self.plan):
            self.refused.add(refusal)

    def _header_missing(self, rows: Sequence[Sequence[object]]) -> str:
        """Why the first row is no header: the header found lower (title rows inserted above
        it, which the round trip does not skip: every cell is named by its row) or none."""
        for i, row in enumerate(rows[1:_HEADER_LOOKED], start=1):
            titles = {cell_text(c) for c in row}
            if "Task" in titles and titles & {"UID", "#"}:
                above = "a row was" if i == 1 else f"{i} rows were"
                return (
                    f"{self.sheet}!A{i + 1}: the header row (UID, #, Task...) is on row {i + 1}: "
                    f"{above} inserted above it; delete {'it' if i == 1 else 'them'} (the "
                    "header must be the sheet's first row) and import again"
                )
        return (
            f"{self.sheet}!A1: the UID (or #) and Task columns are missing (looked for in row 1, "
            f"and for a header in rows 2-{_HEADER_LOOKED})"
        )

    def _add_row(self, kept: list[Task], i: int, row: Sequence[object]) -> None:
        """The task of a row the client added, after ``kept`` (unless a cell is refused)."""
        task = self.refused.attempt(partial(self._new_task, i, row, kept), None)
        if task is not None:
            kept.append(task)

    # ------------------------------------------------------------------ rows

    def _known_rows(
        self, rows: Sequence[Sequence[object]], by_uid: Mapping[int, Task]
    ) -> dict[int, int]:
        """The row (index) of each task of the plan the sheet still holds (its first row
        when it holds several), in sheet order."""
        known: dict[int, int] = {}
        stray: list[tuple[int, int]] = []  # rows whose UID cell holds no task's UID
        cleared: list[int] = []  # rows whose UID cell is empty (emptied, or a row typed anew)
        uids = "UID" in self.cols
        for i, row in enumerate(rows[1:], start=1):
            uid = self._uid(row)
            if uid is not None and uid in by_uid and uid not in known:
                known[uid] = i
            elif uid is not None and uid not in by_uid:
                stray.append((i, uid))
            elif uids and is_blank(self.get(row, "UID")) and not is_blank(self.get(row, "Task")):
                cleared.append(i)
        if stray and uids:
            known, notes = overwritten_uids(
                known,
                stray,
                by_uid,
                lambda i: self.get(rows[i], "Task"),
                lambda i: self.where(i, "UID"),
            )
            self.notes.extend(notes)
        if cleared:
            known = self._cleared_uids(rows, cleared, known, by_uid)
        return known

    def _cleared_uids(
        self,
        rows: Sequence[Sequence[object]],
        cleared: Sequence[int],
        known: dict[int, int],
        by_uid: Mapping[int, Task],
    ) -> dict[int, int]:
        """``known`` with the rows whose UID cell is empty read as the task a client means,
        each told in a note: the task whose # the row shows when no other row holds it (a
        merge by ID, as MS Project's Import Wizard keys a row by its ID), else the one task
        whose name it holds that no row holds (as an overwritten UID, overwritten_uids). A
        row showing the # of a task another row holds is a new task, and said so: keyed by
        its ID it would overwrite that task, which no client means. Read as new, the task
        whose UID was emptied was deleted and added again with no word (its baseline gone)."""
        missing: dict[str, list[int]] = {}
        for uid, task in by_uid.items():
            if uid not in known:
                missing.setdefault(task.name.strip().casefold(), []).append(uid)
        typed = Counter(str(self.get(rows[i], "Task")).strip().casefold() for i in cleared)
        for i in cleared:
            shown = self.get(rows[i], "#")
            number = ref_text(shown) if not is_blank(shown) else ""
            numbered = self.uid_of_number.get(int(number)) if number.isdigit() else None
            name = str(self.get(rows[i], "Task")).strip()
            head = f"{self.where(i, 'UID')}: the UID cell is empty"
            if numbered is not None and numbered not in known:
                known[numbered] = i
                self.notes.append(
                    f"{head}; the row is read as {quoted(by_uid[numbered].name, NAME_LIMIT)} "
                    f"(UID {numbered}) by its # {number}, which no other row shows"
                )
                continue
            named = missing.get(name.casefold(), [])
            if len(named) == 1 and named[0] not in known and typed[name.casefold()] == 1:
                known[named[0]] = i
                self.notes.append(
                    f"{head}; the row is read as {quoted(by_uid[named[0]].name, NAME_LIMIT)} "
                    f"(UID {named[0]}), whose name it holds and no other row does"
                )
                continue
            if numbered is not None:  # the # of a task another row holds: not that task
                other = by_uid[numbered].name
                self.notes.append(
                    f"{head} and its # {number} is the # of {quoted(other, NAME_LIMIT)} "
                    f"(row {known[numbered] + 1}): the row is read as a new task "
                    f"{quoted(name, NAME_LIMIT)}"
                )
        return dict(sorted(known.items(), key=lambda item: item[1]))

    def _numbers_shown(
        self, rows: Sequence[Sequence[object]], known: Mapping[int, int]
    ) -> dict[str, list[int]]:
        """The rows (indexes) showing each # of the # column, for the Predecessors cells
        (none read when no cell was edited). A row copied whole (its UID another row's) is
        left out: its # names the task copied, as its note says (copied_row_note)."""
        out: dict[str, list[int]] = {}
        if "#" not in self.cols or not self.pending_links:
            return out
        for i, row in enumerate(rows[1:], start=1):
            uid = self._uid(row) if "UID" in self.cols else None
            if uid is not None and known.get(uid, i) != i:
                continue
            number = self.get(row, "#")
            if not is_blank(number) and not is_blank(self.get(row, "Task")):
                out.setdefault(ref_text(number), []).append(i)
        return out

    def _uid(self, row: Sequence[object]) -> int | None:
        """The task a row stands for: its hidden UID, or its # when the UID column was deleted."""
        key, lookup = ("UID", None) if "UID" in self.cols else ("#", self.uid_of_number)
        value = self.get(row, key)
        if not isinstance(value, int | float) or isinstance(value, bool):
            return None
        number = int(value)
        return number if lookup is None else lookup.get(number)

    def _changed(self, row: Sequence[object], uid: int) -> dict[str, object]:
        before = self.cells.get(str(uid), {})
        out: dict[str, object] = {}
        for title in EDITABLE:
            if title not in self.cols:
                continue
            value = self.get(row, title)
            if cell_text(value) != before.get(title, ""):
                out[title] = value
        return out

    def _edit(self, i: int, row: Sequence[object], task: Task) -> Task:
        changed = self._changed(row, task.uid)
        summary = task.uid in self.summaries
        computed: list[str] = []
        for title, value in changed.items():
            # a summary's % is handed to its subtasks, as MS Project and the window's sheet do
            spread = summary and title == "% Complete" and not is_blank(value)
            if summary and title in _ROLLED_UP and not spread:
                # rolled up from the subtasks, as MS Project does: told, not applied
                computed.append(f"{title} typed {_typed(title, value)}")
                continue
            try:
                if spread:
                    task = self.progress.summary_percent(task, read_percent_cell(value))
                else:
                    task = self._apply(i, title, value, task, changed)
            except CellError as exc:  # the next cells are read too: all bad ones told
                self.refused.add(f"{self.where(i, title)}: {exc}")
        self.notes.extend(
            f"Summary {quoted(task.name, NAME_LIMIT)}: {what} in the workbook is computed "
            "from its subtasks; "
            "not taken"
            for what in computed
        )
        before = self.custom_texts.get(str(task.uid))
        task = self.progress.actual_cells(i, row, task, summary, self.notes)
        return self._accrual(
            i, row, self._hyperlink(i, row, self._custom_cells(i, row, task, before))
        )

    def _accrual(self, i: int, row: Sequence[object], task: Task, new: bool = False) -> Task:
        """The task with its Fixed cost accrual cell as the client left it (workbook_accrual)."""
        col = self.accrual_col
        if col is None:
            return task
        try:
            return edited_accrual(task, row[col] if col < len(row) else None, new)
        except CellError as exc:
            raise FileFormatError(f"{self.sheet}!{column_letter(col)}{i + 1}: {exc}") from None

    def _hyperlink(self, i: int, row: Sequence[object], task: Task) -> Task:
        """The task with its Hyperlink cell as the client left it (workbook_hyperlinks)."""
        col = self.link_col
        if col is None:
            return task
        try:
            return edited(task, row[col] if col < len(row) else None)
        except CellError as exc:
            raise FileFormatError(f"{self.sheet}!{column_letter(col)}{i + 1}: {exc}") from None

    def _custom_cells(
        self, i: int, row: Sequence[object], task: Task, before: list[str] | None
    ) -> Task:
        """The task with the custom field cells the client changed (a new row: all typed)."""
        values = dict(task.custom)
        for k, (title, name) in enumerate(self.custom):
            if title not in self.cols:
                continue
            value = self.get(row, title)
            if before is not None and k < len(before) and cell_text(value) == before[k]:
                continue
            if before is None and is_blank(value):
                continue
            try:
                values[name] = read_cell(  # type: ignore[assignment]
                    name, value, self.plan.project, title, self.day_first
                )
            except CellError as exc:
                raise FileFormatError(f"{self.where(i, title)}: {exc}") from None
        return replace(task, custom=ordered(values))

    def _apply(
        self, i: int, title: str, value: object, task: Task, changed: dict[str, object]
    ) -> Task:
        project = self.plan.project
        blank = is_blank(value)
        if title == "Task":
            if blank:
                raise CellError("a task needs a name")
            return replace(task, name=str(value).strip())
        if title == "Notes":
            return replace(task, notes="" if blank else str(value).strip())
        if title == "Duration":
            if blank:
                raise CellError("the duration is empty")
            text = ref_text(value) if isinstance(value, int | float) else str(value)
            try:
                d = parse_duration(text, project)
            except AppError as exc:
                raise CellError(str(exc)) from None
            check_duration_span(value, d, project)  # '99999999d' names its cell here
            return replace(
                task, duration_minutes=d.minutes, elapsed=d.elapsed, estimated=d.estimated,
                milestone=d.minutes == 0, duration_unit=d.unit,
            )  # fmt: skip
        if title in ("Start", "Finish"):
            return self._date(title, value, task, changed)
        if title == "% Complete":  # 0.25 in a percent cell, "25%" typed; 1.5 there is 150 %
            self.progress.typed.add(task.uid)
            return replace(task, percent_complete=read_percent_cell(value))
        if title == "Fixed cost":  # below zero a credit, as the task sheet takes it
            own = plan_currency(project)  # 150 Kčs in a plan counting in Kčs
            return replace(
                task, fixed_cost=0.0 if blank else read_cost(value, own, project.currency_digits)
            )
        if title == "Cost":
            if "Fixed cost" in changed:
                return task
            old = float(self.cells.get(str(task.uid), {}).get("Cost") or 0.0)
            new = (
                0.0 if blank else read_cost(value, plan_currency(project), project.currency_digits)
            )
            return replace(
                task,
                fixed_cost=round(task.fixed_cost + new - old, project.currency_digits),
            )
        if title == "People":
            typed_people(self.plan, task.uid, value, self.occurrences)
            return task
        if title == "Predecessors":
            self.pending_links.append((i, task.uid, "" if blank else ref_text(value)))
            return task
        return task

    def _date(self, title: str, value: object, task: Task, changed: dict[str, object]) -> Task:
        project = self.plan.project
        start = title == "Start"
        if is_blank(value):
            if task.manual:
                return replace(task, start=None) if start else replace(task, finish=None)
            return replace(task, constraint_type=ConstraintType.ASAP, constraint_date=None)
        exported = self.cells.get(str(task.uid), {}).get(title, "")  # "" on a new row
        moment: datetime = read_date(
            typed_alone(value, exported),
            project.default_start_time if start else project.default_finish_time,
            self.day_first,
        )
        if not self.date_order_told and ambiguous_date(value):
            self.date_order_told = True  # once: the same order reads every such cell
            self.notes.append(date_order_note(str(value), self.day_first, self.date_order.told))
        if not start:  # a new duration, as the window's sheet (roundtrip_progress)
            typed = "Start" in changed and not is_blank(changed["Start"]) and not task.manual
            done = self.progress.finish(task, moment, task.constraint_date if typed else None)
        elif task.manual:
            done = replace(task, start=moment)
        elif task.actual_start is not None:  # a started task's start is its actual start
            done = self.progress.started_start(task, moment)
        else:
            done = replace(task, constraint_type=ConstraintType.SNET, constraint_date=moment)
        self.typed_dates.append(typed_date(title, moment, task, done))  # the review shows it
        return done

    def _new_task(self, i: int, row: Sequence[object], kept: list[Task]) -> Task:
        uid = max([t.uid for t in self.plan.tasks] + [t.uid for t in kept], default=0) + 1
        level = kept[-1].outline_level if kept else 1
        wbs = ref_text(self.get(row, "WBS") or "")
        if wbs and all(part.isdigit() for part in wbs.rstrip(".").split(".")):
            level = len(wbs.rstrip(".").split("."))
        self.row_of[uid] = i  # for a WBS the client typed (roundtrip_wbs)
        number = self.get(row, "#")
        if not is_blank(number):  # a row copied whole: its # stays the first row's task
            self.refs.setdefault(ref_text(number), uid)
        # a row the client added: a new task of this plan ("New tasks are effort driven"...)
        task = as_new_task(self.plan.project, Task(uid, str(self.get(row, "Task")).strip(), level))
        changed = {t: self.get(row, t) for t in EDITABLE if t in self.cols and t != "Task"}
        changed = {k: v for k, v in changed.items() if not is_blank(v)}
        for title, value in changed.items():
            try:
                task = self._apply(i, title, value, task, changed)
            except CellError as exc:  # the next cells are read too: all bad ones told
                self.refused.add(f"{self.where(i, title)}: {exc}")
        task = self._hyperlink(i, row, self._custom_cells(i, row, task, None))
        task = self.progress.actual_cells(i, row, task, False, self.notes)
        return self._accrual(i, row, task, new=True)
