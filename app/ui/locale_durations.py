"""Durations and work typed in the window, read in the user's locale's numbers: ``1,200d`` is
1200 days on a US computer and ``1.200d`` on a German one, as MS Project reads the
regional settings' separators (app.domain.notation.parse_duration). The C locale reads them
as Gantry always has (``1,2d`` and ``1.2d`` alike), as tests and the command line do."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.notation import Duration, parse_duration, parse_work
from app.domain.project import Project
from app.report.locale_numbers import local_figure, locale_marks


def typed_marks(locale: QLocale | None = None) -> tuple[str | None, str]:
    """``parse_duration``'s ``group`` and ``decimal`` for ``locale`` (None: Qt's default,
    the user's). The C locale's is no group, as Gantry always read durations: its marks
    are the US's (app.report.locale_numbers.C_MARKS), so the language tells them apart."""
    locale = QLocale() if locale is None else locale
    if locale.language() == QLocale.Language.C:
        return None, "."
    return locale.groupSeparator(), locale.decimalPoint()


def typed_figure(text: str, locale: QLocale | None = None) -> tuple[str, str | None, str]:
    """``text`` and the marks to read it with: ``locale``'s (:func:`typed_marks`); the
    notation reads Arabic's and Persian's decimal U+066B and group U+066C too, which the
    sheet shows (``0\u066b42w``), and refuses ``1.500d`` there (no dot is theirs)."""
    return (text, *typed_marks(locale))


def typed_duration(
    text: str,
    project: Project,
    default_unit: str | None = None,
    what: str = "a duration",
    locale: QLocale | None = None,
) -> Duration:
    """A duration typed into a cell or a dialog, in ``locale``'s numbers (None: the user's)."""
    text, group, decimal = typed_figure(text, locale)
    return parse_duration(text, project, default_unit, what, group=group, decimal=decimal)


def typed_work(text: str, project: Project, locale: QLocale | None = None) -> Duration:
    """Work typed into a cell or a dialog, in ``locale``'s numbers (see :func:`typed_duration`)."""
    text, group, decimal = typed_figure(text, locale)
    return parse_work(text, project, group=group, decimal=decimal)


def typed_back(text: str, shown: str, locale: QLocale | None = None) -> bool:
    """Whether ``text`` is a cell's own text committed again: ``shown``, the figure in C
    form (``0.42w``, app.domain.notation), as the sheet writes it in ``locale``'s marks
    (``0,42w`` in German). Such a cell keeps the exact minutes behind its rounded text;
    compared with the C form, a German ``0,42w`` committed again was read back and lost
    minutes, and ``1,200d`` (1.2 days there) matched a US ``1,200d``."""
    return text.strip() == local_figure(shown, locale_marks(locale))
