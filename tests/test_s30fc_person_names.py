"""``--person`` reads a name the same way in ``gantry assign`` and ``gantry progress``:
exact, any case, initials, a first name only one person has; several matches are refused
listing them, and a refusal points to ``gantry usage FILE``, which lists people."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import InputError
from app.domain.person_names import person_named
from app.domain.resource import Resource
from app.formats import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"

TEAM = [
    Resource(1, "Maria Lopez", initials="ML"),
    Resource(2, "Aisha Khan", initials="AK"),
    Resource(3, "Jonas Weber", initials="JW"),
    Resource(4, "Jonas Berg", initials="JB"),
]


@pytest.mark.parametrize(
    ("typed", "who"),
    [("Maria Lopez", 1), ("maria  lopez", 1), ("ak", 2), ("Maria", 1), ("aisha", 2)],
)
def test_s30fc_a_name_is_found_by_name_case_initials_or_first_name(typed, who):
    assert person_named(TEAM, typed).uid == who


def test_s30fc_a_shared_first_name_is_refused_listing_the_people():
    with pytest.raises(InputError) as said:
        person_named(TEAM, "Jonas")
    assert str(said.value) == (
        "--person 'Jonas' could be 'Jonas Weber', 'Jonas Berg': give the full name"
    )


def test_s30fc_nobody_points_to_usage():
    with pytest.raises(InputError, match=r"no one called 'Zoe'.*gantry usage FILE"):
        person_named(TEAM, "Zoe")


def test_s30fc_progress_and_assign_take_a_first_name_and_initials(tmp_path, capsys):
    plan = tmp_path / "p.gantry"
    shutil.copy(DEMO, plan)
    maria = next(r for r in read_plan(plan).resources if r.name == "Maria Lopez")
    task = 4  # Stakeholder interviews: Maria Lopez and Aisha Khan
    args = ["--task", str(task), "--actual-work", "6h"]
    assert main(["progress", str(plan), *args, "--person", "Maria"]) == 0
    assert main(["progress", str(plan), *args, "--person", maria.initials]) == 0
    done = [
        a.actual_work_minutes
        for a in read_plan(plan).assignments_of_task(task)
        if a.resource_uid == maria.uid
    ]
    assert done == [360]
    assert main(["assign", str(plan), "--task", "5", "--person", "maria"]) == 0
    capsys.readouterr()
    assert main(["progress", str(plan), *args, "--person", "Nobody"]) == 1
    assert "gantry usage FILE" in capsys.readouterr().err
