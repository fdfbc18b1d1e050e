"""Money as MS Project shows it: the project's symbol, where it stands, and its decimals.

The separators between thousands and before the decimals belong to the reader
(MS Project takes them from Windows' regional settings): callers that know
the user's locale pass them, the rest get ``1,234.50``.
"""

from __future__ import annotations

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


# ISO 4217 codes a client may write beside an amount (EUR 300, 300 CHF), and the symbols
# that stand for more than one currency (kr, Fr.): what a sheet's number may carry and
# still be that number. A list, not "any letters": 12k or 5m is no amount in a currency.
ISO_CODES = frozenset(
    [
        "AED",
        "ARS",
        "AUD",
        "BGN",
        "BRL",
        "CAD",
        "CHF",
        "CLP",
        "CNY",
        "COP",
        "CZK",
        "DKK",
        "EGP",
        "EUR",
        "GBP",
        "HKD",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "ISK",
        "JPY",
        "KES",
        "KRW",
        "MAD",
        "MXN",
        "MYR",
        "NGN",
        "NOK",
        "NZD",
        "PEN",
        "PHP",
        "PKR",
        "PLN",
        "RON",
        "RSD",
        "RUB",
        "SAR",
        "SEK",
        "SGD",
        "THB",
        "TRY",
        "TWD",
        "UAH",
        "USD",
        "VND",
        "ZAR",
    ]
)
# With their signs: US$, A$ and R$ also read as the letters left once "$" is taken off.
CURRENCY_MARKS = frozenset(
    {*_CODES_BY_SYMBOL, *(s.rstrip("$") for s in _CODES_BY_SYMBOL if s.endswith("$"))}
    | {*ISO_CODES, "kr", "Kr", "kr.", "Fr", "Fr.", "Rs"}
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


def parse_money(text: str, symbols: tuple[str, ...] = ()) -> float:
    """An amount typed by a user, with or without a currency sign and separators.

    ``€12 000``, ``12,000``, ``1.234,50``, ``1 234,50 CHF`` and ``45.5`` are read as
    a person means them: with both ``,`` and ``.`` the later one is the decimal
    point; one ``,`` followed by exactly three digits groups thousands (unless the
    whole part starts with 0: ``0,500`` is a half), any other single ``,`` is a
    decimal comma. ``symbols`` (the project's symbol and code) and the common
    currency signs are ignored (with ``symbols`` given, the sign of another currency
    is refused: "$1,000" is not €1,000); anything else is refused with
    InputError rather than guessed, so "12k" or "1,2,3.4" never become a number.
    """
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
        raise InputError(f"{quoted(text.strip())} is not an amount (try 12000 or 12,500.50)")
    value = float(body)
    return -value if negative else value


def without_currency(text: str, symbols: tuple[str, ...] = ()) -> str:
    """``text`` without the currency signs and codes it carries (``symbols``: the plan's own
    symbol and code, with the common signs); InputError when one is another currency's than
    ``symbols`` name: "$1,000" in a plan that counts in euros is not €1,000. A sheet's money
    cells refuse another currency so too (app.io.sheet_values.read_number)."""
    cleaned = text.strip()
    ours = {s for s in symbols if s} | {_CODES_BY_SYMBOL.get(s, "") for s in symbols} - {""}
    for sign in sorted({*symbols, *_CODES_BY_SYMBOL, *_CODES_BY_SYMBOL.values()}, key=len)[::-1]:
        if sign and sign in cleaned:
            code = _CODES_BY_SYMBOL.get(sign, sign)
            if ours and sign not in ours and code not in ours:
                plan = next((s for s in symbols if len(s) == 3 and s.isalpha()), symbols[0])
                raise InputError(
                    f"{quoted(text.strip())} is in {code}, but this plan counts in {plan}: "
                    f"type the amount in {plan}"
                )
            cleaned = cleaned.replace(sign, "")
    return cleaned


def ungrouped(digits: str, group: str) -> str:
    """``1,234,567`` without its separators; "" unless it is digits whose groups after the
    first (of one to three) have three digits each. Money and the roster's numbers read
    thousands so (:func:`app.domain.typed_rates.typed_number`)."""
    groups = digits.split(group)
    if not 0 < len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return ""
    return "".join(groups) if all(g.isdigit() for g in groups) else ""
