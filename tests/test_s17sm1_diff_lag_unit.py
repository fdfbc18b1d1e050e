"""The unit a lag was typed in (Link.lag_unit, e6c0cce) in ``gantry diff`` and the review.

A lag made +1w from +5d (the same 2,400 minutes) showed no change; it now shows a
``lag_unit`` change, and a new lag taken back keeps the unit it was typed in. A format
that keeps no unit (.gan, MS Project's days) does not make every lag look changed: a
unit is a change only where it shows (+5d with no unit typed +5d is none; s18d).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app import formats
from app.cli import main
from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.merge import apply_changes, copy_plan
from app.domain.plan import Plan
from app.domain.task import DurationUnit
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET
from tests.gui.conftest import build_plan

DAY = 480
SPECS, REVIEW, CODE, TEST, GO_LIVE = 2, 3, 5, 6, 7


def _with_lags() -> Plan:
    """Specs->Review +1w, Review->Code +5d (typed in days), Code->Test +2d (no unit kept)."""
    plan = build_plan()
    plan.update_link(Link(SPECS, REVIEW, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS))
    plan.update_link(Link(REVIEW, CODE, lag_minutes=5 * DAY, lag_unit=DurationUnit.DAYS))
    plan.update_link(Link(CODE, TEST, lag_minutes=2 * DAY))
    return plan


def _relinked(plan: Plan, pred: int, succ: int, **fields: object) -> Plan:
    other = copy_plan(plan)
    found = other.find_link(pred, succ)
    assert found is not None
    other.update_link(replace(found, **fields))  # type: ignore[arg-type]
    return other


def _link_fields(changes) -> list[tuple[object, object, object, object]]:
    return [(c.uid, c.field, c.old, c.new) for c in changes if c.entity == "link"]


def test_s17sm1_a_lag_typed_in_another_unit_is_a_change() -> None:
    plan = _with_lags()
    weeks = _relinked(plan, REVIEW, CODE, lag_unit=DurationUnit.WEEKS)  # +5d made +1w
    assert _link_fields(diff_plans(plan, weeks)) == [
        (f"{REVIEW}->{CODE}", "lag_unit", "DAYS", "WEEKS")
    ]


def test_s17sm1_a_side_without_a_unit_is_no_change() -> None:
    plan = _with_lags()
    bare = _relinked(plan, REVIEW, CODE, lag_unit=None)  # +5d with no unit: +5d still
    assert _link_fields(diff_plans(plan, bare)) == []
    assert _link_fields(diff_plans(bare, plan)) == []
    typed = _relinked(plan, CODE, TEST, lag_unit=DurationUnit.DAYS)  # +2d typed where none was
    assert _link_fields(diff_plans(plan, typed)) == []
    # +1w with no unit reads +5d: a change a user sees (s18d; a format that keeps no
    # unit, .gan, compares none: test_s17sm1_gantry_diff_against_another_format...)
    bare = _relinked(plan, SPECS, REVIEW, lag_unit=None)
    assert _link_fields(diff_plans(plan, bare)) == [
        (f"{SPECS}->{REVIEW}", "lag_unit", "WEEKS", None)
    ]


def test_s17sm1_a_new_lag_is_one_change_and_keeps_its_unit() -> None:
    plan = _with_lags()
    theirs = _relinked(plan, REVIEW, CODE, lag_minutes=10 * DAY, lag_unit=DurationUnit.WEEKS)
    changes = diff_plans(plan, theirs)  # +5d made +2w: the lag, its unit with it
    assert _link_fields(changes) == [(f"{REVIEW}->{CODE}", "lag_minutes", 5 * DAY, 10 * DAY)]
    ours = copy_plan(plan)
    apply_changes(ours, theirs, changes)
    assert ours.find_link(REVIEW, CODE) == theirs.find_link(REVIEW, CODE)  # +2w, not +10d
    alone = _relinked(plan, REVIEW, CODE, lag_unit=DurationUnit.WEEKS)
    ours = copy_plan(plan)
    apply_changes(ours, alone, diff_plans(plan, alone))
    assert ours.find_link(REVIEW, CODE) == alone.find_link(REVIEW, CODE)


def _diff_json(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["changes"]


@pytest.mark.parametrize("suffix", [".csv", ".gan", ".xml", ".xlsx"])
def test_s17sm1_gantry_diff_against_another_format_shows_no_lag_changed(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.gantry"
    formats.write_plan(_with_lags(), source)
    other = tmp_path / f"plan{suffix}"
    assert main(["convert", str(source), str(other)]) == 0
    for old, new in ((source, other), (other, source)):
        links = [c for c in _diff_json(capsys, old, new) if c["entity"] == "link"]
        assert links == [], (suffix, links)


def test_s17sm1_gantry_diff_of_two_plans_shows_the_unit_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _with_lags()
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(plan, old)
    formats.write_plan(_relinked(plan, REVIEW, CODE, lag_unit=DurationUnit.WEEKS), new)
    changes = _diff_json(capsys, old, new)
    assert [(c["uid"], c["field"], c["old"], c["new"]) for c in changes] == [
        (f"{REVIEW}->{CODE}", "lag_unit", "DAYS", "WEEKS")
    ]


def test_s17sm1_a_returned_workbook_shows_the_lag_retyped_in_weeks(tmp_path: Path) -> None:
    path = tmp_path / "client.xlsx"
    write_workbook(_with_lags(), path)
    book = openpyxl.load_workbook(path)
    sheet = book[PLAN_SHEET]
    col = PLAN_COLUMNS.index("Predecessors") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == CODE)
    assert sheet.cell(row, col).value == "3FS+5d"
    sheet.cell(row, col).value = "3FS+1w"  # the client retypes the same lag in weeks
    book.save(path)
    trip = read_roundtrip_workbook(path)
    changes = diff_plans(trip.base, trip.theirs)
    assert _link_fields(changes) == [(f"{REVIEW}->{CODE}", "lag_unit", "DAYS", "WEEKS")]
