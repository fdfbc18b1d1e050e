"""Page Setup's margins, header, footer, legend and notes are kept with the plan (v26), as
MS Project keeps its page setup in the project file; a v25 file opens printing as it did."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.assets import resource_path
from app.domain.errors import InputError
from app.domain.page_setup import LegendOn, PageSetup, checked, fill, unknown_fields
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.store.page_setup_rows import COLUMNS
from app.store.schema import SCHEMA_VERSION

OWN = PageSetup(
    margins_mm=(20.0, 15.0, 12.7, 25.4),
    header=("", "&[Project] — it's 'quoted'", "&[Date]"),
    footer=("Prepared by &[Manager]", "&[Page] / &[Pages]", "Status &[Status Date]"),
    legend=LegendOn.LAST_PAGE,
    legend_text="Northwind &[Company]",
    print_notes=True,
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Kick-off", duration_minutes=480))
    return plan


def test_s22pg_the_page_setup_is_kept_in_the_file(tmp_path) -> None:
    path = tmp_path / "plan.gantry"
    plan = _plan()
    plan.set_project(replace(plan.project, page_setup=OWN))
    GantryFile.create(path, plan).close()
    assert read_plan(path).project.page_setup == OWN


def test_s22pg_a_v25_file_opens_with_the_page_setup_it_printed_with(tmp_path) -> None:
    path = tmp_path / "old.gantry"
    GantryFile.create(path, _plan()).close()
    conn = sqlite3.connect(path)
    for name, _declaration in reversed(COLUMNS):
        conn.execute(f"ALTER TABLE project DROP COLUMN {name}")
    conn.execute("PRAGMA user_version = 25")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.project.page_setup == PageSetup()
        file.plan.set_project(replace(file.plan.project, page_setup=OWN))
    assert (tmp_path / "old.gantry.v25.bak").exists()
    assert read_plan(path).project.page_setup == OWN
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 26
    conn.close()


def test_s22pg_the_demo_keeps_the_default_page_setup() -> None:
    assert read_plan(resource_path("demo", "crm-rollout.gantry")).project.page_setup == (
        PageSetup()
    )


def test_s22pg_fields_fill_in_and_unknown_ones_are_named() -> None:
    values = {"Project": "CRM", "Page": "2", "Pages": "7"}
    assert fill("&[project] p. &[Page] of &[ PAGES ] &[Status Date]", values) == "CRM p. 2 of 7 "
    assert unknown_fields("&[Page] &[Pgae] &[]") == ["&[Pgae]", "&[]"]
    with pytest.raises(
        InputError, match=r"footer right: unknown field '&\[Pgae\]' \(use &\[Project\]"
    ):
        checked(replace(OWN, footer=("", "", "&[Pgae]")))
    with pytest.raises(InputError, match="the left margin is -5 mm: a margin cannot be negative"):
        checked(replace(OWN, margins_mm=(10, 10, -5, 10)))
    assert checked(OWN) is OWN
