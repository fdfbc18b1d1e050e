"""The project's Manager is its own field beside the Author, as MS Project keeps both: read
from and written to MSPDI's <Manager>, kept in the .gantry file (v27), typed in Project
Information and named by the status report ("Author" only when no manager is given)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from app.assets import resource_path
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import project_xml, write_mspdi
from app.report.status_pages import subtitle
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION

XML = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Depot</Name><Company>Northwind</Company><Manager>Ana Ruiz</Manager>
<Author>Tom Writer</Author><StartDate>2026-03-02T08:00:00</StartDate>
<Tasks><Task><UID>1</UID><ID>1</ID><Name>Survey</Name><Duration>PT8H0M0S</Duration>
<OutlineLevel>1</OutlineLevel></Task></Tasks></Project>
"""


def _plan(**fields: str) -> Plan:
    plan = Plan(project=Project(name="Depot", **fields))
    plan.append_task(Task(1, "Survey", duration_minutes=480))
    return plan


def test_s22rp_mspdi_manager_is_read_kept_apart_from_the_author_and_written_back(tmp_path):
    path = tmp_path / "depot.xml"
    path.write_text(XML, encoding="utf-8")
    project = read_mspdi(path).project
    assert (project.manager, project.author) == ("Ana Ruiz", "Tom Writer")
    out = tmp_path / "back.xml"
    write_mspdi(read_mspdi(path), out)
    text = out.read_text(encoding="utf-8")
    # the schema's order: Company, Manager, Author
    assert "<Company>Northwind</Company><Manager>Ana Ruiz</Manager><Author>Tom Writer" in text
    again = read_mspdi(out).project
    assert (again.manager, again.author) == ("Ana Ruiz", "Tom Writer")
    assert "<Manager>" not in project_xml(_plan(author="Tom Writer"), None)


def test_s22rp_the_report_names_the_manager_else_the_author_as_such():
    from tests.unit.test_status_report_pages import _report

    both = _report(_plan(manager="Ana Ruiz", author="Tom Writer"))
    assert "Manager: Ana Ruiz" in subtitle(both)
    assert "Tom Writer" not in subtitle(both)
    author_only = subtitle(_report(_plan(author="Tom Writer")))
    assert "Author: Tom Writer" in author_only
    assert "Manager" not in author_only


def test_s22rp_the_manager_is_kept_in_the_file_and_a_v26_file_opens(tmp_path):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, _plan(manager="Ana Ruiz", author="Tom")).close()
    assert read_plan(path).project.manager == "Ana Ruiz"
    old = tmp_path / "old.gantry"
    GantryFile.create(old, _plan(author="Tom")).close()
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE project DROP COLUMN manager")
    conn.execute("PRAGMA user_version = 26")
    conn.commit()
    conn.close()
    with GantryFile.open(old) as file:
        assert (file.plan.project.manager, file.plan.project.author) == ("", "Tom")
        file.plan.set_project(replace(file.plan.project, manager="Ana Ruiz"))
    assert (tmp_path / "old.gantry.v26.bak").exists()
    assert read_plan(old).project.manager == "Ana Ruiz"
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 27
    conn.close()


def test_s22rp_the_demo_names_its_manager():
    project = read_plan(resource_path("demo", "crm-rollout.gantry")).project
    assert project.manager == "Maria Lopez"


def test_s22rp_the_workbook_about_sheet_names_the_manager(tmp_path):
    import openpyxl

    from app import formats

    path = tmp_path / "client.xlsx"
    formats.write_plan(_plan(manager="Ana Ruiz", author="Tom"), path)
    about = {r[0].value: r[1].value for r in openpyxl.load_workbook(path)["About"].iter_rows()}
    assert about["Manager"] == "Ana Ruiz"
    formats.write_plan(_plan(author="Tom"), path)
    about = {r[0].value: r[1].value for r in openpyxl.load_workbook(path)["About"].iter_rows()}
    assert "Manager" not in about
