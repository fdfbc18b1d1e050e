"""One table of constraint names (app/domain/constraint_names.py, MS Project's capitals):
the report's columns re-export it, leveling's reasons say it mid-sentence in lower case,
and a CSV's note names the constraint it keeps from it."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain import constraint_names
from app.domain.leveling_rules import held_as, why_fixed, why_limited
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.io.csv_plan import csv_table_note
from app.report import columns

MON = datetime(2027, 1, 4, 8)


def test_s24s3_the_report_reads_the_domains_table():
    assert columns.CONSTRAINT_NAMES is constraint_names.CONSTRAINT_NAMES
    assert columns.CONSTRAINT_NAMES[ConstraintType.SNET] == "Start No Earlier Than"


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (ConstraintType.MSO, "must start on"),
        (ConstraintType.MFO, "must finish on"),
        (ConstraintType.SNLT, "start no later than"),
        (ConstraintType.FNLT, "finish no later than"),
    ],
)
def test_s24s3_leveling_says_the_tables_name_mid_sentence(kind, words):
    task = Task(1, "Permit", duration_minutes=480, constraint_type=kind, constraint_date=MON)
    assert why_fixed(task) == f"'Permit' has a '{words}' constraint"
    assert held_as(task) == words
    if kind in (ConstraintType.SNLT, ConstraintType.FNLT):
        assert why_limited(task) == (
            f"'Permit' has a '{words}' constraint that a later start would break"
        )


def test_s24s3_as_late_as_possible_is_held_in_the_tables_words():
    task = Task(1, "Close", duration_minutes=480, constraint_type=ConstraintType.ALAP)
    assert held_as(task) == "as late as possible"


def test_s24s3_a_csv_names_the_constraint_it_keeps_as_the_sheet_does():
    plan = Plan(project=Project(name="Pins", start=MON))
    plan.append_task(
        Task(
            1, "Pour", duration_minutes=480, constraint_type=ConstraintType.MSO, constraint_date=MON
        )
    )
    assert csv_table_note(plan) == (
        ".csv carries the task table only; not saved: 1 constraint other than "
        "'Start No Earlier Than'"
    )
