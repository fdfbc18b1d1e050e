"""Money on screen: as the project shows it, with the separators of the user's locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.money import format_money
from app.domain.project import Project


def money(
    project: Project, value: float, locale: QLocale | None = None, *, digits: int | None = None
) -> str:
    """``value`` in the project's currency: its symbol, position and decimals
    (app.domain.money.format_money), the locale's thousands and decimal separators
    (the user's locale when ``locale`` is None).

    The C locale (tests, servers) gets ``€8,500.00`` / ``-€12.50``; ``digits``
    overrides the project's decimals for a whole-number summary.

    The user's locale is asked each time (about 1.5 µs; a sheet formats only the cells it
    paints), not once at start: a locale changed later (QLocale.setDefault, or the system's
    regional settings, which Qt follows on Windows and macOS) would otherwise leave amounts
    in the old separators while dates (app.ui.locale_dates) took the new ones. A caller
    formatting many amounts in one go passes one ``locale``.
    """
    if locale is None:
        locale = QLocale()
    return format_money(
        value, project, digits=digits, group=locale.groupSeparator(), decimal=locale.decimalPoint()
    )
