"""Reading a client's money and number cells: ``1,200.50``, ``1.200,50 €``, ``€ 300``, the
plan's own currency taken off, another's refused, a money cell's text in the separators of
the user's locale (:func:`read_amount`). Split from app/io/sheet_values.py, which
re-exports them.
"""

from __future__ import annotations

import math
import re
import unicodedata

from app.domain.errors import InputError
from app.domain.fixed_cost_limit import MAX_FIXED_COST
from app.domain.money import (
    CURRENCY_MARKS,
    SPACES,
    NumberMarks,
    UnclearNumberError,
    is_currency_code,
    locale_number,
    without_currency,
)
from app.domain.money_round import round_money
from app.domain.project import Project
from app.domain.quoting import quoted
from app.io.cell_error import CellError
from app.io.sheet_number_marks import marks_unsettled, read_marks


def read_number(value: object, symbols: tuple[str, ...] = ()) -> float:
    """A number or numeric text (``1,200.50``, ``1.200,50 €``, ``€ 300``). ``symbols``: the
    plan's own currency symbol and code (:func:`plan_currency`), taken off before or after
    the number whatever they are (``150 Kčs`` in a plan that counts in Kčs), as the
    window's money cells take them (money.parse_money); another currency's sign or code
    (``150 EUR`` there) is refused as the window refuses it."""
    return _read_number(value, symbols)


def read_amount(
    value: object, symbols: tuple[str, ...] = (), digits: int = 2, marks: NumberMarks | None = None
) -> float:
    """A money cell (a Cost, a rate, a cost per use, a risk's impact) as :func:`read_number`
    reads it, its text in the separators of the user's locale as the window's roster reads a
    typed amount (``marks``, None: the read's, :func:`app.io.sheet_number_marks.read_marks`):
    ``1.200 €`` twelve hundred in Germany, 1.2 in the US. A ``.`` before three digits that
    no mark of the locale's explains (``1.500`` in French, or with no locale's marks, as
    the command line in C) is refused as unclear (:class:`UnclearCellError`), both readings in the
    hint, rather than read a thousandth of the amount meant. In a currency of ``digits``
    three (dinars' fils) such a dot is the decimal point in every locale, 1.500 a dinar and
    a half, as Gantry's own CSV writes it."""
    if marks is None:
        marks = read_marks()  # the window's locale's, or the environment's
    if any(s in _THREE_DECIMALS for s in symbols):
        digits = max(digits, 3)  # a CSV names its currency only: KWD counts in fils
    # kept to the currency's decimals, as MS Project keeps money: 1000.005 is 1,000.01
    return round_money(_read_number(value, symbols, (marks, digits)), digits)


class UnclearCellError(CellError):
    """A money cell's figure whose one ``.`` or ``,`` before three digits may group or mark
    decimals in the reader's locale (``1.200 €`` with no locale's marks): the hint gives
    both readings in the cell's own words (``type 1200 € or 1.2 €``)."""

    def __init__(self, typed: str, number: str, forms: tuple[str, str]) -> None:
        self.number, self.forms = number, forms
        typed = typed.strip()
        grouped, point = (typed.replace(number, form, 1) for form in forms)
        super().__init__(f"{quoted(typed)} is unclear: type {grouped} or {point}")

    def said_of(self, whole: str) -> UnclearCellError:
        """The same refusal quoting ``whole``, all the cell holds (``1.200 €/Tag``)."""
        return UnclearCellError(whole, self.number, self.forms)


def _read_number(
    value: object, symbols: tuple[str, ...], money: tuple[NumberMarks, int] | None = None
) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        without_currency(str(value), symbols)
    except InputError as exc:
        raise CellError(str(exc)) from None
    text = _money_marks(str(value), symbols)
    if money is not None:
        amount = _local_amount(str(value), text, *money)
        if amount is not None:
            return amount
    if _NOT_NUMERIC.search(text):
        return _scientific(value, text)
    if text.count(",") and text.count("."):
        # the later of the two is the decimal point: 1,200.50 and 1.200,50 alike
        group = "," if text.rfind(",") < text.rfind(".") else "."
        text = text.replace(group, "").replace(",", ".")
    elif text.count(",") == 1 and len(text.split(",")[1]) != 3:
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        raise CellError(f"{quoted(value)} is not a number") from None


def _local_amount(typed: str, text: str, marks: NumberMarks, digits: int) -> float | None:
    """``text`` (a money cell's figure, ``typed`` without its spaces and currency) read in
    ``marks``; None where they leave it to :func:`read_number`'s reading."""
    group, decimal = marks
    unclear = _UNCLEAR_DOT.fullmatch(text)
    if unclear is not None and digits >= 3 and unclear[3] in (".", decimal):
        # dinars: 1.500 (or 1,500 where the decimal mark is a comma) is one and a half,
        # as Gantry's CSV writes it in its locale's marks
        return float(text.replace(",", "."))
    # the file tells neither way: 1.500 unclear in every locale, 1,500 where "," is decimal
    strict = unclear is not None and marks_unsettled() and (unclear[3] == "." or decimal == ",")
    if strict:
        group, decimal = None, "."
    try:
        if group is not None:
            return locale_number(text, group, decimal)
    except UnclearNumberError:
        pass
    else:
        if unclear is None or (unclear[3] != "." and not strict):
            return None
    if unclear is None:
        return None  # (locale_number refuses only a lone mark before three digits)
    _sign, head, mark, tail = unclear.groups()
    shown_group = " " if group and group in SPACES else (group or "")
    point = f"{head}{decimal}{tail.rstrip('0')}" if tail.rstrip("0") else head
    raise UnclearCellError(typed, f"{head}{mark}{tail}", (f"{head}{shown_group}{tail}", point))


# The currencies of three decimals (ISO 4217's minor units): a CSV's "Fixed cost (KWD)" says
# no decimals, and Gantry writes its amounts with the currency's (1.500: a dinar and a half)
_THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})


# One mark before three digits, as "1.200" in German; never "0.500" nor "1234.500"
_UNCLEAR_DOT = re.compile(r"(-?)([1-9]\d{0,2})([.,])(\d{3})")


# Letters before or after the number: dropped only when they are a currency's code or
# symbol (money.CURRENCY_MARKS), so 12k or 5m stays no number (as parse_money has it).
_CURRENCY_CODE = re.compile(r"^([^\W\d_]{1,3}\.?)(?=[\d.,\-])|(?<=[\d.,])([^\W\d_]{1,3}\.?)$")
_PER_HOUR = re.compile(r"/h$", re.IGNORECASE)
_NOT_NUMERIC = re.compile(r"[^\d.,\-]")


def plan_currency(project: Project) -> tuple[str, ...]:
    """The symbol and code a plan's money shows in (``Kčs``, ``CZK``), as :func:`read_number`
    takes them: a workbook of the plan's own shows its amounts so. None for a plan whose
    file stated no currency (Gantry's default only): no amount is in another than that."""
    if not project.currency_stated:
        return ()
    return (project.currency_symbol, project.currency)


def _kept(text: str) -> str:
    """``text`` without spaces, group apostrophes and currency signs (€, $, £)."""
    return "".join(
        ch for ch in text if not ch.isspace() and ch != "'" and unicodedata.category(ch) != "Sc"
    )


def _money_marks(text: str, symbols: tuple[str, ...] = ()) -> str:
    """``text`` without what a client writes around a number: spaces, currency signs
    (€, $, £), a currency code or symbol before or after (EUR 300, 300 CHF, 1 200 kr, 50 zł),
    the plan's own ``symbols`` there too, group apostrophes (1'200) and a rate's "/h"; any
    other letter stays, so "12abc34" is no 1234 and "12k" no 12 (parse_money refuses it too:
    no guessed thousands)."""
    kept = _PER_HOUR.sub("", _kept(text))
    for mark in sorted({_kept(s) for s in symbols}, key=len, reverse=True):
        if not mark.strip("0123456789.,-"):
            continue  # no symbol, or one a number could be made of
        if kept.casefold().startswith(mark.casefold()):
            kept = kept[len(mark) :]
            break
        if kept.casefold().endswith(mark.casefold()):
            kept = kept[: -len(mark)]
            break
    return _CURRENCY_CODE.sub(_currency_mark, kept)


def _currency_mark(found: re.Match[str]) -> str:
    """ "" for a currency's code or symbol (EUR, chf, zł, kr), else the letters kept."""
    word = found.group(0)
    if word in CURRENCY_MARKS or is_currency_code(word):
        return ""
    return word


def _scientific(value: object, text: str) -> float:
    """A number written as ``1e6`` or ``2.5E-3`` (as a cell holding text shows it); any
    other text with letters in it is no number, and neither is infinity or NaN."""
    try:
        number = float(text)
    except ValueError:
        raise CellError(f"{quoted(value)} is not a number") from None
    if not math.isfinite(number):
        raise CellError(f"{quoted(value)} is not a number")
    return number


def read_cost(value: object, symbols: tuple[str, ...] = (), digits: int = 2) -> float:
    """A Cost or Fixed cost cell as :func:`read_amount` reads it (``symbols``: the plan's own
    currency, ``digits`` its decimals); one below zero is a credit (a rebate, a discount),
    as MS Project and the task sheet take it. A rate below zero stays refused where the
    rates are read (:mod:`app.io.register_cell_values`). Past a trillion either way
    (app.domain.fixed_cost_limit, a stray paste) it is refused as the sheet refuses it."""
    amount = read_amount(value, symbols, digits)
    if abs(amount) > MAX_FIXED_COST:
        raise CellError(
            f"{quoted(value if isinstance(value, str) else f'{amount:.15g}')} is more than "
            f"{MAX_FIXED_COST:,.0f}, the most a task's cost may be"
        )
    return amount
