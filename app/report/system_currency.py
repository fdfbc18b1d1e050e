"""The currency of the user's system, for a plan whose file names none.

MS Project shows money in the currency Windows is set to, and a file that names
no currency (a GanttProject file, a CSV, a client's sheet without a symbol:
``Project.currency_stated`` False) opens in it. Gantry does the same wherever
such a plan is shown or written: the window (File > Open, File > Import) and
every command (``gantry info``, ``report``, ``convert``...), so the cost a
command prints, the status report's PDF and a workbook exported carry the
symbol the window shows. Where the system names no currency either (the C or
POSIX locale of a bare server), the plan names none: amounts show without a
symbol, not in a currency nobody chose.

Qt's system locale follows ``LC_ALL``/``LC_MONETARY``/``LANG`` on Linux, as the
window's does; QtCore only (no widgets), so that the command line can ask it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale

from app.domain.money import SPACES
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition


def local_currency(project: Project, locale: QLocale) -> Project:
    """``project`` in the currency of the user's locale, as MS Project takes it from Windows.

    Its symbol, ISO code, side of the amount and decimals; the project as it is when
    the locale names no currency (the C locale of a bare system).
    """
    code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) or code
    if not code:
        return project
    sample = locale.toCurrencyString(1.0).strip()  # "£1.00", "1,00 €", "￥1"
    after = sample.endswith(symbol)
    number = sample.removesuffix(symbol) if after else sample.removeprefix(symbol)
    spaced = number != number.strip(SPACES)
    _whole, point, decimals = number.strip(SPACES).partition(locale.decimalPoint())
    position = (
        (SymbolPosition.AFTER_SPACE if spaced else SymbolPosition.AFTER)
        if after
        else (SymbolPosition.BEFORE_SPACE if spaced else SymbolPosition.BEFORE)
    )
    return replace(
        project,
        currency=code,
        currency_symbol=symbol,
        currency_symbol_position=position,
        currency_digits=len(decimals) if point else 0,
    )


def adopt_local_currency(plan: Plan, locale: QLocale | None = None) -> None:
    """A plan read from a file that names no currency takes the user's (``local_currency``;
    ``locale``: the system's, as Qt's default locale has it).

    A file that names one (``Project.currency_stated``) keeps it. Where the locale names
    none either, the plan has no currency (no code, no symbol: bare amounts) rather than
    the euro Gantry's readers leave in its place. Either way the plan's currency is its
    own from now on.
    """
    project = plan.project
    if project.currency_stated:
        return
    locale = QLocale() if locale is None else locale
    project = replace(project, currency_stated=True)
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        plan.set_project(local_currency(project, locale))
    else:  # the locale names none
        plan.set_project(replace(project, currency="", currency_symbol=""))
