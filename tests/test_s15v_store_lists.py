""".gantry files keep value lists of Number, Cost, Date and Duration fields (schema v17:
the v12 table, each value as a task's value of the field is stored); a v16 file opens
with its Text lists, and a v16 build refuses a v17 file instead of misreading its lists."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.store import document
from app.store.document import read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

LISTS = (
    value_list("Text2", [ListValue("Low"), ListValue("High, urgent", "call")], True),
    replace(value_list("Number1", [ListValue(1.0), ListValue(2.5, "half")], True), alias="Size"),
    value_list("Date1", [ListValue(datetime(2026, 3, 2, 8, 0), "kick-off")], False),
    value_list("Cost1", [ListValue(1200.25), ListValue(99.0)], True),
    value_list("Duration1", [ListValue(960), ListValue(2400)], True),
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Number1", 2.5), ("Duration1", 960))))
    for field in LISTS:
        plan.set_custom_field(field)
    return plan


def test_lists_of_every_kind_survive_a_save_with_their_types(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.project.custom_fields == _plan().project.custom_fields
    kinds = [[type(v.value) for v in f.values] for f in back.project.custom_fields]
    assert kinds == [[str, str], [float, float], [datetime], [float, float], [int, int]]
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT field, value FROM custom_field_values WHERE field IN ('Date1', 'Duration1') "
        "ORDER BY field, seq"
    ).fetchall()
    assert rows == [("Date1", "2026-03-02T08:00:00"), ("Duration1", "960"), ("Duration1", "2400")]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 17


def test_a_v16_file_opens_with_its_text_lists(tmp_path):
    path = tmp_path / "old.gantry"
    plan = Plan()
    plan.append_task(Task(1, "Design"))
    plan.set_custom_field(value_list("Text2", [ListValue("Low"), ListValue("High")], True))
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 16")
    conn.commit()
    conn.close()
    back = read_plan(path)
    assert back.project.custom_fields == plan.project.custom_fields


def test_a_build_reading_up_to_v16_refuses_a_file_with_number_lists(tmp_path, monkeypatch):
    path = tmp_path / "new.gantry"
    write_plan(_plan(), path)
    monkeypatch.setattr(document, "SCHEMA_VERSION", 16)
    with pytest.raises(document.NewerVersionError, match="this version reads up to 16"):
        read_plan(path)
