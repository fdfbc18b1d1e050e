"""The currency a client's sheet states, if it states one.

A sheet names its money in the cost cells (``£1,200``, ``1.200,50 €``), in the
cost column's title (``Budget (USD)``) or in a money number format: in an .xlsx
``"$"#,##0.00`` or ``[$€-407] #,##0.00``, in an .ods its data styles. Only a
symbol or code that names one currency counts (app.domain.money.code_for_symbol)
and a code must be one in use: ``kr``, ``(EST)`` or ``TOTAL`` is no currency, and
a sheet naming two states none.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.domain.money import ISO_CODES, MAX_DIGITS, SPACES, code_for_symbol, symbol_for_code
from app.domain.project import Project, SymbolPosition

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
    try:
        with zipfile.ZipFile(path) as zf:
            root = SafeET.fromstring(zf.read("xl/styles.xml"))
    except (KeyError, OSError, zipfile.BadZipFile, ParseError, DefusedXmlException):
        return None
    codes = {el.get("numFmtId"): el.get("formatCode") or "" for el in root.iter(f"{_MAIN}numFmt")}
    used = {el.get("numFmtId") for el in root.iter(f"{_MAIN}xf")}
    found = {
        stated.code: stated
        for key, text in codes.items()
        if key in used
        for stated in (format_currency(text, known),)
        if stated is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


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
