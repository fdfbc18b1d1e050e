"""MS Project's per-resource Can Level: leveling delays nothing for a person whose flag is
off (their over-allocation stays, and is named), kept in .gantry (v14, migrated from v13),
in MS Project XML, and by gantry level's output."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app import formats
from app.cli import main
from app.domain.leveling import level
from app.domain.leveling_rules import CAN_LEVEL_OFF
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(ana_levels: bool = True) -> Plan:
    """Ana on two parallel tasks, Bo on two parallel tasks of his own."""
    plan = Plan(project=Project(name="Levels", start=MON))
    for uid, days in ((1, 3), (2, 2), (3, 3), (4, 2)):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=days * DAY))
    plan.add_resource(Resource(1, "Ana", can_level=ana_levels))
    plan.add_resource(Resource(2, "Bo"))
    for uid, person in ((1, 1), (2, 1), (3, 2), (4, 2)):
        plan.add_assignment(Assignment(uid, uid, person, 1.0, plan.task(uid).duration_minutes))
    return plan


def test_a_new_resource_can_be_leveled():
    assert Resource(1, "Ana").can_level is True


def test_leveling_delays_nothing_for_a_person_who_cannot_be_leveled():
    on = level(_plan(True), schedule(_plan(True)))
    assert on.delays[2] == 3 * DAY  # Ana's second task waits for her first
    plan = _plan(False)
    off = level(plan, schedule(plan))
    assert off.delays[2] == 0
    assert off.delays[1] == 0
    assert off.delays[4] == 3 * DAY  # Bo is still leveled
    named = {(u.resource_uid, u.reason) for u in off.unresolved}
    assert (1, CAN_LEVEL_OFF) in named
    assert all(u.resource_uid == 1 for u in off.unresolved)


def test_a_person_who_cannot_be_leveled_makes_no_one_wait():
    """Ana (off) and Cy (on) share T2: only Cy's clash may delay it."""
    plan = _plan(False)
    plan.add_resource(Resource(3, "Cy"))
    plan.add_assignment(Assignment(5, 2, 3, 1.0, 2 * DAY))
    result = level(plan, schedule(plan))
    assert result.delays[2] == 0  # Cy is free: Ana's clash alone would have moved T2


def test_gantry_level_names_them(tmp_path, capsys):
    source = tmp_path / "levels.gantry"
    write_plan(_plan(False), source)
    assert main(["level", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Still over-allocated: Ana. Gantry cannot resolve the overallocation of Ana on " in out
    assert f": {CAN_LEVEL_OFF}, and 'T1' holds Ana then" in out
    leveled = read_plan(source)
    assert leveled.task(4).leveling_delay_minutes == 3 * DAY
    assert overallocated_resources(leveled, schedule(leveled)) == {1}


def test_the_flag_is_kept_in_the_file(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(False), path)
    back = read_plan(path)
    assert [r.can_level for r in back.resources] == [False, True]


def _as_v13(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE resources DROP COLUMN can_level")
    conn.execute("PRAGMA user_version = 13")
    conn.commit()
    conn.close()


def test_a_v13_file_migrates_after_a_backup_every_person_leveled(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(False), path)
    _as_v13(path)
    with GantryFile.open(path) as file:
        assert [r.can_level for r in file.plan.resources] == [True, True]
        ana = file.plan.resources[0]
        file.plan.update_resource(replace(ana, can_level=False))
    assert (tmp_path / "old.gantry.v13.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 14
    conn.close()
    assert [r.can_level for r in read_plan(path).resources] == [False, True]


def test_the_bundled_demo_has_the_column():
    from app.assets import resource_path

    path = resource_path("demo", "crm-rollout.gantry")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(resources)")}
    finally:
        conn.close()
    assert "can_level" in columns


def test_ms_project_xml_keeps_it(tmp_path):
    path = tmp_path / "plan.xml"
    formats.write_plan(_plan(False), path)
    assert "<CanLevel>0</CanLevel>" in path.read_text(encoding="utf-8")
    back = read_mspdi(path)
    assert [r.can_level for r in back.resources] == [False, True]


def test_a_file_where_no_person_can_be_leveled_is_a_converters_default(tmp_path):
    plan = _plan(False)
    plan.update_resource(replace(plan.resources[1], can_level=False))
    path = tmp_path / "plan.xml"
    formats.write_plan(plan, path)
    assert path.read_text(encoding="utf-8").count("<CanLevel>0</CanLevel>") == 2
    assert [r.can_level for r in read_mspdi(path).resources] == [True, True]


def test_ms_projects_own_files_turn_it_off_only_for_materials_and_costs(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "resource-type-project2016-mspdi.xml")
    off = {r.type.name for r in plan.resources if not r.can_level}
    assert off == {"MATERIAL", "COST"}
    assert all(r.can_level for r in plan.resources if r.type.name == "WORK")


def test_mpxj_converted_plans_keep_their_people_leveled(shared_data):
    """MPXJ wrote <CanLevel>0 on all 24 resources of MS Project's template."""
    path = shared_data / "mpp" / "Residential-Construction.xml"
    assert path.read_text(encoding="utf-8").count("<CanLevel>0</CanLevel>") == 24
    plan = read_mspdi(path)
    assert plan.resources
    assert all(r.can_level for r in plan.resources)


def test_a_v13_file_opened_read_only_is_not_written(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(False), path)
    _as_v13(path)
    before = path.read_bytes()
    with GantryFile.open(path, read_only=True) as file:
        assert [r.can_level for r in file.plan.resources] == [True, True]
    assert path.read_bytes() == before


def test_gantry_diff_sees_the_flag(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(True), old)
    write_plan(_plan(False), new)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Ana" in out
    assert "can_level" in out or "Can level" in out
