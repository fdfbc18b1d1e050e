"""Assign Resources' Graphs… heading writes the selected tasks' days as the rest of the window
writes dates (app.report.locale_dates.local_date): ``Mo. 02.03.2026`` under de_DE, where
strftime wrote English ``Mon 02 Mar``; and the charts place days through one ``stamp``."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assign_graph import AssignGraph
from app.ui.document import Document
from app.ui.local_axes import stamp

MON = datetime(2026, 3, 2, 8)  # a Monday
ANA = 1


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def _heading(qtbot) -> str:
    """Ana on a three-day task from Monday 2 March 2026, the task selected."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=3 * 480))
    plan.add_resource(Resource(ANA, "Ana"))
    plan.add_assignment(Assignment(1, 1, ANA, 1.0, 3 * 480))
    graph = AssignGraph(Document(plan))
    qtbot.addWidget(graph)
    graph.show_person(ANA, [1])
    return graph.heading.text()


def test_s24sm_heading_dates_in_german(qtbot, german) -> None:
    text = _heading(qtbot)
    assert "around Mo. 02.03.2026 to Mi. 04.03.2026," in text
    assert "Mar" not in text


def test_s24sm_heading_dates_in_the_c_locale(qtbot) -> None:
    assert "around Mon 2026-03-02 to Wed 2026-03-04," in _heading(qtbot)


def test_s24sm_stamp_puts_a_day_at_its_local_midnight() -> None:
    assert stamp(date(2027, 5, 3)) == stamp(datetime(2027, 5, 3))
    assert stamp(datetime(2027, 5, 3, 12)) - stamp(date(2027, 5, 3)) == 12 * 3600
