"""Durations and work typed in the window, read in the user's locale's numbers: ``1,200d`` is
1200 days on a US computer and ``1.200d`` on a German one, as MS Project reads the
regional settings' separators (app.domain.notation.parse_duration). The C locale reads them
as Gantry always has (``1,2d`` and ``1.2d`` alike), as tests and the command line do."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.notation import Duration, parse_duration, parse_work
from app.domain.project import Project


def typed_marks(locale: QLocale | None = None) -> tuple[str | None, str]:
    """``parse_duration``'s ``group`` and ``decimal`` for ``locale`` (None: Qt's default,
    the user's). The C locale's is no group, as Gantry always read durations: its marks
    are the US's (app.report.locale_numbers.C_MARKS), so the language tells them apart."""
    locale = QLocale() if locale is None else locale
    if locale.language() == QLocale.Language.C:
        return None, "."
    return locale.groupSeparator(), locale.decimalPoint()


def typed_duration(
    text: str,
    project: Project,
    default_unit: str | None = None,
    what: str = "a duration",
    locale: QLocale | None = None,
) -> Duration:
    """A duration typed into a cell or a dialog, in ``locale``'s numbers (None: the user's)."""
    group, decimal = typed_marks(locale)
    return parse_duration(text, project, default_unit, what, group=group, decimal=decimal)


def typed_work(text: str, project: Project, locale: QLocale | None = None) -> Duration:
    """Work typed into a cell or a dialog, in ``locale``'s numbers (see :func:`typed_duration`)."""
    group, decimal = typed_marks(locale)
    return parse_work(text, project, group=group, decimal=decimal)
