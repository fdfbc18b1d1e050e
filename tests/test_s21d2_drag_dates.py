"""A bar's drag feedback writes its dates as the hover text and the sheet beside it do:
``Start: Mo. 11.01.2027 08:00`` for a German PM, ``Mon 1/11/2027 8:00 AM`` in the US, where
it wrote ``Mon 2027-01-11 08:00`` in every locale; the C locale keeps that form (the drag
tests read it). The locale is set for a test and put back after."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.gantt.proposals import BarProposer

MONDAY = datetime(2027, 1, 4, 8, 0)
WEEK = timedelta(days=7)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def locale_set():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def _document() -> Document:
    plan = Plan(project=Project(name="Drag", start=MONDAY))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(
        Task(2, "Started", duration_minutes=5 * 480, actual_start=MONDAY, percent_complete=20)
    )
    return Document(plan)


def _field(lines: tuple[str, ...], name: str) -> str:
    return next(line for line in lines if line.startswith(name + ": ")).partition(": ")[2]


def test_s21d2_move_feedback_in_german(qapp, locale_set):
    locale_set(GERMAN)
    proposal = BarProposer(_document(), 1).move(MONDAY, MONDAY + WEEK, timedelta(days=1))
    assert _field(proposal.lines, "Start") == "Mo. 11.01.2027 08:00"
    assert _field(proposal.lines, "Finish") == "Fr. 15.01.2027 17:00"


def test_s21d2_progress_and_started_feedback_in_the_us(qapp, locale_set):
    locale_set(US)
    document = _document()
    lines = BarProposer(document, 1).progress(40.0).lines
    assert _field(lines, "Complete through").startswith("Tue 1/5/2027 5:00")
    refused = BarProposer(document, 2).move(MONDAY, MONDAY + WEEK, timedelta(days=1)).refused
    assert "started on Mon 1/4/2027 8:00" in refused


def test_s21d2_feedback_in_c_unchanged(qapp):
    proposal = BarProposer(_document(), 1).move(MONDAY, MONDAY + WEEK, timedelta(days=1))
    assert _field(proposal.lines, "Start") == "Mon 2027-01-11 08:00"
    assert _field(proposal.lines, "Finish") == "Fri 2027-01-15 17:00"
