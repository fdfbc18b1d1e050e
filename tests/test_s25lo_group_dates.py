"""A plan grouped by a date (Start, Finish, a custom Date) labels its groups in the user's
words and day order, as the timescale names days: ``Start: Mo. 4. Jan. 2027`` in German,
``Start: Mon Jan 4, 2027`` in the US, where every locale had strftime's English ``Start:
Mon 4 Jan 2027``; the C locale (and the command line's text) keeps that byte for byte."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.grouping_rows import group_tasks
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.saved_view import view_rows
from app.report.timescale_names import date_names

MON = datetime(2027, 1, 4, 8)

# (locale, Monday 4 January 2027's label, the week of Monday 4 to Sunday 10 January)
CASES = [
    ("de_DE", "Mo. 4. Jan. 2027", "Mo. 4. Jan. 2027 - So. 10. Jan. 2027"),
    ("en_GB", "Mon 4 Jan 2027", "Mon 4 Jan 2027 - Sun 10 Jan 2027"),
    ("en_US", "Mon Jan 4, 2027", "Mon Jan 4, 2027 - Sun Jan 10, 2027"),
    ("fr_FR", "lun. 4 janv. 2027", "lun. 4 janv. 2027 - dim. 10 janv. 2027"),
    ("C", "Mon 4 Jan 2027", "Mon 4 Jan 2027 - Sun 10 Jan 2027"),
]


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Dates", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=480, custom=(("Date1", MON),)))
    return plan


@pytest.mark.parametrize(("locale", "day", "week"), CASES)
def test_s25lo_a_date_group_is_labelled_in_the_locales_words(locale, day, week):
    plan = _plan()
    names = date_names(QLocale(locale))
    by_day = GroupBy((GroupKey(GroupField.START),))
    (group,) = group_tasks(plan, schedule(plan), by_day, names=names)
    assert group.label == f"Start: {day}"
    by_week = GroupBy((GroupKey("Date1", interval=7),))
    (group,) = group_tasks(plan, schedule(plan), by_week, names=names)
    assert group.label == f"Date1: {week}"


def test_s25lo_without_names_the_label_is_gantrys_english():
    """The command line's ``usage --group`` and every caller that names no locale."""
    plan = _plan()
    (group,) = group_tasks(plan, schedule(plan), GroupBy((GroupKey(GroupField.START),)))
    assert group.label == "Start: Mon 4 Jan 2027"


@pytest.mark.parametrize(("locale", "day", "week"), CASES)
def test_s25lo_the_printout_and_the_window_label_groups_alike(in_locale, locale, day, week):
    in_locale(locale)
    plan = _plan()
    rows = view_rows(plan, schedule(plan), task_group=GroupBy((GroupKey(GroupField.START),)))
    assert [g.label for g in rows.groups.values()] == [f"Start: {day}"]
