"""A client's file tells its own number marks: a Cost cell typed ``1.234,50`` says the file
writes a decimal comma, one typed ``1'234.50`` or ``1,234.50`` a decimal point. Its cells
that one mark before three digits leaves unclear (``1.500``: fifteen hundred in Germany,
one and a half in Switzerland) are read as its clear ones are, whatever the PM's locale,
as a German PM reading a Swiss client's CSV means them. A file that tells nothing (or
both ways) leaves such a cell unclear in every locale: it is refused naming the cell with
both readings, never read a thousand times wrong.

The money cells of one column in two currencies (``1.234,50 €`` and ``CHF 1'500.00``) are
refused naming the cell in the other, as the window refuses a CHF amount in a € plan:
adding them would count francs as euros."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol

from app.domain.errors import FileFormatError
from app.domain.money import NumberMarks
from app.domain.quoting import quoted
from app.io.sheet_currency import cell_currency
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_number_marks import reading_marks, unsettled_marks

# Clear evidence of the decimal mark in a cell's figure (spaces and apostrophes taken
# out): both marks (the later decimal: 1.234,50 and 1,234.50), a group of apostrophes or
# spaces before a mark (1'234.50, 1 234,50), a lone mark before other than three digits
# (2,5 and 12.75), two of the same mark (1.234.567: grouping, the other the decimal).
_BOTH = re.compile(r"\d([.,])\d{3}(?:\1\d{3})*(?!\1)([.,])\d+$")
_GROUPED = re.compile(r"\d[' \u00a0\u202f\u2019]\d{3}([.,])\d+$")
_LONE = re.compile(r"^-?\d+([.,])(\d{1,2}|\d{4,})$")
_REPEATED = re.compile(r"^-?\d{1,3}([.,])\d{3}\1\d{3}")
_FIGURE = re.compile(r"-?\d[\d.,' \u00a0\u202f\u2019]*")


class SheetCells(Protocol):
    """A sheet's cells and their addresses (app.io.sheet_import.SheetRows)."""

    @property
    def rows(self) -> Sequence[Sequence[object]]: ...

    def where(self, row: int, col: int) -> str: ...


def _decimal_of(text: str) -> str | None:
    """The decimal mark ``text``'s figure shows beyond doubt ("," or "."), else None."""
    found = _FIGURE.search(text)
    if found is None:
        return None
    figure = found.group().strip(" \u00a0\u202f")
    hit = _BOTH.search(figure)
    if hit is not None:
        return hit.group(2)
    hit = _GROUPED.search(figure)
    if hit is not None:
        return hit.group(1)
    plain = re.sub(r"[' \u00a0\u202f\u2019]", "", figure)
    hit = _LONE.match(plain)
    if hit is not None and not plain.lstrip("-").startswith("0"):
        return hit.group(1)
    hit = _REPEATED.match(plain)
    if hit is not None:
        return "," if hit.group(1) == "." else "."
    return None


def file_decimal(cells: Iterable[object]) -> str | None:
    """The decimal mark the file's text cells agree on ("," or "."); None when none tells
    it or they tell both."""
    told = {d for c in cells if isinstance(c, str) for d in [_decimal_of(c)] if d is not None}
    return next(iter(told)) if len(told) == 1 else None


@contextmanager
def reading_file_marks(cells: Iterable[object]) -> Iterator[None]:
    """Within the block, money cells are read in the marks ``cells`` (the file's money
    column) tell; told none, a lone mark before three digits is refused either way."""
    decimal = file_decimal(cells)
    if decimal is None:
        with unsettled_marks():
            yield
        return
    marks: NumberMarks = (".", ",") if decimal == "," else (",", ".")
    with reading_marks(marks):
        yield


def refuse_mixed_currency(
    cells: Sequence[tuple[str, object]], plan_code: str | None = None
) -> None:
    """FileFormatError naming the first cell (``(where, value)``) in another currency than the
    plan's (``plan_code``; None: the first the cells name)."""
    code = plan_code
    for where, value in cells:
        stated = cell_currency(value)
        if stated is None:
            continue
        if code is None:
            code = stated.code
        elif stated.code != code:
            raise FileFormatError(
                f"{where}: {quoted(str(value).strip())} is in {stated.code}, but this "
                f"file's other amounts count in {code}: convert it to {code} first"
            )


def cost_cells(data: SheetCells, mapping: ColumnMapping) -> list[tuple[str, object]]:
    """(cell, value) of the Cost column's filled cells below the header (none without one)."""
    col = mapping.columns.get("cost")
    if col is None:
        return []
    first = mapping.header_row + 1
    return [
        (data.where(i, col), row[col])
        for i, row in enumerate(data.rows[first:], start=first)
        if col < len(row) and row[col] not in (None, "")
    ]
