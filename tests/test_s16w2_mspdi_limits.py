"""MS Project XML we write, held to what MS Project keeps: whole percents, names of at most
255 characters, and each assignment's <Cost> as worked out (a cost item's as typed in).

Checked with a plain ElementTree walk of the written file and with our reader: a plan
read back differs only where MS Project would change it, and formats.not_kept says so.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import not_kept
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.mspdi_write import write_mspdi
from app.io.mspdi_write_limits import MAX_NAME, fit_name, whole_percent

Q = "{" + NS + "}"


def _plan(percent: float = 0.0, name: str = "Build") -> Plan:
    plan = Plan(Project(name="Limits", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(
        0,
        [
            Task(1, "Phase", outline_level=1),
            Task(  # started when its % was typed, as the sheet starts it (s17mspdiw)
                2,
                name,
                outline_level=2,
                duration_minutes=960,
                percent_complete=percent,
                actual_start=datetime(2027, 1, 4, 8) if percent else None,
            ),
            Task(3, "Buy", outline_level=2, duration_minutes=480),
        ],
    )
    plan.add_resource(Resource(1, "Ann", standard_rate=100.0))
    plan.add_resource(Resource(2, "Steel", type=ResourceType.MATERIAL, standard_rate=7.5))
    plan.add_resource(Resource(3, "Travel", type=ResourceType.COST))
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 960),
        Assignment(2, 3, 2, 4.0, 0),
        Assignment(3, 3, 3, 1.0, 0, cost=250.0),
    ]
    return plan


def _written(plan: Plan, tmp_path: Path) -> tuple[Path, ET.Element]:
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    return path, ET.parse(path).getroot()


def _task(root: ET.Element, uid: int) -> ET.Element:
    found = [t for t in root.iter(Q + "Task") if t.findtext(Q + "UID") == str(uid)]
    assert len(found) == 1
    return found[0]


# (% complete, <PercentComplete> written, % read back): the whole % MS Project shows (a task
# under way never 100), read back exact from <ActualDuration> in minutes (s17remdur): 37.5 %
# of 2d is 6h, 12.4 % is 119 of 960 minutes
@pytest.mark.parametrize(
    ("percent", "written", "back"),
    [
        (37.5, "38", 37.5),
        (12.5, "13", 12.5),
        (12.4, "12", 100 * 119 / 960),
        (99.6, "99", 100 * 956 / 960),
        (50, "50", 50.0),
    ],
)
def test_percent_complete_is_written_as_a_whole_number(
    tmp_path: Path, percent: float, written: str, back: float
):
    path, root = _written(_plan(percent), tmp_path)
    row = _task(root, 2)
    assert row.findtext(Q + "PercentComplete") == written
    work_done = row.findtext(Q + "PercentWorkComplete")
    assert work_done is not None
    assert work_done.isdigit()  # the schema's integer, too
    assert read_mspdi(path).task(2).percent_complete == back


def test_every_percent_of_the_file_is_an_integer(tmp_path: Path):
    _, root = _written(_plan(37.5), tmp_path)
    for tag in ("PercentComplete", "PercentWorkComplete"):
        texts = [e.text or "" for e in root.iter(Q + tag)]
        assert texts, tag
        assert all(t.isdigit() and 0 <= int(t) <= 100 for t in texts), (tag, texts)
    # work done over work, a whole percent: half of Ann's two days (as the cost report has it)
    plan = _plan(37.5)
    costs = compute_costs(plan, schedule(plan))
    expected = whole_percent(100 * costs.task_actual_work_minutes[2] / costs.task_work_minutes[2])
    assert _task(root, 2).findtext(Q + "PercentWorkComplete") == str(expected)
    assert _task(root, 3).findtext(Q + "PercentWorkComplete") == "0"


def test_a_whole_percent_reads_back_the_same(tmp_path: Path):
    plan = _plan(40.0)
    path, _ = _written(plan, tmp_path)
    assert diff_plans(plan, read_mspdi(path)) == []
    assert not [line for line in not_kept(plan, ".xml") if "percent" in line]


def test_a_fractional_percent_is_said_rounded(tmp_path: Path):
    plan = _plan(12.4)  # 119.04 minutes of 960 done: <ActualDuration> keeps 119
    path, _ = _written(plan, tmp_path)
    assert diff_plans(plan, read_mspdi(path)) == []  # 12 % on the sheet both ways (s18d)
    changes = diff_plans(plan, read_mspdi(path), exact=True)  # what the file keeps
    assert [(c.field, c.new) for c in changes] == [("percent_complete", round(100 * 119 / 960, 4))]
    notes = [line for line in not_kept(plan, ".xml") if "whole percents" in line]
    assert notes == [".xml keeps whole percents: % complete of 1 task rounded"]
    assert not [line for line in not_kept(plan, ".gantry") if "whole percents" in line]


def test_a_long_name_is_cut_to_255_characters(tmp_path: Path):
    long = "Design review of the " + "x" * 400
    plan = _plan(name=long)
    plan.resources[0] = Resource(1, "A" * 300, standard_rate=100.0)
    path, root = _written(plan, tmp_path)
    assert _task(root, 2).findtext(Q + "Name") == long[:MAX_NAME]
    people = [r.findtext(Q + "Name") for r in root.iter(Q + "Resource")]
    assert "A" * MAX_NAME in people
    back = read_mspdi(path)
    assert back.task(2).name == long[:MAX_NAME]
    assert back.resources[0].name == "A" * MAX_NAME
    notes = [line for line in not_kept(plan, ".xml") if "names" in line]
    assert notes == [".xml keeps names of at most 255 characters: 1 task and 1 resource cut"]


def test_a_name_of_255_characters_is_kept_whole(tmp_path: Path):
    name = "y" * MAX_NAME
    plan = _plan(name=name)
    path, root = _written(plan, tmp_path)
    assert _task(root, 2).findtext(Q + "Name") == name
    assert diff_plans(plan, read_mspdi(path)) == []
    assert not [line for line in not_kept(plan, ".xml") if "names" in line]


def test_a_name_is_never_cut_inside_a_character():
    # MS Project counts UTF-16 units: a character past U+FFFF takes two
    emoji = "\U0001f680"
    name = "z" * 254 + emoji + "tail"
    assert fit_name(name) == "z" * 254  # the rocket would be half kept: left out whole
    assert fit_name("z" * 253 + emoji + "tail") == "z" * 253 + emoji
    assert fit_name("é" * 300) == "é" * MAX_NAME


def _assignment_costs(root: ET.Element) -> dict[int, float]:
    out = {}
    for a in root.iter(Q + "Assignment"):
        out[int(a.findtext(Q + "UID") or "")] = int(a.findtext(Q + "Cost") or "") / 100
    return out


def test_assignment_cost_is_worked_out_for_people_and_materials(tmp_path: Path):
    plan = _plan()
    costs = compute_costs(plan, schedule(plan))
    _, root = _written(plan, tmp_path)
    written = _assignment_costs(root)
    assert written[1] == 1600.0  # Ann, two days at 100/h: the plan stores 0
    assert written[2] == 30.0  # 4 units of steel at 7.5
    assert written[3] == 250.0  # the cost item's amount as typed in
    for uid in (1, 2, 3):
        assert written[uid] == round(costs.assignments[uid].cost, 2)


def test_a_stale_stored_cost_is_not_written_for_a_person(tmp_path: Path):
    plan = _plan()
    plan.assignments[0] = Assignment(1, 2, 1, 1.0, 960, cost=12.0)  # as read from an old file
    _, root = _written(plan, tmp_path)
    assert _assignment_costs(root)[1] == 1600.0


def test_assignment_costs_read_back_the_same(tmp_path: Path):
    plan = _plan(25.0)
    path, _ = _written(plan, tmp_path)
    back = read_mspdi(path)
    assert diff_plans(plan, back) == []
    by_uid = {a.uid: a.cost for a in back.assignments}
    assert by_uid == {1: 0.0, 2: 0.0, 3: 250.0}  # only the cost item's is the plan's own
    before, after = compute_costs(plan, schedule(plan)), compute_costs(back, schedule(back))
    assert after.task_cost == before.task_cost


def _with_assignment_cost(root: ET.Element, uid: int, hundredths: int) -> None:
    for a in root.iter(Q + "Assignment"):
        if a.findtext(Q + "UID") == str(uid):
            cost = a.find(Q + "Cost")
            assert cost is not None
            cost.text = str(hundredths)


def test_the_reader_keeps_a_cost_items_cost_only(tmp_path: Path):
    path, root = _written(_plan(), tmp_path)
    _with_assignment_cost(root, 1, 99900)  # a stale person's cost, as MS Project left it
    _with_assignment_cost(root, 3, 12345)
    ET.register_namespace("", NS)
    ET.ElementTree(root).write(path, xml_declaration=True, encoding="utf-8")
    back = {a.uid: a.cost for a in read_mspdi(path).assignments}
    assert back == {1: 0.0, 2: 0.0, 3: 123.45}


def test_shared_files_round_trip_with_the_same_assignments(shared_data: Path, tmp_path: Path):
    files = sorted((shared_data / "mspdi").glob("*.xml"))
    checked = 0
    for source in files:
        plan = read_mspdi(source)
        if not plan.assignments:
            continue
        out = tmp_path / source.name
        write_mspdi(plan, out)
        back = read_mspdi(out)
        changes = [c for c in diff_plans(plan, back) if c.entity == "assignment"]
        assert changes == [], source.name
        cost_items = {r.uid for r in plan.resources if r.type is ResourceType.COST}
        assert all(a.cost == 0 for a in plan.assignments if a.resource_uid not in cost_items)
        checked += 1
    assert checked >= 5
