"""The number marks a returned workbook tells by its client's own typing: Gantry writes every
amount as a number, so a text amount in a money column (``1.234,50 €`` in Fixed cost,
``1'200.00 €/h`` in Std. rate, ``30.000,00`` in a risk's Impact) is the client's, and says how
they write. Its unclear amounts (``12.000``) are read as those say, whatever the PM's
locale, as a fresh client sheet's are (:mod:`app.io.sheet_file_marks`).

Told nothing (or both ways), a returned workbook's amounts stay read in the PM's locale's
marks, unlike a fresh sheet's (refused in every locale when unclear): the review lists each
amount the client changed, in the PM's own figures, before any is taken, and the workbook
went out to be typed in by the PM's own client, most often in the PM's own marks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from app.domain.money import NumberMarks
from app.io.register_sheets import RISK_SHEET, TEAM_SHEET
from app.io.sheet_file_marks import file_decimal
from app.io.sheet_number_marks import reading_marks
from app.io.workbook_cells import PLAN_SHEET

# the money columns of each sheet a returned workbook is read from
_MONEY_TITLES: dict[str, tuple[str, ...]] = {
    PLAN_SHEET: ("Fixed cost", "Cost"),
    TEAM_SHEET: ("Std. rate", "Ovt. rate", "Cost/use", "Cost"),
    RISK_SHEET: ("Impact", "Exposure", "Contingency", "Residual impact"),
}
_HEADER_LOOKED = 10  # rows looked at for a header moved down by rows inserted above it


def money_texts(rows: Sequence[Sequence[object]], titles: Iterable[str]) -> list[str]:
    """The text cells below the header row (the first of the top rows naming one of
    ``titles``) in the columns ``titles`` name."""
    wanted = set(titles)
    for at, row in enumerate(rows[:_HEADER_LOOKED]):
        cols = [c for c, v in enumerate(row) if isinstance(v, str) and v.strip() in wanted]
        if cols:
            return [
                v
                for below in rows[at + 1 :]
                for c in cols
                if c < len(below) and isinstance(v := below[c], str) and v.strip()
            ]
    return []


@contextmanager
def reading_returned_marks(
    plan_rows: Sequence[Sequence[object]], registers: Mapping[str, Sequence[Sequence[object]]]
) -> Iterator[None]:
    """Within the block, a returned workbook's money cells are read in the marks its text
    amounts tell (``registers``: the Team and Risks sheets' rows by their key); told none,
    in the reader's (the window's or the environment's) as before."""
    texts = money_texts(plan_rows, _MONEY_TITLES[PLAN_SHEET])
    for key, rows in registers.items():
        texts += money_texts(rows, _MONEY_TITLES.get(key, ()))
    with reading_told_marks(texts):
        yield


@contextmanager
def reading_told_marks(texts: Iterable[object]) -> Iterator[None]:
    """Within the block, money cells are read in the marks ``texts`` (a returned workbook's
    text amounts) agree on; told none, or both ways, in the reader's as before."""
    decimal = file_decimal(texts)
    told: NumberMarks | None = None
    if decimal is not None:
        told = (".", ",") if decimal == "," else (",", ".")
    with reading_marks(told):
        yield


def register_money_texts(
    team: tuple[str, Sequence[Sequence[object]]] | None,
    risks: tuple[str, Sequence[Sequence[object]]] | None,
) -> list[str]:
    """The text amounts of a Team and a Risks sheet (``(sheet, rows)``; None: not there)."""
    texts: list[str] = []
    for key, sheet in ((TEAM_SHEET, team), (RISK_SHEET, risks)):
        if sheet is not None:
            texts += money_texts(sheet[1], _MONEY_TITLES[key])
    return texts
