"""A constraint is named in MS Project's capitals ("Start No Earlier Than", "Must Start On",
"As Soon As Possible") wherever Gantry writes it: the task sheet, the printout's Constraint
Type column, gantry diff and the Import review. Gantry wrote "Start no earlier than" before:
typed back in any case, old words and new read as the same constraint."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.formats import read_plan
from app.report.columns import CONSTRAINT_NAMES, CellText
from app.ui.exchange.labels import show_value
from app.ui.models.task_edits import parse_choice

# As MS Project's Constraint Type field lists them (Task Information > Advanced).
_MS_PROJECT = {
    ConstraintType.ASAP: "As Soon As Possible",
    ConstraintType.ALAP: "As Late As Possible",
    ConstraintType.MSO: "Must Start On",
    ConstraintType.MFO: "Must Finish On",
    ConstraintType.SNET: "Start No Earlier Than",
    ConstraintType.SNLT: "Start No Later Than",
    ConstraintType.FNET: "Finish No Earlier Than",
    ConstraintType.FNLT: "Finish No Later Than",
}


def test_s24wb_every_constraint_is_named_as_ms_project_writes_it():
    assert CONSTRAINT_NAMES == _MS_PROJECT


def test_s24wb_a_file_ms_project_wrote_prints_its_constraints_in_its_words(shared_data):
    plan = read_plan(shared_data / "mspdi" / "sample.xml")
    cells = CellText(plan, schedule(plan), {})
    printed = {cells.text(t.uid, "constraint") for t in plan.tasks}
    assert printed == {"As Soon As Possible", "Start No Earlier Than"}  # 16 and 4 in the file


def test_s24wb_the_review_and_diff_say_the_same_words():
    project = Project(name="P")
    assert show_value("constraint", "MSO 2027-03-05T08:00", project) == (
        "Must Start On 2027-03-05 08:00"
    )
    assert show_value("constraint", "ALAP", project) == "As Late As Possible"


@pytest.mark.parametrize("kind", list(ConstraintType))
def test_s24wb_old_words_new_words_any_case_and_codes_read_back(kind):
    old = {
        ConstraintType.ASAP: "As soon as possible",
        ConstraintType.ALAP: "As late as possible",
        ConstraintType.MSO: "Must start on",
        ConstraintType.MFO: "Must finish on",
        ConstraintType.SNET: "Start no earlier than",
        ConstraintType.SNLT: "Start no later than",
        ConstraintType.FNET: "Finish no earlier than",
        ConstraintType.FNLT: "Finish no later than",
    }[kind]
    new = _MS_PROJECT[kind]
    for typed in (old, new, new.upper(), old.lower(), f"  {new}  ", kind.name.lower()):
        assert parse_choice(typed, CONSTRAINT_NAMES, "constraint", by_code=True) is kind, typed


def test_s24wb_a_start_fitting_two_names_lists_them_in_ms_projects_words():
    with pytest.raises(InputError) as refused:
        parse_choice("must", CONSTRAINT_NAMES, "constraint", by_code=True)
    assert (
        str(refused.value) == "'must' is not a constraint (one of: Must Start On, Must Finish On)"
    )


def test_s24wb_the_printout_of_every_kind():
    """Each kind's Constraint Type cell, as the printed column and the sheet write it."""
    plan = Plan(project=Project(name="P", start=datetime(2027, 3, 1, 8)))
    for uid, kind in enumerate(ConstraintType, start=1):
        dated = kind not in (ConstraintType.ASAP, ConstraintType.ALAP)
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                1,
                duration_minutes=480,
                constraint_type=kind,
                constraint_date=datetime(2027, 3, 3, 8) if dated else None,
            )
        )
    cells = CellText(plan, schedule(plan), {})
    assert [cells.text(t.uid, "constraint") for t in plan.tasks] == list(_MS_PROJECT.values())
