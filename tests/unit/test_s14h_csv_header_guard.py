"""A custom field alias that looks like a formula is guarded in the CSV header too."""

from __future__ import annotations

import csv
from datetime import datetime

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.csv_plan import read_csv, write_csv


def _plan(alias: str) -> Plan:
    project = Project(start=datetime(2026, 3, 2, 8), custom_fields=(CustomField("Text1", alias),))
    plan = Plan(project=project)
    plan.append_task(Task(uid=1, name="Build", duration_minutes=480, custom=(("Text1", "x"),)))
    return plan


def test_formula_alias_is_written_as_text_and_read_back(tmp_path):
    alias = '=HYPERLINK("http://evil")'
    path = tmp_path / "p.csv"
    write_csv(_plan(alias), path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    titles = [t for t in header if "Text1" in t]
    assert titles == [f"'{alias} (Text1)"]
    assert not any(t.startswith(("=", "+", "-", "@")) for t in header)
    back = read_csv(path)
    assert back.project.custom_fields == (CustomField("Text1", alias),)
    assert dict(back.tasks[0].custom) == {"Text1": "x"}


def test_plain_alias_header_unchanged(tmp_path):
    path = tmp_path / "p.csv"
    write_csv(_plan("Owner"), path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    assert "Owner (Text1)" in header
