"""A .gantry plan keeps "Tasks will always honor their constraint dates" (schema v52): a
client's file with it off, kept as .gantry and sent back as .xml, still says off, and the
window's Project Information changes it as one undoable step. A plan from before v52 was
scheduled with the dates honored and keeps them so."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile, read_plan
from app.store.honor_rows import COLUMN, add_column, honor_in
from app.store.migrations import MIGRATIONS
from app.store.schema import SCHEMA_VERSION


def test_a_plan_keeps_the_option(tmp_path):
    path = tmp_path / "plan.gantry"
    plan = Plan(project=Project(start=datetime(2027, 3, 1, 8), honor_constraints=False))
    GantryFile.create(path, plan).close()
    assert read_plan(path).project.honor_constraints is False
    on = tmp_path / "on.gantry"
    GantryFile.create(on, Plan(project=Project(start=datetime(2027, 3, 1, 8)))).close()
    assert read_plan(on).project.honor_constraints is True


def test_v52_adds_the_column_on(tmp_path):
    assert SCHEMA_VERSION >= 52
    assert MIGRATIONS[52] is add_column
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE project (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO project VALUES (1, 'Old')")
    row = conn.execute("SELECT * FROM project").fetchone()
    assert honor_in(row) is True  # a row without it: honored, as scheduled before
    add_column(conn)
    add_column(conn)  # a file labelled older than it is keeps its column
    row = conn.execute("SELECT * FROM project").fetchone()
    assert row[COLUMN] == 1
    assert honor_in(row) is True
    conn.close()


def test_the_client_option_survives_xml_gantry_xml(shared_data, tmp_path, capsys):
    source = next(shared_data.rglob("mspdirelations.xml"))
    kept, back = tmp_path / "kept.gantry", tmp_path / "back.xml"
    assert main(["convert", str(source), str(kept)]) == 0
    assert main(["convert", str(kept), str(back)]) == 0
    assert read_mspdi(back).project.honor_constraints is False
    assert "<HonorConstraints>0</HonorConstraints>" in back.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["diff", str(source), str(kept), "--json"]) == 0
    assert '"honor_constraints"' not in capsys.readouterr().out


def test_the_demo_plan_is_at_the_current_version():
    from app.assets import resource_path

    demo = resource_path("demo", "crm-rollout.gantry")
    conn = sqlite3.connect(demo)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
        assert COLUMN in columns
    finally:
        conn.close()
