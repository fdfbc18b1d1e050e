"""Durations and work typed in a command's options (``--actual-work``, ``--remaining-duration``,
``split --for``), read in the system locale's marks as ``--impact`` reads money: ``2,5h``
is two and a half hours in German. A lone mark before three digits (``1.000h``: a thousand
hours in German, one in English) is refused as unclear under a locale that groups
thousands, naming the option with both readings, rather than taken either way in silence;
the C locale (scripts, CI) reads ``,`` and ``.`` as a decimal point, as before."""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.domain.notation import Duration, parse_duration, parse_work
from app.domain.project import Project
from app.domain.quoting import quoted

# One mark between a number of at most three digits and three digits (1.000h, 2,500d)
_UNCLEAR = re.compile(r"\s*([+-]?)([1-9]\d{0,2})([.,])(\d{3})(?![\d.,])(.*)")


def option_marks() -> tuple[str | None, str]:
    """(group, decimal) an option's figure is read in: None and "." in the C locale."""
    from app.report.locale_numbers import system_is_c, system_marks  # (Qt off the C path)

    if system_is_c():
        return None, "."
    marks = system_marks()
    return marks.group, marks.decimal


def _refuse_unclear(text: str, flag: str, decimal: str) -> None:
    found = _UNCLEAR.fullmatch(text)
    if found is None:
        return
    sign, head, _mark, tail, unit = found.groups()
    kept = tail.rstrip("0")
    point = f"{sign}{head}{decimal + kept if kept else ''}{unit.strip()}"
    raise InputError(
        f"{flag}: {quoted(text.strip())} is unclear: type {sign}{head}{tail}{unit.strip()} "
        f"or {point}"
    )


def option_duration(text: str, project: Project, flag: str) -> Duration:
    """A duration typed in ``flag`` (InputError naming it)."""
    group, decimal = option_marks()
    if group is not None:
        _refuse_unclear(text, flag, decimal)
    try:
        return parse_duration(text, project, group=group, decimal=decimal)
    except InputError as exc:
        raise InputError(f"{flag}: {exc}") from None


def option_work(text: str, project: Project, flag: str) -> Duration:
    """Work typed in ``flag`` (a bare number in the plan's work unit; InputError naming it)."""
    group, decimal = option_marks()
    if group is not None:
        _refuse_unclear(text, flag, decimal)
    try:
        return parse_work(text, project, group=group, decimal=decimal)
    except InputError as exc:
        raise InputError(f"{flag}: {exc}") from None
