"""Printed People cells write a person's units in the reader's decimal mark, as the sheet does.

Found: the sheet showed ``Ana[12,5%]`` on a German computer while the printout (Print, PDF,
``gantry convert x.pdf``) wrote ``Ana[12.5%]`` beside it: the locale-aware formatting lived
in the window's cell formatter only. It is now app.report.locale_numbers.local_units, which
both use; the C locale prints as before, byte for byte.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText
from app.report.locale_numbers import C_MARKS, Marks, local_units
from app.report.plan_lookups import resource_labels

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _plan() -> Plan:
    return Plan(
        project=Project(name="Units", start=datetime(2027, 1, 4, 8, 0)),
        tasks=[Task(1, "Design", duration_minutes=5 * 480)],
        resources=[Resource(1, "Ana"), Resource(2, "Ben")],
        assignments=[Assignment(1, 1, 1, 0.125), Assignment(2, 1, 2, 1.0)],
    )


def _printed(plan: Plan) -> str:
    return CellText(plan, schedule(plan), resource_labels(plan)).text(1, "resources")


def test_s22lc_printed_people_units_in_the_locales_decimal_mark(german):
    assert _printed(_plan()) == "Ana[12,5%], Ben"


def test_s22lc_printed_people_units_in_c_as_before():
    plan = _plan()
    assert _printed(plan) == resource_labels(plan)[1] == "Ana[12.5%], Ben"


def test_s22lc_the_sheet_and_the_printout_write_people_alike(german):
    from app.ui.models import task_cells

    assert task_cells.local_units is local_units  # one formatter, in the report layer
    assert local_units("Ana[12.5%]", Marks(".", ",")) == "Ana[12,5%]"
    assert local_units("Ana[12.5%]", C_MARKS) == "Ana[12.5%]"
    assert local_units("Weber, Jonas[25-75.5%]", Marks(".", ",")) == "Weber, Jonas[25-75,5%]"
