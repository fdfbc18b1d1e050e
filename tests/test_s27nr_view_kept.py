"""A plan's sheet view survives the full round-trip workbook; an .xml export says it drops it.

A PM who inserted Baseline Fixed Cost and Fixed Cost, sent the full workbook and read the
returned one got plain Entry again, without a note; ``gantry diff`` said no changes. The
``_gantry`` snapshot now keeps the view; a format that keeps none (.xml, .csv) says so, as
it says of the risks, and of the progress lines.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.progress_lines import ProgressLines
from app.domain.view_state import SheetView
from app.formats import read_plan
from app.formats import write_plan as save_plan
from app.io.plan_snapshot import plan_from_json, plan_to_json

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
VIEW = SheetView(
    columns=(("id", 54), ("name", 220), ("baseline_fixed_cost", 137), ("fixed_cost", 90)),
    task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="CRM"),
    task_group=built_in("resource"),
    folded_groups=frozenset({("Resource Names: Jonas Weber",)}),
)


def test_s27nr_the_snapshot_keeps_the_sheet_view() -> None:
    plan = read_plan(DEMO)
    plan.view = VIEW
    assert plan_from_json(plan_to_json(plan)).view == VIEW
    plan.view = None
    assert '"view"' not in plan_to_json(plan)  # none: the snapshot as before


def test_s27nr_gantry_to_workbook_to_gantry_keeps_inserted_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = read_plan(DEMO)
    plan.view = VIEW
    src = tmp_path / "cols.gantry"
    save_plan(plan, src)
    book, back = tmp_path / "cols.xlsx", tmp_path / "back.gantry"
    assert main(["convert", str(src), str(book)]) == 0
    assert main(["convert", str(book), str(back)]) == 0
    assert read_plan(back).view == VIEW


def test_s27nr_xml_export_says_it_keeps_no_view_or_progress_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = read_plan(DEMO)
    plan.view = VIEW
    plan.set_project(replace(plan.project, progress_lines=ProgressLines(current=True)))
    src = tmp_path / "cols.gantry"
    save_plan(plan, src)
    capsys.readouterr()
    assert main(["convert", str(src), str(tmp_path / "out.xml")]) == 0
    err = capsys.readouterr().err
    assert ".xml keeps no sheet layout" in err
    assert "and no progress lines" in err
    plain = tmp_path / "plain.gantry"
    shutil.copy(DEMO, plain)
    assert main(["convert", str(plain), str(tmp_path / "plain.xml")]) == 0
    assert "keeps no sheet layout" not in capsys.readouterr().err  # nothing to drop: no word
