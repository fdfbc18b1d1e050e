"""Figures in the reader's locale: ``12,5h``, ``1.234,5h`` and ``1.200,00 €`` in German,
``12.5h`` and ``€1,200.00`` in the C locale, as MS Project takes the separators from
Windows' regional settings.

Gantry's formatters (app.domain.notation, app.domain.money, app.domain.usage_tree) write
the C form, ``,`` between thousands and ``.`` before decimals; :func:`local_figure` puts a
locale's marks into such a figure. The window asks Qt's default locale each time
(:func:`locale_marks`, as app/ui/budget/money.py does), so a locale changed while a plan is
open shows at the next repaint (app/ui/locale_follow.py). The command line's tables ask
the system's once (:func:`system_marks`); its ``--json`` and CSV stay in machine form.

QtCore only (no widgets), as app/report/system_currency.py: Qt's system locale follows
``LC_ALL``/``LC_NUMERIC``/``LANG`` on Linux as the window's does, without the locale
having been generated for the C library (Python's ``locale`` module would need it).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.money import format_money

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

    from app.domain.project import Project
    from app.domain.usage_tree import UsageTree

_NUMBER = frozenset("+-0123456789,.")
_QLOCALE: type[QLocale] | None = None  # PySide6.QtCore.QLocale once asked for


@dataclass(frozen=True, slots=True)
class Marks:
    """A locale's separators: between thousands (``group``) and before decimals."""

    group: str = ","
    decimal: str = "."


C_MARKS = Marks()
# A CSV's marks (app/report/diff_report.py): figures ungrouped, money a bare number
# (``1234.50``, no symbol) that a spreadsheet reads, as the plan's CSV writes its money
PLAIN_MARKS = Marks(group="", decimal=".")


def locale_marks(locale: QLocale | None = None) -> Marks:
    """The separators of ``locale`` (None: Qt's default, the user's unless a test set one)."""
    if locale is None:
        locale = _default_locale()
    group, decimal = locale.groupSeparator(), locale.decimalPoint()
    if group == "," and decimal == ".":
        return C_MARKS  # one object: callers test ``is C_MARKS``
    return Marks(group, decimal)


def _default_locale() -> QLocale:
    """Qt's default locale, QtCore imported at the first call (not by the command line's
    C path), then kept: an import per cell went through PySide's import hook (~10 µs)."""
    global _QLOCALE
    if _QLOCALE is None:
        from PySide6.QtCore import QLocale

        _QLOCALE = QLocale
    return _QLOCALE()


def _names_c(env: Mapping[str, str]) -> bool:
    """Whether the environment's numeric locale is C or POSIX (or none is set), as Qt reads
    it on Linux: the first of LC_ALL, LC_NUMERIC and LANG that is set."""
    for key in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = env.get(key, "")
        if value:
            return value == "POSIX" or value.split(".")[0] == "C"
    return True


def system_is_c(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether a Linux environment names the C or POSIX locale (CI, servers), told without
    loading Qt: the command line then writes C's figures and ISO dates."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    return platform.startswith("linux") and _names_c(env)


def system_marks(env: Mapping[str, str] | None = None, platform: str | None = None) -> Marks:
    """The separators of the system's locale, for the command line's tables.

    A Linux environment naming the C or POSIX locale (CI, servers: ``LANG=C.UTF-8``) has
    C's without loading Qt (~0.2 s a command); any other locale, and Windows and macOS
    (whose regional settings no variable names), are asked of Qt as the window asks.
    """
    if system_is_c(env, platform):
        return C_MARKS
    marks = locale_marks()
    try:  # French groups with a narrow no-break space, which Latin-1 output cannot write
        marks.group.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return Marks(" ", marks.decimal)
    return marks


def local_figure(text: str, marks: Marks) -> str:
    """``text``'s leading number, written the C way (``1,234.5`` of ``1,234.5h``, ``-0.5``
    of ``-0.5ed``, ``+2`` of ``+2d``), in ``marks``; the unit after it as it is."""
    if marks is C_MARKS:  # (locale_marks gives this one object for C's marks)
        return text
    end = 0
    while end < len(text) and text[end] in _NUMBER:
        end += 1
    if not end:
        return text
    swap = {ord(","): marks.group, ord("."): marks.decimal}  # at once: "," may be the decimal
    return text[:end].translate(swap) + text[end:]


def local_link(text: str, marks: Marks) -> str:
    """A link as the Predecessors and Successors cells write it (``3FS+1.5d``,
    ``3FF-12.5%``), its lag's figure in ``marks``: ``3FS+1,5d`` in German (the row number
    before it has no marks), as the sheet reads it typed (app/domain/notation.py keeps a
    lag's decimal comma). One link: a list's comma between links stays."""
    if marks is C_MARKS:
        return text
    cut = next((i for i, ch in enumerate(text) if ch in "+-"), len(text))
    return text[:cut] + local_figure(text[cut:], marks)


# A person's units in a People cell, the decimal mark written as the C locale does:
# "[12.5" of "Ana[12.5%]" (a name holds no "[": app/ui/team/roster_model.check_name).
_UNITS = re.compile(r"\[[0-9][0-9.\-]*")


def local_units(people: str, marks: Marks) -> str:
    """A People cell's units in ``marks``: ``Ana[12,5%]`` in German, as the sheet shows
    them and reads them back (app/domain/people_parts.py keeps a comma in brackets); the
    sheet and the printout both write them so."""
    if marks.decimal == "." or "[" not in people:
        return people
    return _UNITS.sub(lambda m: m.group().replace(".", marks.decimal), people)


def local_money(project: Project, amount: float, marks: Marks, digits: int | None = None) -> str:
    """``amount`` as the project shows money (app.domain.money.format_money) in ``marks``;
    in :data:`PLAIN_MARKS` a bare number (``-1234.50``)."""
    if marks is PLAIN_MARKS:
        places = project.currency_digits if digits is None else digits
        return f"{amount:.{places}f}" if round(amount, places) else f"{0:.{places}f}"
    return format_money(amount, project, digits=digits, group=marks.group, decimal=marks.decimal)


def usage_figure(tree: UsageTree, value: float, unit: str, marks: Marks) -> str:
    """A Usage figure (``tree.text``: ``8.0h``, ``40.0 t``, ``$1,200.00``) in ``marks``."""
    from app.domain.usage_tree import MONEY  # (numpy: only for a usage table)

    if unit == MONEY:
        return local_money(tree.project, value, marks)
    return local_figure(tree.text(value, unit), marks)
