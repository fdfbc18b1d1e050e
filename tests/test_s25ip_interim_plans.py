"""Interim plans (MS Project's Set interim plan: Start1..10/Finish1..10): copied from the
current Start/Finish or a baseline's, for every task or the selected ones; cleared for the
entire project or the selected tasks; kept in the .gantry file (schema v34; a v33 file has
none), written as it changes; ``gantry baseline --interim N [--from-baseline M]`` and
``--clear --interim N``."""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.interim import cleared_interim, interim_plan
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2027, 3, 1, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="House", start=MON))
    plan.append_task(Task(1, "Wall", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Roof", duration_minutes=3 * DAY))
    plan.add_link(Link(1, 2))
    return plan


def _times(plan: Plan, uid: int) -> tuple[datetime, datetime]:
    t = schedule(plan).times.get(uid)
    assert t is not None
    return t.start, t.finish


def test_s25ip_set_interim_plan_copies_start_and_finish_of_every_task():
    plan = _plan()
    new = interim_plan(plan, schedule(plan), 1)
    assert new.label() == "Start1/Finish1"
    assert [(e.task_uid, e.start, e.finish) for e in new.entries] == [
        (1, *_times(plan, 1)),
        (2, *_times(plan, 2)),
    ]


def test_s25ip_selected_tasks_keep_the_others_entries_and_a_baseline_is_a_source():
    plan = _plan()
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 2, MON))
    plan.set_interim(interim_plan(plan, found, 4))
    roof_was = plan.interims[4].entry(2)
    plan.update_task(replace(plan.task(1), duration_minutes=4 * DAY))  # the plan slips
    moved = schedule(plan)
    plan.set_interim(interim_plan(plan, moved, 4, None, [1]))
    assert plan.interims[4].entry(1) == InterimEntry(1, *_times(plan, 1))
    assert plan.interims[4].entry(2) == roof_was  # not selected: kept
    from_base = interim_plan(plan, moved, 5, 2)
    base = plan.baselines[2].entry(1)
    assert base is not None
    assert from_base.entry(1) == InterimEntry(1, base.start, base.finish)
    with pytest.raises(InputError, match="Baseline 7 is not saved"):
        interim_plan(plan, moved, 5, 7)
    with pytest.raises(InputError, match="numbered 1 to 10"):
        interim_plan(plan, moved, 11)


def test_s25ip_clear_interim_plan_whole_or_for_selected_tasks():
    plan = _plan()
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    assert cleared_interim(plan, 2) is None  # not set
    some = cleared_interim(plan, 1, [2])
    assert some is not None
    assert some.left == InterimPlan(1, plan.interims[1].entries[:1])
    whole = cleared_interim(plan, 1)
    assert whole is not None
    assert whole.left is None
    assert whole.removed == 2
    plan.clear_interim(1)
    assert plan.interims == {}


def test_s25ip_the_gantry_file_keeps_interim_plans_as_they_change(tmp_path):
    path = tmp_path / "house.gantry"
    plan = _plan()
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    write_plan(plan, path)
    assert read_plan(path).interims == plan.interims
    opened = GantryFile.open(path)  # an open file is written change by change
    doc_plan = opened.plan
    doc_plan.set_interim(interim_plan(doc_plan, schedule(doc_plan), 3, None, [2]))
    doc_plan.clear_interim(1)
    opened.close()
    back = read_plan(path)
    assert sorted(back.interims) == [3]
    assert [e.task_uid for e in back.interims[3].entries] == [2]


def test_s25ip_the_workbook_snapshot_carries_interim_plans():
    plan = _plan()
    assert "interims" not in plan_to_json(plan)  # none: the snapshot as before
    plan.set_interim(interim_plan(plan, schedule(plan), 2))
    assert plan_from_json(plan_to_json(plan)).interims == plan.interims


def test_s25ip_a_v33_file_opens_with_no_interim_plans(tmp_path):
    old = tmp_path / "v33.gantry"
    shown = subprocess.run(
        ["git", "show", "8ff8a0b0:resources/demo/crm-rollout.gantry"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    old.write_bytes(shown.stdout)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 33
    conn.close()
    plan = read_plan(old)
    assert plan.interims == {}
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    write_plan(plan, tmp_path / "again.gantry")
    assert len(read_plan(tmp_path / "again.gantry").interims[1].entries) == len(plan.tasks)
    with sqlite3.connect(tmp_path / "again.gantry") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 34
    conn.close()


def test_s25ip_gantry_baseline_interim_sets_and_clears(tmp_path, capsys):
    path = tmp_path / "house.gantry"
    write_plan(_plan(), path)
    assert main(["baseline", str(path), "--interim", "2"]) == 0
    assert "Start/Finish copied into Start2/Finish2 (2 tasks in it)" in capsys.readouterr().out
    assert len(read_plan(path).interims[2].entries) == 2
    assert main(["baseline", str(path), "--interim", "2", "--from-baseline", "1"]) == 1
    assert capsys.readouterr().err.strip() == "gantry: Baseline 1 is not saved: nothing to copy"
    assert main(["baseline", str(path), "--clear", "--interim", "2", "--tasks", "1"]) == 0
    said = capsys.readouterr().out
    assert "Start2/Finish2 cleared for 1 task; the others keep theirs" in said
    assert [e.task_uid for e in read_plan(path).interims[2].entries] == [2]
    assert main(["baseline", str(path), "--clear", "--interim", "2"]) == 0
    assert read_plan(path).interims == {}
    assert main(["baseline", str(path), "--interim", "1", "-o", str(tmp_path / "a.csv")]) == 2
    assert "would not keep the interim plan" in capsys.readouterr().err
    assert not (tmp_path / "a.csv").exists()


def test_s25ip_ms_project_xml_writes_and_reads_start_n_finish_n(tmp_path):
    from app.io.mspdi import read_mspdi
    from app.io.mspdi_write import write_mspdi

    plan = _plan()
    found = schedule(plan)
    plan.set_interim(interim_plan(plan, found, 1))
    plan.set_interim(interim_plan(plan, found, 7, None, [2]))
    path = tmp_path / "house.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    # MS Project's FieldIDs: Start1 188743732, Finish1 188743733, Start7 188743964
    for fid, name in ((188743732, "Start1"), (188743733, "Finish1"), (188743964, "Start7")):
        assert f"<FieldID>{fid}</FieldID><FieldName>{name}</FieldName>" in text
    assert text.count("<FieldID>188743964</FieldID><Value>") == 1  # Roof only
    back = read_mspdi(path)
    assert back.interims == plan.interims
    write_mspdi(_plan(), path)  # none: nothing new written
    assert "<ExtendedAttribute" not in path.read_text(encoding="utf-8")


def test_s25ip_an_ms_project_file_with_start2_finish2_reads_them_unnoted(
    shared_data, tmp_path, capsys
):
    """MS Project's mspdiresource.xml as an auditor's MS Project saved it after Set interim
    plan into Start2/Finish2 on Task A: read as interim plan 2, not 'not kept'."""
    from app.io.mspdi import read_mspdi

    text = (shared_data / "mspdi" / "mspdiresource.xml").read_text(encoding="utf-8")
    defined = (
        "<ExtendedAttributes><ExtendedAttribute><FieldID>188743735</FieldID>"
        "<FieldName>Start2</FieldName></ExtendedAttribute><ExtendedAttribute>"
        "<FieldID>188743736</FieldID><FieldName>Finish2</FieldName></ExtendedAttribute>"
    )
    text = text.replace("<ExtendedAttributes>", defined, 1)
    row = text.index("<Name>Task A</Name>")
    end = text.index("</Task>", row)
    values = (
        "<ExtendedAttribute><FieldID>188743735</FieldID><Value>2010-03-15T08:00:00</Value>"
        "</ExtendedAttribute><ExtendedAttribute><FieldID>188743736</FieldID>"
        "<Value>2010-03-19T17:00:00</Value></ExtendedAttribute>"
    )
    source = tmp_path / "interim.xml"
    source.write_text(text[:end] + values + text[end:], encoding="utf-8")
    plan = read_mspdi(source)
    assert plan.interims == {
        2: InterimPlan(2, (InterimEntry(2, datetime(2010, 3, 15, 8), datetime(2010, 3, 19, 17)),))
    }
    assert main(["convert", str(source), str(tmp_path / "out.gantry")]) == 0
    said = capsys.readouterr()
    assert "Start2" not in said.out + said.err
    assert read_plan(tmp_path / "out.gantry").interims == plan.interims


def test_s25ip_gantry_diff_names_interim_plans_set_cleared_and_moved(tmp_path, capsys):
    plan = _plan()
    a, b, c = (tmp_path / f"{x}.gantry" for x in "abc")
    write_plan(plan, a)
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    write_plan(plan, b)
    plan.update_task(replace(plan.task(1), duration_minutes=4 * DAY))  # Wall slips 2 days
    plan.set_interim(interim_plan(plan, schedule(plan), 1, None, [1]))
    write_plan(plan, c)
    assert main(["diff", str(a), str(b)]) == 0
    assert "added    Interim plan Start1/Finish1" in capsys.readouterr().out
    assert main(["diff", str(b), str(a)]) == 0
    assert "removed  Interim plan Start1/Finish1" in capsys.readouterr().out
    assert main(["diff", str(b), str(c)]) == 0
    said = capsys.readouterr().out
    assert "Interim plan Start1/Finish1 of ID 1 'Wall'" in said
    assert "Finish1 2027-03-02 17:00 -> 2027-03-04 17:00" in said
    assert "of ID 2 'Roof'" not in said  # not copied again: unchanged


def test_s25ip_copies_of_the_plan_keep_interim_plans():
    from app.domain.leveling import without_leveling
    from app.domain.merge import copy_plan
    from app.io.safe_text import safe_plan

    plan = _plan()
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    assert copy_plan(plan).interims == plan.interims  # what an Import applies onto
    assert without_leveling(plan).interims == plan.interims  # Clear Leveling's plan
    plan.update_task(replace(plan.task(1), name="Wall\x07"))  # a control character
    cleaned = safe_plan(plan)
    assert cleaned is not plan
    assert cleaned.interims == plan.interims


def test_s25ip_a_format_without_interim_plans_says_they_are_not_saved():
    from app.formats import not_kept

    plan = _plan()
    assert not any("interim" in line for line in not_kept(plan, ".xlsx"))  # none: no word
    plan.set_interim(interim_plan(plan, schedule(plan), 3))
    plan.set_interim(interim_plan(plan, schedule(plan), 1))
    said = "Start1/Finish1, Start3/Finish3 not saved"
    assert f".gan keeps no interim plans: {said}" in not_kept(plan, ".gan")
    for ext in (".gantry", ".xml", ".xlsx"):  # a workbook: its _gantry sheet and Plan sheet
        assert not any("interim" in line for line in not_kept(plan, ext))
