"""Rates and max units as the team roster and the Team member dialog show them, in the
project's money and the locale's separators (moved out of roster_model.py; they are read
back by app.domain.typed_rates).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.domain.project import Project
from app.domain.resource import RateUnit, Resource, ResourceType, rate_in_unit
from app.domain.typed_rates import plain_number
from app.report.locale_numbers import local_figure, locale_marks
from app.ui.budget.money import money


def rate_text(hourly: float, unit: RateUnit, project: Project, money_text: bool = True) -> str:
    """A person's rate as shown in its unit: ``$1,200.00/d`` (``money_text``) or, for an
    editor, ``1200/d``, which :func:`typed_rate` reads back to the same rate."""
    amount = rate_in_unit(hourly, unit, project)
    if money_text:
        return f"{money(project, amount)}/{unit.value}"
    return f"{editor_number(amount)}/{unit.value}"


def editor_number(value: float) -> str:
    """An amount as an editor shows it: no group separator, the locale's decimal mark
    (``1,125`` in German, which reads back as 1.125 there: ``1.125`` is 1125)."""
    return plain_number(value).replace(".", QLocale().decimalPoint())


def percent_text(units: float, editing: bool = False) -> str:
    """Units in percent as the Max units cell shows them, with the locale's separators as
    money is shown: ``1,000,000`` (``:g`` wrote ``1e+06``), ``12.5``; for the editor without
    a group separator (``1000000``, ``12,125`` in German), which :func:`typed_number` reads
    back."""
    locale = QLocale()
    plain = plain_number(units * 100)
    if editing:
        return plain.replace(".", locale.decimalPoint())
    digits = len(plain.partition(".")[2])
    return local_figure(f"{round(units * 100, 6):,.{digits}f}", locale_marks(locale))


def rate_cell_text(
    project: Project, value: float, unit: RateUnit, res: Resource, editing: bool
) -> str:
    """A rate cell: a person's in the unit it was typed in (``$1,200.00/d``; the editor
    ``1200/d``, or a bare ``150`` per hour), a material's per its label."""
    if res.type is ResourceType.WORK:
        if editing and unit is RateUnit.HOUR:
            return editor_number(value)
        return rate_text(value, unit, project, not editing)
    if res.type is ResourceType.MATERIAL:
        if editing:
            return editor_number(value)
        return f"{money(project, value)}/{res.material_label or 'unit'}"
    return ""
