"""An interim plan remembers when it was set (schema v37), as a baseline does: the .gantry
keeps it (set, replaced, cleared, undone alike), ``gantry baseline --interim N`` stamps it,
a full workbook carries it in its snapshot; a file that cannot say (an MS Project XML, a
workbook without its _gantry sheet, a .gantry written before v37) reads it as not known."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.interim import interim_plan
from app.domain.interim_plan import InterimPlan
from app.domain.scheduler import schedule
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION
from app.ui.budget.baseline_dialog import interim_choices
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 11, 23, 14, 5)
LATER = datetime(2026, 11, 30, 9, 30)


def _plan_with_interim(number=1, saved_at=SAVED):
    plan = build_plan()
    plan.set_interim(interim_plan(plan, schedule(plan), number, None, None, saved_at))
    return plan


def test_s27it_the_gantry_keeps_when_each_interim_plan_was_set(tmp_path):
    path = tmp_path / "p.gantry"
    plan = _plan_with_interim()
    write_plan(plan, path)
    assert read_plan(path).interims[1].saved_at == SAVED
    with GantryFile.open(path) as opened:  # set again, later: the file keeps the new moment
        doc = opened.plan  # an open file writes change by change
        doc.set_interim(replace(doc.interims[1], saved_at=LATER))
        doc.set_interim(InterimPlan(3, doc.interims[1].entries[:2], SAVED))
    back = read_plan(path)
    assert back.interims[1].saved_at == LATER
    assert back.interims[1].entries == plan.interims[1].entries
    assert back.interims[3].saved_at == SAVED
    with GantryFile.open(path) as opened:
        doc = opened.plan
        doc.clear_interim(3)
        doc.set_interim(replace(doc.interims[1], saved_at=None))  # as a v36 file's
    back = read_plan(path)
    assert sorted(back.interims) == [1]
    assert back.interims[1].saved_at is None
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM interim_times").fetchone()[0] == 0
    conn.close()


def test_s27it_a_v36_file_reads_no_time_and_the_dialog_counts_tasks(tmp_path):
    path = tmp_path / "v36.gantry"
    plan = _plan_with_interim()
    write_plan(plan, path)
    with sqlite3.connect(path) as conn:  # as a v36 file: interim plans without times
        conn.execute("DROP TABLE interim_times")
        conn.execute("PRAGMA user_version = 36")
    conn.close()
    with GantryFile.open(path) as opened:
        held = opened.plan.interims[1]
        assert held.entries == plan.interims[1].entries
        assert held.saved_at is None
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 37
    conn.close()
    tasks = len(held.entries)
    assert interim_choices({1: held})[0] == f"Start1/Finish1 (in use, {tasks} tasks)"
    assert (
        interim_choices(plan.interims)[0] == "Start1/Finish1 (last saved on Mon 2026-11-23 14:05)"
    )


def test_s27it_the_demo_plan_is_at_the_current_schema():
    from app.assets import resource_path

    with sqlite3.connect(resource_path("demo", "crm-rollout.gantry")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert "interim_times" in tables


def test_s27it_the_snapshot_carries_the_time_and_an_old_one_reads_none():
    plan = _plan_with_interim()
    assert plan_from_json(plan_to_json(plan)).interims[1].saved_at == SAVED
    unknown = _plan_with_interim(saved_at=None)  # as a snapshot written before s27it
    assert plan_from_json(plan_to_json(unknown)).interims[1].saved_at is None


def test_s27it_workbooks_and_xml(tmp_path, capsys):
    source = tmp_path / "p.gantry"
    write_plan(_plan_with_interim(), source)
    full, bare, xml = tmp_path / "p.xlsx", tmp_path / "bare.xlsx", tmp_path / "x.xml"
    assert main(["convert", str(source), str(full)]) in (0, None)
    assert main(["convert", str(source), str(bare), "--no-roundtrip"]) in (0, None)
    assert main(["convert", str(source), str(xml)]) in (0, None)
    for read, saved in ((full, SAVED), (bare, None), (xml, None)):
        back = tmp_path / f"{read.stem}-back.gantry"
        capsys.readouterr()
        assert main(["convert", str(read), str(back)]) in (0, None)
        held = read_plan(back).interims.get(1)  # a bare workbook's: not recovered at all
        assert (held.saved_at if held is not None else None) == saved, read.name
    assert read_plan(tmp_path / "x-back.gantry").interims[1].entries  # the .xml's, no time


def test_s27it_gantry_baseline_interim_stamps_the_moment(tmp_path, capsys):
    path = tmp_path / "p.gantry"
    write_plan(build_plan(), path)
    before = datetime.now().replace(second=0, microsecond=0)
    assert main(["baseline", str(path), "--interim", "2"]) == 0
    saved = read_plan(path).interims[2].saved_at
    assert saved is not None
    assert before <= saved <= datetime.now()
    assert saved.second == 0


def test_s27it_gantry_baseline_interim_says_when_the_one_replaced_was_saved(tmp_path, capsys):
    path = tmp_path / "p.gantry"
    write_plan(_plan_with_interim(), path)
    assert main(["baseline", str(path), "--interim", "1"]) == 0
    said = capsys.readouterr().out
    assert ", replacing the one last saved on Mon 2026-11-23 14:05; written to " in said
    assert main(["baseline", str(path), "--interim", "4"]) == 0
    assert "replacing" not in capsys.readouterr().out  # a free one: nothing replaced
