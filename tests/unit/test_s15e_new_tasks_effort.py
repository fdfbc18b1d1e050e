"""MS Project 2010's "New tasks are effort driven" (off) and "Default task type" options.

The tester's case: a 4-day task staffed with Dan, then with "Dan[50%], Zoe". A task made
in a new plan is not effort driven, as in MS Project 2010 and later: it keeps its 4 days
and Zoe's work is added. With the option on (or in a plan saved before it existed), the
work already there is shared: 32 h at 150 % take 2.67 days, as before.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.domain.assigning import parse_assignments, staff
from app.domain.plan import Plan
from app.domain.project import Project, as_new_task
from app.domain.resource import Resource
from app.domain.task import Task, TaskType
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan

DAY = 480


def _staffed(project: Project) -> Plan:
    plan = Plan(project=project)
    plan.append_task(as_new_task(project, Task(1, "Build", duration_minutes=4 * DAY)))
    plan.add_resource(Resource(1, "Dan"))
    plan.add_resource(Resource(2, "Zoe"))
    staff(plan, 1, parse_assignments(plan, "Dan"))
    return plan


def _work(plan: Plan) -> dict[int, int]:
    return {a.resource_uid: a.work_minutes for a in plan.assignments_of_task(1)}


def test_a_new_plan_makes_tasks_as_ms_project_2010_does():
    project = Project()
    assert (project.new_tasks_effort_driven, project.default_task_type) == (
        False,
        TaskType.FIXED_UNITS,
    )
    task = as_new_task(project, Task(1, "Build"))
    assert (task.effort_driven, task.task_type) == (False, TaskType.FIXED_UNITS)


def test_the_options_give_a_new_task_its_type_and_flag():
    project = Project(new_tasks_effort_driven=True, default_task_type=TaskType.FIXED_WORK)
    task = as_new_task(project, Task(1, "Build"))
    assert (task.effort_driven, task.task_type) == (True, TaskType.FIXED_WORK)


def test_option_off_the_task_keeps_its_four_days_and_work_is_added():
    plan = _staffed(Project())
    assert _work(plan) == {1: 4 * DAY}
    staff(plan, 1, parse_assignments(plan, "Dan[50%], Zoe"))
    assert plan.task(1).duration_minutes == 4 * DAY
    assert _work(plan) == {1: 2 * DAY, 2: 4 * DAY}


def test_option_on_the_work_is_shared_and_the_task_takes_two_thirds():
    plan = _staffed(Project(new_tasks_effort_driven=True))
    staff(plan, 1, parse_assignments(plan, "Dan[50%], Zoe"))
    assert plan.task(1).duration_minutes == round(4 * DAY / 1.5)  # 2.67d
    assert sum(_work(plan).values()) == pytest.approx(4 * DAY, abs=1)


@pytest.mark.parametrize("effort", [False, True])
def test_people_on_a_task_with_none_yet_keep_its_duration_either_way(effort):
    project = Project(new_tasks_effort_driven=effort)
    plan = Plan(project=project)
    plan.append_task(as_new_task(project, Task(1, "Build", duration_minutes=4 * DAY)))
    plan.add_resource(Resource(1, "Dan"))
    plan.add_resource(Resource(2, "Zoe"))
    staff(plan, 1, parse_assignments(plan, "Dan[50%], Zoe"))
    assert plan.task(1).duration_minutes == 4 * DAY
    assert _work(plan) == {1: 2 * DAY, 2: 4 * DAY}


def _plan_with_options(effort: bool, kind: TaskType) -> Plan:
    project = Project(name="Options", new_tasks_effort_driven=effort, default_task_type=kind)
    plan = Plan(project=project)
    plan.append_task(Task(1, "Kept on", duration_minutes=DAY, effort_driven=True))
    plan.append_task(Task(2, "Kept off", duration_minutes=DAY, task_type=TaskType.FIXED_WORK))
    return plan


@pytest.mark.parametrize(
    ("effort", "kind"),
    [(False, TaskType.FIXED_UNITS), (True, TaskType.FIXED_DURATION), (True, TaskType.FIXED_WORK)],
)
def test_the_gantry_file_keeps_the_options(tmp_path, effort, kind):
    path = tmp_path / "options.gantry"
    write_plan(_plan_with_options(effort, kind), path)
    back = read_plan(path)
    assert (back.project.new_tasks_effort_driven, back.project.default_task_type) == (effort, kind)
    assert [(t.effort_driven, t.task_type) for t in back.tasks] == [
        (True, TaskType.FIXED_UNITS),
        (False, TaskType.FIXED_WORK),
    ]


def test_a_plan_saved_before_the_options_keeps_making_effort_driven_tasks(tmp_path):
    """A v17 file (no option columns) opens with the option on: a task added to it behaves
    like the ones it has; its tasks keep their own flags."""
    path = tmp_path / "old.gantry"
    write_plan(_plan_with_options(False, TaskType.FIXED_UNITS), path)
    conn = sqlite3.connect(path)
    kept = [
        r[1]
        for r in conn.execute("PRAGMA table_info(project)")
        if r[1] not in ("new_tasks_effort_driven", "default_task_type")
    ]
    conn.execute(f"CREATE TABLE project_v17 AS SELECT {', '.join(kept)} FROM project")
    conn.execute("DROP TABLE project")
    conn.execute("ALTER TABLE project_v17 RENAME TO project")
    conn.execute("PRAGMA user_version = 17")
    conn.commit()
    conn.close()
    back = read_plan(path)
    assert back.project.new_tasks_effort_driven is True
    assert back.project.default_task_type is TaskType.FIXED_UNITS
    assert [(t.effort_driven, t.task_type) for t in back.tasks] == [
        (True, TaskType.FIXED_UNITS),
        (False, TaskType.FIXED_WORK),
    ]
    assert as_new_task(back.project, Task(9, "Added")).effort_driven is True


@pytest.mark.parametrize(
    ("effort", "kind"),
    [(False, TaskType.FIXED_UNITS), (True, TaskType.FIXED_DURATION), (False, TaskType.FIXED_WORK)],
)
def test_ms_project_xml_round_trip_keeps_the_options(tmp_path, effort, kind):
    path = tmp_path / "options.xml"
    write_mspdi(_plan_with_options(effort, kind), path)
    text = path.read_text(encoding="utf-8")
    assert f"<NewTasksEffortDriven>{int(effort)}</NewTasksEffortDriven>" in text
    assert f"<DefaultTaskType>{kind.value}</DefaultTaskType>" in text
    # where MS Project's schema puts them (it validates the order on open)
    assert text.index("</DaysPerMonth>") < text.index("<DefaultTaskType>")
    assert text.index("</DefaultTaskType>") < text.index("<DurationFormat>")
    assert text.index("</HonorConstraints>") < text.index("<NewTasksEffortDriven>")
    back = read_mspdi(path)
    assert (back.project.new_tasks_effort_driven, back.project.default_task_type) == (effort, kind)
    assert [t.effort_driven for t in back.tasks] == [True, False]


def test_ms_project_xml_task_flags_follow_the_tasks_not_every_task_on(tmp_path):
    project = Project()
    plan = Plan(project=project)
    plan.append_task(as_new_task(project, Task(1, "Build")))
    path = tmp_path / "new.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<EffortDriven>1</EffortDriven>" not in text
    assert read_mspdi(path).tasks[0].effort_driven is False


def test_ms_project_files_give_their_options(shared_data):
    on = read_mspdi(shared_data / "mspdi" / "assignment-assignments-project2002-mspdi.xml")
    off = read_mspdi(shared_data / "mspdi" / "assignment-assignments-project2016-mspdi.xml")
    assert on.project.new_tasks_effort_driven is True
    assert off.project.new_tasks_effort_driven is False
    assert on.project.default_task_type is off.project.default_task_type is TaskType.FIXED_UNITS


def test_an_unknown_default_task_type_is_named(tmp_path):
    path = tmp_path / "bad.xml"
    write_mspdi(_plan_with_options(False, TaskType.FIXED_UNITS), path)
    text = path.read_text(encoding="utf-8").replace(
        "<DefaultTaskType>0</DefaultTaskType>", "<DefaultTaskType>7</DefaultTaskType>"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match="DefaultTaskType"):
        read_mspdi(path)


@pytest.mark.parametrize("effort", [False, True])
def test_a_row_the_client_adds_to_the_workbook_is_a_new_task_of_the_plan(tmp_path, effort):
    import openpyxl

    from app.formats import write_plan as write_any
    from app.io.excel_import import read_roundtrip_workbook
    from tests.unit.excel_plans import sample_plan

    plan = sample_plan()
    plan.project = replace(plan.project, new_tasks_effort_driven=effort)
    path = tmp_path / "client.xlsx"
    write_any(plan, path)
    wb = openpyxl.load_workbook(path)
    wb["Plan"].append([None, 7, "4", "Ship", "3d", None, None, "6", "Ana"])
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    assert trip.base.project.new_tasks_effort_driven is effort
    assert trip.theirs.task(7).effort_driven is effort
