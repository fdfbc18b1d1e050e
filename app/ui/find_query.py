"""Edit > Find and Replace as MS Project has them: a field, a test, a text, a direction.

What is looked through is the rows the sheet lists (a filter's, in a sort's or a
grouping's order), whether or not a folded summary or group hides them for now:
the row found is unfolded, as MS Project does. A cell is read as the sheet shows
it (Notes: every line of the note). "contains", "equals" and their negations
compare texts; "is greater than" and the others compare the field's values
(durations as minutes, dates by day, costs and numbers as amounts, other fields
as text), the text looked for read as the field reads what is typed into it.

Replace types the new text into the cell as a user would, so a field refuses
what it refuses when typed (a duration that is no duration, a summary's start),
with its own message; Replace All is one undo step, or nothing when a cell
refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from operator import ge, gt, le, lt
from typing import TYPE_CHECKING

from app.domain.custom_fields import FieldKind, kind_of
from app.domain.errors import InputError
from app.domain.money import UnclearNumberError, parse_money
from app.domain.quoting import MESSAGE_LIMIT, clipped
from app.domain.typed_rates import typed_number
from app.report.locale_numbers import Marks, locale_marks
from app.ui.commands import EditTaskCommand, PlanCommand, one_step, quoted
from app.ui.locale_durations import typed_duration, typed_marks
from app.ui.models.blank_row import EDITABLE
from app.ui.models.custom_columns import CUSTOM_FIRST, custom_command, custom_name
from app.ui.models.task_date_edits import typed_date
from app.ui.models.task_edits import OPTIONAL_EDITABLE, Column, command_for_cell
from app.ui.models.task_model_baselines import DATE_COLUMNS, FIELD_COLUMNS
from app.ui.task_tree_selection import column_title

if TYPE_CHECKING:
    from app.domain.project import Project
    from app.ui.models.task_model import TaskTreeModel


class FindTest(Enum):
    """How a cell is tested against the text looked for; the value is what the list shows."""

    CONTAINS = "contains"
    NOT_CONTAINS = "does not contain"
    EQUALS = "equals"
    NOT_EQUALS = "does not equal"
    GREATER = "is greater than"
    GREATER_EQUAL = "is greater than or equal to"
    LESS = "is less than"
    LESS_EQUAL = "is less than or equal to"


_ORDERED = {
    FindTest.GREATER: gt,
    FindTest.GREATER_EQUAL: ge,
    FindTest.LESS: lt,
    FindTest.LESS_EQUAL: le,
}


@dataclass(frozen=True, slots=True)
class FindQuery:
    """What Find looks for: ``text`` in the sheet column ``column``, tested by ``test``."""

    text: str
    column: int = Column.NAME
    test: FindTest = FindTest.CONTAINS
    match_case: bool = False
    up: bool = False  # Search: Up (Find Next goes towards the first row)


# ---------------------------------------------------------------------- fields and values

_DURATIONS = {
    Column.DURATION,
    Column.TOTAL_SLACK,
    Column.FREE_SLACK,
    Column.FINISH_VARIANCE,
    Column.REMAINING_DURATION,
    Column.START_VARIANCE,
    Column.DURATION_VARIANCE,
    Column.ACTUAL_DURATION,
    Column.BASELINE_DURATION,
    Column.WORK,
    Column.WORK_VARIANCE,
    Column.ACTUAL_WORK,
    Column.REMAINING_WORK,
    Column.BASELINE_WORK,
    Column.LEVELING_DELAY,  # elapsed ("7ed"): compared as elapsed minutes
}
_DATES = {
    Column.START,
    Column.FINISH,
    Column.BASELINE_START,
    Column.BASELINE_FINISH,
    Column.ACTUAL_START,
    Column.ACTUAL_FINISH,
    Column.CONSTRAINT_DATE,
    Column.DEADLINE,
    Column.EARLY_START,
    Column.EARLY_FINISH,
    Column.LATE_START,
    Column.LATE_FINISH,
    Column.PRELEVELED_START,  # "NA" before leveling: neither before nor after a date
    Column.PRELEVELED_FINISH,
}
_MONEY = {
    Column.COST,
    Column.FIXED_COST,
    Column.BASELINE_COST,
    Column.COST_VARIANCE,
    Column.ACTUAL_COST,
    Column.REMAINING_COST,
}
_NUMBERS = {Column.ID, Column.PRIORITY, Column.PERCENT, Column.PERCENT_WORK_COMPLETE}
# Baseline1..10's and Start1..10/Finish1..10 (app/ui/models/task_model_baselines.py)
_DATES |= DATE_COLUMNS
_DURATIONS |= {c for c, key in FIELD_COLUMNS.items() if key.endswith(("_duration", "_work"))}
_MONEY |= {c for c, key in FIELD_COLUMNS.items() if key.endswith("_cost")}
_CUSTOM_KINDS = {
    FieldKind.NUMBER: "number",
    FieldKind.COST: "money",
    FieldKind.DURATION: "duration",
    FieldKind.DATE: "date",
}


def field_kind(column: int) -> str:
    """What a column holds for ordering: "duration", "date", "money", "number" or "text"."""
    name = custom_name(column)
    if name is not None:
        return _CUSTOM_KINDS.get(kind_of(name), "text")
    if column in _DURATIONS:
        return "duration"
    if column in _DATES:
        return "date"
    if column in _MONEY:
        return "money"
    return "number" if column in _NUMBERS else "text"


def _signed(read: Callable[[str], float]) -> Callable[[str], float]:
    """A reader that takes a leading + or - (variances, slack) around ``read``."""

    def reading(text: str) -> float:
        text = text.strip()
        if text.startswith(("+", "-")):
            value = read(text[1:])
            return -value if text[0] == "-" else value
        return read(text)

    return reading


def _number_reader(marks: Marks) -> Callable[[str], float]:
    """How a number (with a % sign or not) reads in the user's locale's ``marks``, as the
    sheet writes it and the roster reads it (app.domain.typed_rates.typed_number):
    ``1,5`` and ``1.234,5`` in German, ``1,234.5`` in the US. Dropping every comma read a
    German 1,5 as 15."""

    def number(text: str) -> float:
        try:
            return typed_number(text, "", marks.group, marks.decimal)
        except UnclearNumberError:
            raise  # its hint: "'1.500' is unclear: type 1 500 or 1,5" (French)
        except InputError:
            raise InputError(f"{quoted(text.strip())} is not a number") from None

    return number


def _day(text: str, project: Project) -> float:
    """A date shown (``Mon 2026-03-02``) or typed (``3/12/2027``, ``12 Mar``) as a day number."""
    tail = text.strip()[-10:]
    try:
        return float(date.fromisoformat(tail).toordinal())
    except ValueError:
        return float(typed_date(text, time(0, 0), project.start.year).toordinal())


def value_reader(column: int, project: Project) -> Callable[[str], float] | None:
    """How a cell's text of ``column`` reads as an amount to order by (None: a text field).
    Raises InputError, with the field's words, on text that is not such a value."""
    kind = field_kind(column)
    if kind == "duration":
        return _signed(lambda t: float(typed_duration(t, project).minutes))  # user's numbers
    if kind == "date":
        return lambda t: _day(t, project)
    if kind == "money":
        symbols = (project.currency_symbol, project.currency)
        return _signed(lambda t: parse_money(t, symbols, typed_marks()))
    return _number_reader(locale_marks()) if kind == "number" else None


def find_fields(model: TaskTreeModel, shown: list[int]) -> list[tuple[str, int]]:
    """The fields Find can look in, as (title, column): the sheet's ``shown`` columns in
    their order, then its other fields by name (custom fields that have an alias)."""
    fields = [(column_title(model, c), c) for c in shown if c != Column.INDICATORS]
    taken = {c for _title, c in fields}
    others = [
        (column_title(model, c), int(c))
        for c in Column
        if c not in taken and c is not Column.INDICATORS
    ]
    aliased = {f.name for f in model.document.plan.project.custom_fields if f.alias}
    others += [
        (column_title(model, c), c)
        for c in range(CUSTOM_FIRST, model.columnCount())
        if c not in taken and custom_name(c) in aliased
    ]
    return fields + sorted(others, key=lambda field: field[0].casefold())


# ---------------------------------------------------------------------- matching


class Matcher:
    """A query made ready to test cells: InputError when its text cannot be read as the
    field's value for an ordering test (``abc`` "is greater than" a Duration)."""

    def __init__(self, model: TaskTreeModel, query: FindQuery) -> None:
        self.model = model
        self.query = query
        self.passes = _passing(query, value_reader(query.column, model.document.plan.project))

    def cell(self, uid: int) -> str:
        """The text looked through: the cell as the sheet shows it (Notes: the whole note)."""
        return self.cells([uid])[0]

    def cells(self, uids: list[int]) -> list[str]:
        """:meth:`cell` of many tasks, read a column at a time (not through the paint cache)."""
        if self.query.column == Column.NOTES:
            task = self.model.document.plan.task
            return [task(uid).notes for uid in uids]
        return [str(c or "") for c in self.model.column_texts(self.query.column, uids)]

    def matches(self, uid: int) -> bool:
        """Whether task ``uid``'s cell passes the query's test."""
        return self.passes(self.cell(uid))

    def first(self, uids: list[int]) -> int | None:
        """The first of ``uids`` whose cell passes (None: none), read a few rows at a time."""
        for at in range(0, len(uids), _CHUNK):
            chunk = uids[at : at + _CHUNK]
            for uid, text in zip(chunk, self.cells(chunk), strict=True):
                if self.passes(text):
                    return uid
        return None

    def every(self, uids: list[int]) -> list[int]:
        """Those of ``uids`` whose cell passes, in their order."""
        passes = self.passes
        return [uid for uid, text in zip(uids, self.cells(uids), strict=True) if passes(text)]


_CHUNK = 256  # rows read at once by Find Next: a match is often near, a whole pass is not slow


def _passing(query: FindQuery, read: Callable[[str], float] | None) -> Callable[[str], bool]:
    """The test on a cell's text that ``query`` makes, worked out once for every cell."""
    test = query.test

    def fold(text: str) -> str:
        return text if query.match_case else text.casefold()

    needle = fold(query.text)
    if test in _ORDERED:
        order = _ORDERED[test]
        if read is None:  # a text field: in alphabetical order
            return lambda text: bool(order(fold(text), needle))
        wanted = read(query.text)

        def ordered(text: str) -> bool:
            try:
                value = read(text)
            except InputError:
                return False  # an empty cell ("NA") is neither before nor after
            return bool(order(value, wanted))

        return ordered
    if test in (FindTest.EQUALS, FindTest.NOT_EQUALS):
        equal = test is FindTest.EQUALS
        needle = needle.strip()
        return lambda text: (fold(text.strip()) == needle) == equal
    inside = test is FindTest.CONTAINS
    return lambda text: (needle in fold(text)) == inside


def listed_uids(model: TaskTreeModel) -> list[int]:
    """The tasks the sheet lists, in its order (sorted, grouped), past a filter's only,
    folded summaries and groups opened: each task once, where it first shows."""
    grouping = model.row_group()
    if grouping is not None:
        seen: dict[int, None] = {}
        for group in grouping.all_groups:  # every group, folded ones too, in row order
            for uid, _level in group.rows:
                seen.setdefault(uid, None)
        return list(seen)
    tasks = model.ordered_tasks()
    row_filter = model.row_filter()
    if row_filter is None:
        return [t.uid for t in tasks]
    keep = row_filter.rows(model.document.plan.tasks)
    return [t.uid for t in tasks if t.uid in keep]


def hidden_matches(model: TaskTreeModel, matcher: Matcher) -> int:
    """How many tasks a filter hides that would match (0 without a filter)."""
    row_filter = model.row_filter()
    if row_filter is None:
        return 0
    keep = row_filter.rows(model.document.plan.tasks)
    tasks = model.document.plan.tasks
    return len(matcher.every([t.uid for t in tasks if t.uid not in keep]))


def next_match(
    model: TaskTreeModel, matcher: Matcher, current: int | None, backwards: bool
) -> int | None:
    """The next task past ``current`` (None: from the first or last row) that matches,
    wrapping round as MS Project's Find does; None when none does."""
    uids = listed_uids(model)
    count = len(uids)
    if not count:
        return None
    try:
        at = uids.index(current) if current is not None else None
    except ValueError:
        at = None
    if backwards:
        start = count - 1 if at is None else (at - 1) % count
        order = uids[start::-1] + uids[:start:-1]
    else:
        start = 0 if at is None else (at + 1) % count
        order = uids[start:] + uids[:start]
    return matcher.first(order)


# ---------------------------------------------------------------------- replacing


def replaced_text(matcher: Matcher, uid: int, replacement: str) -> str:
    """The cell's new text: each piece "contains" found replaced, else the whole value."""
    query = matcher.query
    old = matcher.cell(uid)
    if query.test is not FindTest.CONTAINS or not query.text:
        return replacement
    flags = 0 if query.match_case else re.IGNORECASE
    return re.sub(re.escape(query.text), lambda _m: replacement, old, flags=flags)


def typed_in(
    model: TaskTreeModel, uid: int, column: int, text: str, joining: list[str] | None = None
) -> PlanCommand | None:
    """The command typing ``text`` into a task's cell makes (None: nothing changes);
    InputError with the field's own message when it refuses it. ``joining``: the people
    new to the team that the step's People cells name (they join with the first)."""
    document = model.document
    if document.read_only:
        raise InputError("the plan is open read-only")
    if column >= CUSTOM_FIRST:
        return custom_command(document, uid, column, text)
    kind = Column(column)
    if kind not in EDITABLE and kind not in OPTIONAL_EDITABLE:
        raise InputError(f"{column_title(model, column)} is worked out, not typed")
    task = document.plan.task(uid)
    if kind is Column.NOTES:  # the whole note, not only the line the cell shows
        if text == task.notes:
            return None
        return EditTaskCommand(document, uid, f"Set notes of {quoted(task.name)}", notes=text)
    if kind is Column.RESOURCES:  # as typed into the People cell: new names join the team
        return (
            None if text == model.cell_text(uid, column) else _staffing(model, uid, text, joining)
        )
    return command_for_cell(document, uid, kind, text)


def _staffing(model: TaskTreeModel, uid: int, text: str, joining: list[str] | None) -> PlanCommand:
    """A People cell typed: the names new to the team join it once in a step (the first
    part adds all of them; the parts after read them when they run)."""
    from app.domain.assigning import unknown_names
    from app.ui.team.commands import SetAssignmentsCommand, StaffWithNewPeopleCommand

    document = model.document
    if joining is None:
        joining = unknown_names(document.plan, text)
    if joining:
        command = StaffWithNewPeopleCommand(document, uid, text, list(joining))
        joining.clear()
        return command
    if unknown_names(document.plan, text):  # joined by an earlier part of this step
        return StaffWithNewPeopleCommand(document, uid, text, [])
    return SetAssignmentsCommand(document, uid, text)


def replace_command(
    model: TaskTreeModel, matcher: Matcher, uids: list[int], replacement: str
) -> PlanCommand | None:
    """One undo step replacing the cell of each task of ``uids`` (None: nothing changes).
    InputError naming the task and field when a cell refuses its new text."""
    plan = model.document.plan
    column = matcher.query.column
    texts = {uid: replaced_text(matcher, uid, replacement) for uid in uids}
    parts = typed_parts(model, column, texts)
    if not parts:
        return None
    what = quoted(plan.task(uids[0]).name) if len(uids) == 1 else f"{len(parts)} tasks"
    title = column_title(model, column)
    return one_step(model.document, f"Replace {title} of {what}", parts)


def typed_parts(model: TaskTreeModel, column: int, texts: dict[int, str]) -> list[PlanCommand]:
    """The commands typing each task's text into its cell of ``column``, in order, none for
    a cell that stays as it is (Replace All, Fill Down: run as one step). InputError naming
    the task and field when a cell refuses its text."""
    plan = model.document.plan
    title = column_title(model, column)
    parts: list[PlanCommand] = []
    joining: list[str] | None = None
    if column == Column.RESOURCES:  # each new person joins the team once, with the first
        from app.domain.assigning import unknown_names

        new = (name for text in texts.values() for name in unknown_names(plan, text))
        joining = list({name.casefold(): name for name in new}.values())
    for uid, text in texts.items():
        try:
            command = typed_in(model, uid, column, text, joining)
        except InputError as exc:
            task = plan.task(uid)
            where = f"Task {plan.index_of(uid) + 1} {quoted(task.name)}, {title}"
            said = str(exc)
            said = said.removeprefix(f"{title}: ")  # a custom field names itself: said once
            raise InputError(clipped(f"{where}: {said}", MESSAGE_LIMIT)) from None
        if command is not None:
            parts.append(command)
    return parts
