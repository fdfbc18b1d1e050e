"""Money typed into a cell or a dialog, read under the reader's number marks only.

:func:`app.domain.money.parse_money` reads files and the command line by guessing from the
marks in the text: in an English (or C) locale ``1.500`` was 1.5 while ``€ 1.500,50`` was
1,500.50 (opposite rules in one locale), and ``1,5`` became 1.50 without a word. Typed in
the window, an amount follows the locale's decimal and group marks, and an amount whose
reading is ambiguous against them is refused in one line naming the column and giving
both readings, as Units refuses ``Eve[0.5]``. A PM who meant 1,500 or 15 and got €1.50
finds out only when the budget is wrong; retyping one cell costs a second, so a refusal
is what a PM wants here rather than a guess said in the status bar.

Where the marks are ``,`` and ``.`` (English, German, the C locale, which shows money as
``1,234.50``):

- the marks the other way round (``1.500,50`` in English, ``1,234.50`` in German) or the
  decimal mark twice (``1.500.000`` in English) is refused, saying how to type it;
- the decimal mark with exactly three digits after it and no group mark (``1.500`` in
  English, ``1,500`` in German) is refused with both readings when the currency shows
  fewer than three decimals: no price has three, and the other convention groups so;
- the group mark where it groups no thousands (``1,5`` in English) is refused too.

Other locales' marks (French spaces, Swiss apostrophes) are read by ``parse_money``.
"""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.money import (
    THOUSANDS,
    NumberMarks,
    UnclearNumberError,
    parse_money,
    ungrouped,
    without_currency,
)
from app.domain.money_round import round_money
from app.domain.quoting import quoted

# The marks money is shown with in the C locale (app.report.locale_numbers' C marks).
C_MONEY_MARKS: NumberMarks = (",", ".")


def money_marks(marks: NumberMarks) -> NumberMarks:
    """The marks typed money is read with: the locale's; the C locale's (no group) are the
    ones the sheet shows money with, ``1,234.50``."""
    return C_MONEY_MARKS if marks[0] is None else marks


def read_typed_money(
    text: str,
    symbols: tuple[str, ...],
    marks: NumberMarks,
    what: str,
    digits: int = 2,
) -> float:
    """The amount ``text`` typed in ``what`` (a column's or field's title), read under
    ``marks`` (:func:`money_marks`), rounded to ``digits``, the currency's decimals (rows
    then add up to their total to the cent). InputError naming
    ``what`` for anything unclear (the module's docstring) or no amount ("": the caller
    names the field itself)."""
    marks = money_marks(marks)
    try:
        _refuse_unclear(text, symbols, marks, digits)
        # kept to the currency's decimals, as MS Project keeps money: 1,234.567 is 1,234.57
        return round_money(parse_money(text, symbols, marks), digits)
    except UnclearNumberError as exc:
        if not what:
            raise
        raise UnclearNumberError(f"{what}: {exc}", exc.forms) from None
    except InputError as exc:
        if not what:
            raise
        raise InputError(f"{what}: {exc}") from None


def _refuse_unclear(text: str, symbols: tuple[str, ...], marks: NumberMarks, digits: int) -> None:
    group, decimal = marks
    if decimal == "." and group is not None and group not in ",.":
        refuse_unclear_swiss(text, symbols, group, digits)
        return
    if {group, decimal} != {",", "."}:
        return
    number = "".join(ch for ch in without_currency(text, symbols) if ch not in THOUSANDS)
    core = number.lstrip("+-")
    if not core or not all(ch.isdigit() or ch in ".," for ch in core):
        return  # no amount: parse_money says so
    assert group is not None
    typed = quoted(text.strip())
    sign = number[: len(number) - len(core)].strip()
    if core.count(decimal) > 1 or (decimal in core and core.rfind(group) > core.rfind(decimal)):
        swapped = core.translate(str.maketrans(group + decimal, decimal + group))
        head = swapped.partition(decimal)[0]
        fix = f", so type {sign}{swapped}" if group not in head or ungrouped(head, group) else ""
        raise InputError(
            f"{typed} has its marks the other way round: here {decimal} marks the decimals "
            f"and {group} groups thousands{fix}"
        )
    whole, point, tail = core.partition(decimal)
    # "0.500" is half: no grouped number starts with a 0 group
    if point and group not in whole and len(tail) == 3 and digits < 3 and whole[:1] not in "0":
        kept = tail.rstrip("0")
        grouped = f"{sign}{whole}{group}{tail}"
        if len(kept) > digits:
            hint = f"type {grouped} for thousands (money here has {digits} decimals)"
        else:
            hint = f"type {grouped} or {sign}{whole}{decimal if kept else ''}{kept}"
        raise InputError(f"{typed} is unclear: {hint}")
    if group in whole and not ungrouped(whole, group) and not _lakhs_ok(whole, group):
        head, _, rest = whole.partition(group)
        if group not in rest and not point:
            raise InputError(
                f"{typed} is unclear: here {group} groups thousands, "
                f"so type {sign}{head}{decimal}{rest} or {sign}{head}{rest}"
            )
        raise InputError(f"{typed} is unclear: here {group} groups thousands by three digits")


def refuse_unclear_swiss(text: str, symbols: tuple[str, ...], group: str, digits: int = 2) -> None:
    """Where an apostrophe groups and ``.`` marks decimals (de_CH, it_CH: ``1'500.00``), a
    German quote's ``1.500`` (fifteen hundred there) and ``1.500,00`` are refused, not read
    as 1.50 and silently: their marks say another country's way."""
    number = "".join(ch for ch in without_currency(text, symbols) if ch not in THOUSANDS)
    core = number.lstrip("+-")
    if not core or not all(ch.isdigit() or ch in ".," for ch in core):
        return  # no amount: parse_money says so
    typed = quoted(text.strip())
    sign = number[: len(number) - len(core)].strip()
    if "," in core and "." in core and core.rfind(",") > core.rfind("."):
        swapped = core.replace(".", group).replace(",", ".")
        raise InputError(
            f"{typed} has its marks the other way round: here . marks the decimals "
            f"and {group} groups thousands, so type {sign}{swapped}"
        )
    whole, point, tail = core.partition(".")
    short = len(whole) <= 3 and whole[:1] not in "0"  # 0.500 is a half, 1234.500 no group
    if point and "," not in core and tail.isdigit() and len(tail) == 3 and digits < 3 and short:
        kept = tail.rstrip("0")
        hint = f"type {sign}{whole}{group}{tail} or {sign}{whole}{'.' if kept else ''}{kept}"
        raise InputError(f"{typed} is unclear: {hint}")


def _lakhs_ok(whole: str, group: str) -> bool:
    """India's lakhs and crores (``12,34,567``), which parse_money reads where a comma groups."""
    if group != ",":
        return False
    parts = whole.split(",")
    return (
        len(parts) >= 3
        and 0 < len(parts[0]) <= 2
        and len(parts[-1]) == 3
        and all(len(p) == 2 for p in parts[1:-1])
        and all(p.isdigit() for p in parts)
    )
