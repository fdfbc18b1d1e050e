"""The currency a client's sheet states, if it states one.

A sheet names its money in the cost cells (``£1,200``, ``1.200,50 €``), in the
cost column's title (``Budget (USD)``) or in a money number format: in an .xlsx
``"$"#,##0.00`` or ``[$€-407] #,##0.00``, in an .ods its data styles. Only a
symbol or code that names one currency counts (app.domain.money.code_for_symbol)
and a code must be one in use: ``kr``, ``(EST)`` or ``TOTAL`` is no currency, and
a sheet naming two states none. A money cell whose format shows another currency
than the plan's is refused (:func:`refuse_foreign_money`), as such text typed is.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.domain.errors import FileFormatError
from app.domain.money import ISO_CODES, MAX_DIGITS, SPACES, code_for_symbol, symbol_for_code
from app.domain.project import Project, SymbolPosition
from app.io.register_sheets import RISK_SHEET, TEAM_SHEET
from app.io.sheet_mapping import column_letter
from app.io.workbook_cells import PLAN_SHEET
from app.io.workbook_number_formats import column_formats

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODS_PARTS = ("content.xml", "styles.xml")
_BRACKETED = re.compile(r"\((.*?)\)|\[(.*?)\]")
# A format's literal text: "quoted", [$symbol-locale], \c (one escaped character);
# other [codes] (colours, conditions), _c (a gap as wide as c) and *c (c repeated
# to fill the cell) show no text of their own
_FORMAT_PARTS = re.compile(r'"([^"]*)"|\[\$([^\]-]*)(?:-[^\]]*)?\]|\\(.)|\[[^\]]*\]|[_*].|(.)')
_DIGIT_PLACES = frozenset("0#?")


@dataclass(frozen=True, slots=True)
class StatedCurrency:
    """A currency a file names: its ISO code, the symbol it shows and where that stands.

    ``digits``: the decimals a money format shows (None: not known, as for ``£1,200``).
    """

    code: str
    symbol: str
    position: SymbolPosition
    digits: int | None = None

    def apply(self, project: Project) -> Project:
        """``project`` in this currency (decimals too, when known), marked as stated by the file."""
        return replace(
            project,
            currency=self.code,
            currency_symbol=self.symbol,
            currency_symbol_position=self.position,
            currency_digits=project.currency_digits if self.digits is None else self.digits,
            currency_stated=True,
        )


def _stated(
    symbol: str, after: bool, spaced: bool, known: Mapping[str, str] | None = None
) -> StatedCurrency | None:
    """The currency ``symbol`` names, standing before or after the number; ``known``: more
    symbols, each with its code (a plan's own, ``{"Kčs": "CZK"}``, which money knows not)."""
    code = code_for_symbol(symbol) or (known or {}).get(symbol, "")
    if code not in ISO_CODES and code not in (known or {}).values():
        return None
    if after:
        position = SymbolPosition.AFTER_SPACE if spaced else SymbolPosition.AFTER
    else:
        position = SymbolPosition.BEFORE_SPACE if spaced else SymbolPosition.BEFORE
    return StatedCurrency(code, symbol, position)


def cell_currency(value: object) -> StatedCurrency | None:
    """The currency a cost cell's text shows around its number (``£1,200``, ``300 CHF``)."""
    if not isinstance(value, str):
        return None
    text = value.strip(SPACES)
    digits = [k for k, ch in enumerate(text) if ch.isdigit()]
    if not digits:
        return None
    # a minus sign or bracket of a negative amount is no part of the symbol
    before = text[: digits[0]].replace("-", "").replace("(", "").lstrip(SPACES)
    after = text[digits[-1] + 1 :].replace(")", "")
    lead, trail = before.strip(SPACES), after.strip(SPACES)
    if bool(lead) == bool(trail):  # neither, or text both sides ("approx. 300 $"): no money
        return None
    if lead:
        return _stated(lead, after=False, spaced=before != before.rstrip(SPACES))
    return _stated(trail, after=True, spaced=after != after.lstrip(SPACES))


def title_currency(title: str) -> StatedCurrency | None:
    """The currency a column title names: in brackets (``Cost (USD)``) or a sign (``Cost €``).

    Outside brackets only a sign counts, not a word: ``TOTAL`` or ``ALL`` are no codes.
    """
    for match in _BRACKETED.finditer(title):
        inside = (match.group(1) or match.group(2) or "").strip(SPACES)
        code = code_for_symbol(inside)
        if code in ISO_CODES:
            symbol = inside if inside != code else symbol_for_code(code)
            return _stated(symbol, after=False, spaced=symbol.isalpha())
    for word in _BRACKETED.sub(" ", title).split():
        if not any(ch.isalpha() for ch in word) or not word.isascii():
            code = code_for_symbol(word)
            if code:
                return _stated(word, after=False, spaced=False)
    return None


def sheet_currency(title: str, cells: Iterable[object]) -> StatedCurrency | None:
    """The one currency the cost column's cells and title name (None: none, or several)."""
    found: list[StatedCurrency] = []
    for value in cells:
        stated = cell_currency(value)
        if stated is not None and (not found or stated.code != found[-1].code):
            found.append(stated)
            if len({s.code for s in found}) > 1:
                return None
    named = title_currency(title)
    if named is not None:
        found.append(named)  # after the cells: they show where the symbol stands
    if len({s.code for s in found}) != 1:
        return None
    return found[0]


def format_currency(
    number_format: str, known: Mapping[str, str] | None = None
) -> StatedCurrency | None:
    """The currency an Excel number format shows (its positive section), if it names one
    (``known``: more symbols with their codes, see :func:`_stated`)."""
    before: list[str] = []
    after: list[str] = []
    side = before
    point, decimals = False, 0
    for quoted, bracketed, escaped, other in _FORMAT_PARTS.findall(number_format):
        if other == ";":
            break
        if other in _DIGIT_PLACES:
            side = after
            decimals += point
            continue
        if other == ".":
            point = True
            continue
        if other == ",":
            continue
        side.append(quoted or bracketed or escaped or other)
    if side is before:  # no digits: a text or date format
        return None
    lead, trail = "".join(before), "".join(after)
    for text, is_after in ((lead, False), (trail, True)):
        symbol = text.strip(SPACES + "()-")
        if symbol:
            spaced = text != (text.lstrip(SPACES) if is_after else text.rstrip(SPACES))
            stated = _stated(symbol, after=is_after, spaced=spaced, known=known)
            if stated is not None:
                return replace(stated, digits=min(decimals, MAX_DIGITS))
    return None


def workbook_currency(path: Path, known: Mapping[str, str] | None = None) -> StatedCurrency | None:
    """The one currency the money formats of an .xlsx name (None: none, several, unreadable).

    Only formats some cell format uses count; the workbook's sizes were checked before
    (app.io.workbook_limits). ``known``: more symbols with their codes, such as the one
    Gantry's About sheet names for the plan's own currency (``{"Kčs": "CZK"}``).
    """
    found: dict[str, StatedCurrency] = {}
    for text in _used_formats(path):
        stated = format_currency(text, known)
        if stated is None:
            continue
        # The most decimals any of its formats shows: a sheet of whole amounts (Gantry's
        # risk money, '"£"#,##0') beside cents must not make the plan's money whole, and
        # which of the two styles.xml lists last is no choice of the writer's.
        kept = found.get(stated.code)
        if kept is None or _more_digits(stated, kept):
            found[stated.code] = stated
    return next(iter(found.values())) if len(found) == 1 else None


def _more_digits(stated: StatedCurrency, kept: StatedCurrency) -> bool:
    return (stated.digits or 0) > (kept.digits or 0)


def _used_formats(path: Path) -> list[str]:
    """The custom number formats some cell format of an .xlsx uses (none: unreadable)."""
    try:
        with zipfile.ZipFile(path) as zf:
            root = SafeET.fromstring(zf.read("xl/styles.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, ParseError, DefusedXmlException):
        return []
    codes = {el.get("numFmtId"): el.get("formatCode") or "" for el in root.iter(f"{_MAIN}numFmt")}
    used = {el.get("numFmtId") for el in root.iter(f"{_MAIN}xf")}
    return [text for key, text in codes.items() if key in used]


def refuse_foreign_money(
    path: Path,
    sheet: str,
    rows: Sequence[Sequence[object]],
    columns: Iterable[int | str],
    project: Project,
) -> None:
    """FileFormatError naming the first number cell of ``columns`` (0-based, or titles of the
    first row; ``rows`` as the sheet holds them, its first row first) whose format shows another currency
    than ``project``'s: 120 formatted ``"$"#,##0.00`` in a plan counting in euros is not
    €120, as ``$120.00`` typed is refused (app.io.sheet_values.read_number). Nothing for a
    plan that names no currency, or a file whose formats are not known (an .xls, an .ods).
    """
    if not project.currency or Path(path).suffix.lower() != ".xlsx":
        return
    own = {s for s in (project.currency, project.currency_symbol) if s}
    known = {project.currency_symbol: project.currency} if project.currency_symbol else {}

    def foreign(code: str) -> StatedCurrency | None:
        stated = format_currency(code, known)
        if stated is None or stated.code == project.currency or stated.symbol in own:
            return None
        return stated

    if not any(foreign(code) for code in _used_formats(path)):
        return  # the formats all show the plan's currency, or none (a Gantry export as sent)
    header = [str(c).strip() if c is not None else "" for c in rows[0]] if rows else []
    cols = {
        c if isinstance(c, int) else header.index(c)
        for c in columns
        if c in header or isinstance(c, int)
    }
    for col in sorted(cols):
        numbers = {
            r: value
            for r, row in enumerate(rows)
            if col < len(row)
            and isinstance(value := row[col], int | float)
            and not isinstance(value, bool)
        }
        formats = column_formats(path, sheet, col) if numbers else None
        for r, code in sorted((formats or {}).items()):
            stated = foreign(code) if r in numbers else None
            if stated is not None:
                plan = project.currency
                raise FileFormatError(
                    f"{sheet}!{column_letter(col)}{r + 1}: {numbers[r]:g} is shown in "
                    f"{stated.code} (number format {code}), but this plan counts in {plan}: "
                    f"type the amount in {plan}"
                )


def ods_currency(path: Path) -> StatedCurrency | None:
    """The one currency the money formats of an .ods name (None: none, several, unreadable).

    An OpenDocument data style lists its parts in order (text, the number, the
    currency symbol); only styles some cell style uses count. LibreOffice keeps
    currency styles with an empty symbol (the reader's own) that name nothing.
    """
    roots = []
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            roots = [SafeET.fromstring(zf.read(n)) for n in _ODS_PARTS if n in names]
    except (OSError, zipfile.BadZipFile, ParseError, DefusedXmlException):
        return None
    used = {
        el.get(f"{_STYLE}data-style-name") for root in roots for el in root.iter(f"{_STYLE}style")
    }
    found: dict[str, StatedCurrency] = {}
    for root in roots:
        for tag in ("number-style", "currency-style"):
            for style in root.iter(f"{_NUMBER}{tag}"):
                if style.get(f"{_STYLE}name") not in used:
                    continue
                stated = format_currency("".join(_ods_part(child) for child in style))
                if stated is not None:
                    found[stated.code] = stated
    return next(iter(found.values())) if len(found) == 1 else None


def _ods_part(el: Element) -> str:
    """One part of an OpenDocument data style, spelled as in an Excel number format."""
    if el.tag == f"{_NUMBER}number":
        places = el.get(f"{_NUMBER}decimal-places") or "0"
        return "0." + "0" * int(places) if places.isdigit() and int(places) > 0 else "0"
    if el.tag in (f"{_NUMBER}text", f"{_NUMBER}currency-symbol"):
        text = (el.text or "").replace('"', "")
        return f'"{text}"' if text else ""
    return ""


# The money columns of a returned workbook's sheets, by their titles as Gantry writes them.
_RETURNED_MONEY = {
    PLAN_SHEET: ("Fixed cost", "Cost"),
    TEAM_SHEET: ("Std. rate", "Ovt. rate", "Cost/use", "Cost"),
    RISK_SHEET: ("Impact",),
}


def refuse_foreign_returned(
    path: Path, sheets: Mapping[str, tuple[str, Sequence[Sequence[object]]]], project: Project
) -> None:
    """:func:`refuse_foreign_money` on the money columns of a returned workbook's Plan, Team
    and Risks sheets (``sheets``: by PLAN_SHEET, TEAM_SHEET, RISK_SHEET, the name the client
    gave the sheet and its rows)."""
    for key, (name, rows) in sheets.items():
        refuse_foreign_money(path, name, rows, _RETURNED_MONEY.get(key, ()), project)
