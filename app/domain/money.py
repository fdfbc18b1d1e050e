"""Money as MS Project shows it: the project's symbol, where it stands, and its decimals.

The separators between thousands and before the decimals belong to the reader
(MS Project takes them from Windows' regional settings): callers that know
the user's locale pass them, the rest get ``1,234.50``.
"""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.domain.project import Project, SymbolPosition
from app.domain.quoting import quoted

# The most decimals a project shows (Windows' regional settings allow 0 to 9).
MAX_DIGITS = 9

# Symbols that name one currency only. "kr" (SEK, NOK, DKK, ISK) and a bare "Fr"
# are left out on purpose: no code is better than a wrong one.
_CODES_BY_SYMBOL = {
    "£": "GBP",
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "¥": "JPY",
    "円": "JPY",
    "CHF": "CHF",
    "SFr.": "CHF",
    "₹": "INR",
    "₽": "RUB",
    # the rouble abbreviated, in Cyrillic: "r." and "rub."
    "\u0440.": "RUB",
    "\u0440\u0443\u0431.": "RUB",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "R$": "BRL",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R": "ZAR",
    "₴": "UAH",
    "\u0433\u0440\u043d.": "UAH",  # the hryvnia abbreviated, in Cyrillic
}


# ISO 4217 codes in use (Python keeps no list of them): any of these beside an amount names
# its currency (300 SEK), as a title's "(SEK)" does; "(EST)" or "(TBD)" is no currency.
ISO_CODES = frozenset((
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SYP", "SZL", "THB", "TJS",
    "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
    "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
))  # fmt: skip
# The codes a client also writes in small letters (300 eur, 1 200 sek). Not every code:
# "12 top" or "5 all" name no currency.
_COMMON_CODES = frozenset(
    [
        "AUD",
        "BGN",
        "BRL",
        "CAD",
        "CHF",
        "CNY",
        "CZK",
        "DKK",
        "EUR",
        "GBP",
        "HKD",
        "HUF",
        "INR",
        "ISK",
        "JPY",
        "MXN",
        "NOK",
        "NZD",
        "PLN",
        "RON",
        "RUB",
        "SEK",
        "SGD",
        "TRY",
        "UAH",
        "USD",
        "ZAR",
    ]
)
# Signs that stand for more than one currency, with the codes each may be.
_SHARED_SIGNS = {
    "kr": frozenset({"SEK", "NOK", "DKK", "ISK"}),
    "fr": frozenset({"CHF", "XAF", "XOF", "XPF"}),
    "rs": frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}),
}


def is_currency_code(word: str) -> bool:
    """Whether ``word`` is an ISO 4217 code: ``SEK``, ``CHF``; ``eur`` too for the common ones."""
    return word in ISO_CODES or word.upper() in _COMMON_CODES


# With their signs: US$, A$ and R$ also read as the letters left once "$" is taken off.
CURRENCY_MARKS = frozenset(
    {*_CODES_BY_SYMBOL, *(s.rstrip("$") for s in _CODES_BY_SYMBOL if s.endswith("$"))}
    | {*ISO_CODES, "kr", "Kr", "kr.", "Fr", "Fr.", "Rs", "Rs."}
) - {""}


def code_for_symbol(symbol: str) -> str:
    """The ISO 4217 code a currency symbol stands for, or "" when it is unknown or ambiguous.

    A symbol that is itself a three-letter code ("USD") is that code.
    """
    symbol = symbol.strip()
    found = _CODES_BY_SYMBOL.get(symbol)
    if found is not None:
        return found
    if len(symbol) == 3 and symbol.isascii() and symbol.isalpha() and symbol.isupper():
        return symbol
    return ""


def symbol_for_code(code: str) -> str:
    """The usual symbol of an ISO 4217 code (``USD`` -> ``$``), or the code itself when unknown."""
    return next((s for s, c in _CODES_BY_SYMBOL.items() if c == code), code)


def check_currency(code: str, symbol: str, digits: int) -> None:
    """Refuse a currency setting a user typed, with one message saying what is wrong.

    ``code`` may be empty (not known); ``symbol`` may be empty (amounts show bare).
    """
    if code and (len(code) != 3 or not code.isascii() or not code.isalpha()):
        raise InputError(
            f"{quoted(code)} is not a currency code (try EUR, USD, GBP, or leave it empty)"
        )
    if any(ch.isdigit() for ch in symbol):
        raise InputError(f"the currency symbol {quoted(symbol)} cannot hold digits")
    if not 0 <= digits <= MAX_DIGITS:
        raise InputError(f"{digits} decimals: a currency shows 0 to {MAX_DIGITS}")


# Per position: does the symbol follow the amount, and what stands between them.
_LAYOUT = {p: (p.after, " " if p.spaced else "") for p in SymbolPosition}


def format_money(
    amount: float,
    project: Project,
    *,
    digits: int | None = None,
    group: str = ",",
    decimal: str = ".",
) -> str:
    """``amount`` as the project shows money: ``£3,526.25``, ``1 234,00 kr``.

    ``digits`` overrides the project's decimals (a whole-number summary, say);
    ``group`` and ``decimal`` are the reader's separators. A project without a
    symbol shows its code instead, set apart by a space; with neither, the
    bare amount.
    """
    places = project.currency_digits if digits is None else digits
    number = f"{abs(amount):,.{places}f}"
    if group != "," or decimal != ".":
        number = number.replace(",", "\0").replace(".", decimal).replace("\0", group)
    # No "-0.00": the sign only when the amount shows as something else than zero.
    sign = "-" if amount < 0 and round(amount, places) < 0 else ""
    symbol = project.currency_symbol
    after, gap = _LAYOUT[project.currency_symbol_position]
    if not symbol:
        symbol, gap = project.currency, " "
        if not symbol:
            return sign + number
    if after:
        return f"{sign}{number}{gap}{symbol}"
    return f"{sign}{symbol}{gap}{number}"


# The spaces that set a currency symbol apart from its amount, or thousands apart: a
# space, a no-break space and a narrow no-break space (French and Swiss locales).
SPACES = " \u00a0\u202f"
# What groups thousands in a number typed anywhere, whatever the locale's own separator:
# the spaces and the Swiss apostrophes, straight and curly (1'000'001).
THOUSANDS = SPACES + "'\u2019"
# What may stand between the digits of an amount as a thousands separator.
_GROUPING = THOUSANDS + "_"


# The marks a reader's numbers are typed with: the locale's thousands separator (None: none
# known, the C locale's, the command line's) and its decimal mark.
NumberMarks = tuple[str | None, str]
NO_MARKS: NumberMarks = (None, ".")


def parse_money(text: str, symbols: tuple[str, ...] = (), marks: NumberMarks = NO_MARKS) -> float:
    """An amount typed by a user, with or without a currency sign and separators.

    ``€12 000``, ``12,000``, ``1.234,50``, ``1 234,50 CHF`` and ``45.5`` are read as
    a person means them: with both ``,`` and ``.`` the later one is the decimal
    point; one ``,`` followed by exactly three digits groups thousands (unless the
    whole part starts with 0: ``0,500`` is a half), any other single ``,`` is a
    decimal comma. ``symbols`` (the project's symbol and code) and the common
    currency signs are ignored (with ``symbols`` given, the sign of another currency
    is refused: "$1,000" is not €1,000); anything else is refused with
    InputError rather than guessed, so "12k" or "1,2,3.4" never become a number.

    ``marks``: the reader's locale's (group, decimal), as MS Project reads an amount in the
    regional settings' numbers: ``1.500`` is 1500 in Germany and ``1,500`` is 1.5 there and
    in France (:func:`locale_number`); what they leave unread (``1,234.50`` in Germany) is
    read as above. Without a group (the C locale, files, the command line): as above only.
    A mark that is neither of the locale's and could group (``1.500`` in French) is refused
    (:class:`UnclearNumberError`).
    """
    group, decimal = marks
    if group is not None:
        number = without_currency(text, symbols).strip()
        try:
            value = locale_number(number, group, decimal) if _DIGITS.fullmatch(number) else None
        except UnclearNumberError as unclear:
            raise unclear.said_of(text) from None
        if value is not None:
            return value
    cleaned = "".join(ch for ch in without_currency(text, symbols) if ch not in _GROUPING)
    negative = cleaned.startswith("-")
    body = cleaned.removeprefix("-")
    comma, dot = body.rfind(","), body.rfind(".")
    if comma >= 0 and dot >= 0:
        decimal, group = (",", ".") if comma > dot else (".", ",")
        whole, _, tail = body.rpartition(decimal)
        body = f"{ungrouped(whole, group)}.{tail}" if ungrouped(whole, group) else ""
    elif comma >= 0:
        whole, _, tail = body.rpartition(",")
        # "0,500" is half: a grouped number never starts with a 0 group.
        if body.count(",") > 1 or (len(tail) == 3 and whole and not whole.startswith("0")):
            body = ungrouped(body, ",")
        else:
            body = f"{whole}.{tail}"
    elif body.count(".") > 1:
        body = ungrouped(body, ".")
    if not body or not all(ch.isdigit() or ch == "." for ch in body) or body == ".":
        raise InputError(f"{quoted(text.strip())} is not an amount (try {amount_examples(marks)})")
    value = float(body)
    return -value if negative else value


def amount_examples(marks: NumberMarks = NO_MARKS) -> str:
    """Two amounts as the reader types them: ``12000 or 12.500,50`` with German marks,
    ``12000 or 12,500.50`` without a locale's (files, the command line)."""
    group, decimal = marks
    if group is None:
        group, decimal = ",", "."
    return f"12000 or 12{group}500{decimal}50"


# A word beside or inside an amount: what stands between the digits, spaces, separators,
# signs and brackets (a dot only inside it: "SFr.", not the decimal point of ".5").
_WORD = re.compile(r"[^\d\s,'\u2019\-+()/.][^\d\s,'\u2019\-+()/]*")


def without_currency(text: str, symbols: tuple[str, ...] = ()) -> str:
    """``text`` without the currency signs and codes it carries (``symbols``: the plan's own
    symbol and code, with the common signs); InputError when one is another currency's than
    ``symbols`` name: "$1,000" in a plan that counts in euros is not €1,000. A sheet's money
    cells refuse another currency so too (app.io.sheet_values.read_number).

    Signs are whole words: "R" (rand) is no part of "Rs 150" (rupees). Any ISO 4217 code
    names a currency ("150 SEK"), and so do the signs several share ("kr", "Fr.", "Rs"):
    one that cannot be the plan's is refused. Other words stay (12k is no amount).
    """
    cleaned = text.strip()
    own = [s for s in symbols if s]
    for sign in sorted((s for s in own if not _WORD.fullmatch(s)), key=len, reverse=True):
        cleaned = cleaned.replace(sign, " ")  # a symbol with a space or sign in it
    ours = {s.casefold() for s in own}  # the plan's signs, in any case, and its codes:
    our_codes = {code_for_symbol(s) for s in own} - {""}
    kept: list[str] = []
    at = 0
    for found in _WORD.finditer(cleaned):
        word = found.group(0)
        sign = word if _currency_of(word) or word.casefold() in ours else word.rstrip(".")
        codes = _currency_of(sign)
        if not codes and sign.casefold() not in ours:
            continue  # no currency: left for the caller to refuse or read
        if ours and sign.casefold() not in ours and not codes & our_codes:
            plan = next((s for s in own if len(s) == 3 and s.isalpha()), own[0])
            named = next(iter(codes)) if len(codes) == 1 else sign
            raise InputError(
                f"{quoted(text.strip())} is in {named}, but this plan counts in {plan}: "
                f"type the amount in {plan}"
            )
        kept.append(cleaned[at : found.start()])
        at = found.start() + len(sign)
    return "".join(kept) + cleaned[at:]


def _currency_of(word: str) -> frozenset[str]:
    """The codes a currency sign or code may stand for (none: ``word`` names no currency)."""
    code = _CODES_BY_SYMBOL.get(word)
    if code is not None:
        return frozenset({code})
    if len(word) == 3 and is_currency_code(word):
        return frozenset({word.upper()})
    return _SHARED_SIGNS.get(word.rstrip(".").casefold(), frozenset())


def ungrouped(digits: str, group: str) -> str:
    """``1,234,567`` without its separators; "" unless it is digits whose groups after the
    first (of one to three) have three digits each. Money, durations and the roster's numbers
    read thousands so (:func:`locale_number`)."""
    groups = digits.split(group)
    if not 0 < len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return ""
    return "".join(groups) if all(g.isdigit() for g in groups) else ""


def _lakhs(digits: str) -> str:
    """``12,34,567`` (India's lakhs and crores: three digits last, two in each group before)
    without its commas; "" unless it is so grouped. Read wherever a comma groups (en_IN
    writes it so): no other reading of it exists."""
    groups = digits.split(",")
    if len(groups) < 3 or not 0 < len(groups[0]) <= 2 or len(groups[-1]) != 3:
        return ""
    if any(len(g) != 2 for g in groups[1:-1]):
        return ""
    return "".join(groups) if all(g.isdigit() for g in groups) else ""


# Digits with one mark or space between groups: what :func:`locale_number` may read.
_DIGITS = re.compile(r"[-+]?\d+(?:\D\s?\d+)*")


def locale_number(text: str, group: str | None, decimal: str) -> float | None:
    """A typed number read in a locale's marks (None: it is none): the one reader of durations,
    work, money and the cells' plain numbers (app.domain.notation.parse_duration,
    :func:`parse_money`, app.domain.typed_rates.typed_number: Max units, Number fields).

    ``group`` None: one ``.`` or ``,`` is a decimal point, as Gantry always read it; "": no
    mark groups, so a ``,`` (or ``.``) that could is unclear, one that cannot a decimal point. Else
    the whole part before ``decimal`` may group thousands by ``group`` or a space or
    apostrophe (:data:`THOUSANDS`), three digits a group and the first no 0 (``0,500`` is
    a half, as :func:`parse_money` reads it), or by commas in lakhs and crores where a comma
    groups (``12,34,567`` in India); a single ``.`` or ``,`` that groups
    nothing is still a decimal point (``1,5d`` in the US, ``1.5d`` in Germany: nobody means
    15 days by them). One that could group but is no mark of the reader's (``1.500`` in
    French or Arabic, whose marks have no dot; ``1,500`` in Swiss German) is refused with
    :class:`UnclearNumberError` rather than guessed."""
    if group is None:
        return float(text.replace(",", ".")) if _PLAIN_NUMBER.fullmatch(text) else None
    if not any(ch.isdigit() for ch in text):
        return None  # "", "+", "," are no zero
    sign = text[:1] if text[:1] in "+-" else ""
    whole, point, tail = text[len(sign) :].partition(decimal)
    if not tail.isdigit() and point:
        return None
    marks = {ch for ch in whole if not ch.isdigit()}
    if not marks:
        return float(f"{sign}{whole}.{tail or 0}")
    if len(marks) > 1:
        return None
    mark = marks.pop()
    digits = ungrouped(whole, mark) or (_lakhs(whole) if mark == group == "," else "")
    grouping = bool(digits) and not digits.startswith("0")  # "1.500", never "0.500" nor "1234.5"
    if grouping and (mark == group or mark in THOUSANDS):
        return float(f"{sign}{digits}.{tail or 0}")
    if not point and mark in ".," and whole.count(mark) == 1:
        if grouping and mark != group:
            raise _unclear(sign, whole, mark, group, decimal)
        return float(sign + whole.replace(mark, "."))
    return None


class UnclearNumberError(InputError):
    """A typed figure whose one ``.`` or ``,`` before three digits is neither of the reader's
    marks (``1.500`` in French, ``1,500`` in Arabic): it may group thousands or mark the
    decimals, and a guess is wrong for one of them. ``forms``: the figure written both ways
    in the reader's marks, ("1 500", "1,5")."""

    def __init__(self, message: str, forms: tuple[str, str]) -> None:
        super().__init__(message)
        self.forms = forms

    def hint(self, unit: str = "") -> str:
        """What to type instead: ``type 1 500 or 1,5`` (``unit`` after each: ``1 500d``)."""
        grouped, decimals = self.forms
        return f"type {grouped}{unit} or {decimals}{unit}"

    def said_of(self, typed: str, what: str = "", unit: str = "") -> UnclearNumberError:
        """The same refusal quoting ``typed``, all the user typed, and naming the field
        ``what`` (as its other refusals do: "Max units: ..."; "" names none)."""
        named = f"{what}: " if what else ""
        return UnclearNumberError(
            f"{named}{quoted(typed.strip())} is unclear: {self.hint(unit)}", self.forms
        )


def _unclear(sign: str, whole: str, mark: str, group: str, decimal: str) -> UnclearNumberError:
    """The refusal of ``whole`` (``1.500``), whose one ``mark`` is no mark of the reader's."""
    head, _, tail = whole.partition(mark)
    # a French narrow space is typed as a space; no group (""): the digits run on
    shown_group = " " if group and group in SPACES else group
    decimals = f"{head}{decimal}{tail.rstrip('0')}" if tail.rstrip("0") else head
    forms = (f"{sign}{head}{shown_group}{tail}", f"{sign}{decimals}")
    refusal = UnclearNumberError("", forms)
    return refusal.said_of(f"{sign}{whole}")


_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
