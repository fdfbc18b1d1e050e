"""Rows of a staffing sheet pasted into the roster arrive whole, as MS Project's Resource Sheet
takes a paste from Excel: the people with their initials, group, max units, rates and e-mail,
not only their names.

Excel puts the rows on the clipboard as tab-separated text (read as
:func:`app.ui.clipboard_table.read_rows` reads it: a quoted cell may hold a line break). A first
row of titles says which field each column holds: the roster's own titles in any case, and the
names MS Project and staffing sheets give them ("Standard Rate", "Max. Units", "Group",
"E-mail"); titles naming no field are left out and said. Without a title row the columns fill
the roster's shown columns in their order from the selected cell's column, as a paste into the
Resource Sheet does.

Each cell is read as typing it in the roster reads it (:func:`app.ui.team.roster_model.edited`:
"50%" max units, "1.200,50/d" in German), in the user's Qt locale. A cell that cannot be read
stops the paste with one message naming its row and column; nothing is pasted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableView, QWidget

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource
from app.ui.clipboard_table import read_rows
from app.ui.team.roster_model import HEADERS, RosterColumn, applies, edited, follows_periods

INITIALS = -1  # a field the roster does not show, that a staffing sheet often has

# The roster columns a paste cannot fill: they are worked out from the plan.
_COMPUTED = frozenset(
    {RosterColumn.WORK, RosterColumn.COST, RosterColumn.OVERALLOCATED, RosterColumn.BUDGET}
)

# Staffing sheets' and MS Project's names for the roster's fields (compared as _folded).
_ALIASES: dict[str, int] = {
    "resource name": RosterColumn.NAME,
    "resource": RosterColumn.NAME,
    "person": RosterColumn.NAME,
    "team member": RosterColumn.NAME,
    "full name": RosterColumn.NAME,
    "resource type": RosterColumn.TYPE,
    "group": RosterColumn.ROLE,
    "job title": RosterColumn.ROLE,
    "e-mail": RosterColumn.EMAIL,
    "email address": RosterColumn.EMAIL,
    "e-mail address": RosterColumn.EMAIL,
    "skill": RosterColumn.SKILLS,
    "max units": RosterColumn.MAX_UNITS,
    "maximum units": RosterColumn.MAX_UNITS,
    "max units (%)": RosterColumn.MAX_UNITS,
    "std rate": RosterColumn.STANDARD_RATE,
    "standard rate": RosterColumn.STANDARD_RATE,
    "rate": RosterColumn.STANDARD_RATE,
    "ovt rate": RosterColumn.OVERTIME_RATE,
    "overtime rate": RosterColumn.OVERTIME_RATE,
    "cost/use": RosterColumn.COST_PER_USE,
    "cost per use": RosterColumn.COST_PER_USE,
    "initials": INITIALS,
}


def _folded(title: str) -> str:
    """A title as compared: any case, dots and runs of spaces aside ("Max. Units" is
    "max units")."""
    return " ".join(title.casefold().replace(".", " ").split())


def roster_titles() -> dict[str, int]:
    """Every title a pasted title row may name a field by (folded) to its roster column."""
    titles = {_folded(title): int(column) for column, title in HEADERS.items()}
    titles.update(_ALIASES)
    for column in _COMPUTED:
        titles.pop(_folded(HEADERS[column]), None)
    return titles


def _title_row(row: Sequence[str]) -> tuple[int | None, ...] | None:
    """Each cell's field when ``row`` is a title row (it names the Name column, or two
    fields that are most of its cells), else None."""
    titles = roster_titles()
    found = tuple(titles.get(_folded(cell)) for cell in row)
    filled = [cell for cell in row if cell.strip()]
    matched = [c for c in found if c is not None]
    if RosterColumn.NAME in matched or (len(matched) >= 2 and 2 * len(matched) > len(filled)):
        return found
    return None


@dataclass(frozen=True, slots=True)
class SheetPeople:
    """What pasted rows give the plan: the people it lacks, and those it has as the rows
    make them (``there``: their names, changed or not)."""

    added: tuple[Resource, ...]
    updated: tuple[Resource, ...]
    there: tuple[str, ...]
    names_only: bool  # the rows held names and nothing else
    not_read: tuple[str, ...] = ()  # titles naming no field of the roster
    carried: tuple[str, ...] = ()  # the roster fields the rows hold besides the name

    @property
    def names(self) -> tuple[str, ...]:
        """Everyone the rows name, in their order (those here as spelled here)."""
        return tuple(p.name for p in self.added) + self.there


def shown_from(view: QWidget) -> list[int]:
    """The roster columns ``view`` shows from its current cell's column rightwards, in the
    order it shows them (from its first shown column when no cell is current)."""
    if not isinstance(view, QTableView):
        return [int(c) for c in RosterColumn]
    header = view.horizontalHeader()
    count = view.model().columnCount() if view.model() is not None else 0
    shown = sorted((c for c in range(count) if not view.isColumnHidden(c)), key=header.visualIndex)
    current = view.currentIndex()
    if current.isValid() and current.column() in shown:
        shown = shown[shown.index(current.column()) :]
    return shown


def read_sheet_people(
    text: str,
    plan: Plan,
    shown: Sequence[int],
    separators: tuple[str, str] | None = None,
) -> SheetPeople:
    """The people pasted ``text`` gives ``plan`` (``shown``: the roster columns a row without
    titles fills, in order; ``separators``: the locale's group and decimal marks, the user's
    when None). InputError, naming the row and column, for a cell that cannot be read."""
    if separators is None:
        locale = QLocale()
        separators = (locale.groupSeparator(), locale.decimalPoint())
    rows = read_rows(text)
    columns = _title_row(rows[0]) if rows else None
    number = 1  # the sheet's row of the first row read, as the user counts the pasted rows
    names: tuple[str, ...]
    if columns is not None:
        names = tuple(" ".join(cell.split()) for cell in rows[0])
        rows = rows[1:]
        number = 2
    else:
        width = max((len(r) for r in rows), default=0)
        if width <= 1:  # a column of names, pasted in any column: names, as before
            shown = [RosterColumn.NAME]
        columns = tuple(int(c) if c not in _COMPUTED else None for c in shown[:width])
        names = tuple(HEADERS.get(c, "") if c is not None else "" for c in columns)
    if RosterColumn.NAME not in columns:
        raise InputError(
            "the pasted rows hold no names: paste them with a Name title, or select a cell "
            "in the Name column first"
        )
    return _people(rows, number, columns, names, plan, separators)


def _people(
    rows: Sequence[Sequence[str]],
    number: int,
    columns: tuple[int | None, ...],
    titles: tuple[str, ...],
    plan: Plan,
    separators: tuple[str, str],
) -> SheetPeople:
    project = plan.project
    symbols = (project.currency_symbol, project.currency)
    team = {r.name.casefold(): r for r in plan.resources}
    first = plan.next_resource_uid()
    seen: dict[str, int] = {}
    added: list[Resource] = []
    updated: list[Resource] = []
    there: list[str] = []
    others = False
    # the type first: what a person, a material or a cost item takes depends on it
    order = sorted(range(len(columns)), key=lambda i: columns[i] != RosterColumn.TYPE)
    for at, row in enumerate(rows, start=number):
        cells = {i: row[i].strip() for i in order if i < len(row) and columns[i] is not None}
        cells = {i: cell for i, cell in cells.items() if cell}
        if not cells:
            continue
        name_at = columns.index(RosterColumn.NAME)
        name = " ".join(cells.get(name_at, "").split())
        if not name:
            raise InputError(f"row {at}: {titles[next(iter(cells))]} is given without a Name")
        key = name.casefold()
        if key in seen:
            raise InputError(f"rows {seen[key]} and {at} both name {quoted(name, NAME_LIMIT)}")
        seen[key] = at
        here = team.get(key)
        person = here or Resource(first + len(added), "")
        for i, cell in cells.items():
            column = columns[i]
            if column == RosterColumn.NAME and here is not None:
                continue
            others = others or column != RosterColumn.NAME
            person = _cell(person, column, cell, symbols, project, separators, at, titles[i])
        if here is None:
            added.append(person)
        else:
            there.append(here.name)
            if person != here:
                updated.append(person)
    return SheetPeople(
        tuple(added),
        tuple(updated),
        tuple(there),
        not others,
        tuple(t for t, c in zip(titles, columns, strict=False) if c is None and t),
        tuple(
            dict.fromkeys(
                _field_name(c) for c in columns if c is not None and c != RosterColumn.NAME
            )
        ),
    )


def _field_name(column: int) -> str:
    """A field a pasted column fills, as the roster titles it ("Initials" it does not show)."""
    return "Initials" if column == INITIALS else HEADERS.get(column, "")


def _cell(
    person: Resource,
    column: int | None,
    text: str,
    symbols: tuple[str, str],
    project: Project,
    separators: tuple[str, str],
    row: int,
    title: str,
) -> Resource:
    """``person`` with one pasted cell read into it; InputError naming ``row`` and ``title``."""
    if column == INITIALS:
        return replace(person, initials=" ".join(text.split()))
    assert column is not None
    field = RosterColumn(column)
    if not applies(person.type, field):  # a material's max units: left blank, as the roster
        return person
    try:
        if field is RosterColumn.MAX_UNITS and person.availability:
            raise InputError(follows_periods(person.name))
        return edited(person, field, " ".join(text.split()), symbols, project, separators)
    except InputError as exc:
        named = title or HEADERS[field]
        raise InputError(f"row {row}, column {named}: {_reason(str(exc), named)}") from None


def _reason(said: str, column: str) -> str:
    """Why a cell was refused, without the field's name when the roster's edit led with it
    (``Std. rate: 'abc' is not an amount`` under column ``Std rate``: said once)."""
    label, sep, rest = said.partition(": ")

    def bare(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    return rest if sep and bare(label) == bare(column) else said
