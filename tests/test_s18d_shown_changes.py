"""``gantry diff``, the import review and the merge list only what a user can see changed,
and say it as the sheet shows it.

- % complete is compared as the sheet shows it (app/domain/percent_shown.py): the same
  plan saved as CSV (whole percents) is no change; 22 -> 23 still is.
- The review shows a % complete as the sheet does (22%, not 22.2222%).
- A lag retyped in another unit reads as the link before and after (3FS+5d -> 3FS+1w) in
  the review, the text diff and the JSON diff alike.
- A lag with no unit retyped with one is a change when it shows differently (+5d made
  +1w), not when it shows the same (+5d typed +5d); diff and merge agree.
- One side changing a lag's unit and the other its length is a conflict.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app import formats
from app.cli import main
from app.domain.diff import PlanChange, diff_plans
from app.domain.link import Link
from app.domain.merge import apply_changes, copy_plan, revert, three_way
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.task import DurationUnit
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_cells import PLAN_COLUMNS, PLAN_SHEET
from app.ui.exchange.labels import show_value, with_link_texts
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.gui.conftest import build_plan

DAY = 480
SPECS, REVIEW, CODE, TEST = 2, 3, 5, 6
CODE_LINK = f"{REVIEW}->{CODE}"


def _two_of_nine_done() -> Plan:
    """Code is 9d with 2d done: 22.22...% kept exactly, 22% shown."""
    plan = build_plan()
    code = plan.task(CODE)
    plan.update_task(
        replace(code, duration_minutes=9 * DAY, percent_complete=exact_percent(2 * DAY, 9 * DAY))
    )
    return plan


def _with_lag(plan: Plan, pred: int, succ: int, **fields: object) -> Plan:
    out = copy_plan(plan)
    found = out.find_link(pred, succ)
    assert found is not None
    out.update_link(replace(found, **fields))  # type: ignore[arg-type]
    return out


def _lags() -> Plan:
    """Review->Code +5d typed in days, Code->Test +2d with no unit kept."""
    plan = _with_lag(build_plan(), REVIEW, CODE, lag_minutes=5 * DAY, lag_unit=DurationUnit.DAYS)
    return _with_lag(plan, CODE, TEST, lag_minutes=2 * DAY)


def _diff(capsys: pytest.CaptureFixture[str], old: Path, new: Path, *json_flag: str) -> str:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), *json_flag]) == 0
    return capsys.readouterr().out


def _fields(changes) -> list[tuple[object, object, object, object]]:
    return [(c.uid, c.field, c.old, c.new) for c in changes]


# ------------------------------------------------------------------ 1. % as shown


def test_s18d_the_same_plan_as_csv_shows_no_percent_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, csv = tmp_path / "x.gantry", tmp_path / "x.csv"
    formats.write_plan(_two_of_nine_done(), source)
    assert main(["convert", str(source), str(csv)]) == 0
    assert _diff(capsys, source, csv) == "no changes\n"
    assert json.loads(_diff(capsys, csv, source, "--json")) == {"changes": []}


def test_s18d_a_percent_a_user_sees_change_is_listed_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _two_of_nine_done()
    more = copy_plan(plan)
    more.update_task(replace(more.task(CODE), percent_complete=23.0))
    assert _fields(diff_plans(plan, more)) == [(CODE, "percent_complete", 22, 23)]
    same = copy_plan(plan)  # 2.01d of 9d: 22.33 %, still 22 % on the sheet
    same.update_task(replace(same.task(CODE), percent_complete=22.33))
    assert diff_plans(plan, same) == []
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(plan, old)
    formats.write_plan(more, new)
    # s27di: the task's progress line in the progress section
    assert "  ID 5 'Code': 22% -> 23%" in _diff(capsys, old, new).splitlines()


def test_s18d_undoing_a_merge_puts_back_the_exact_percent() -> None:
    plan = _two_of_nine_done()
    theirs = copy_plan(plan)
    theirs.update_task(replace(theirs.task(CODE), percent_complete=22.4))
    ours = copy_plan(plan)
    # what the user cannot see is not offered, but undo must not lose the exact figure
    applied = apply_changes(ours, theirs, [])
    ours.update_task(replace(ours.task(CODE), percent_complete=22.4))
    revert(ours, applied)
    assert ours.task(CODE).percent_complete == plan.task(CODE).percent_complete


def test_s18d_a_workbook_keeping_whole_percents_is_no_clash() -> None:
    """The exported workbook reads 22 % back; the plan keeps 22.22 %: not an edit here, so
    the client's 30 % is no conflict."""
    base = _two_of_nine_done()
    shown_base = copy_plan(base)
    shown_base.update_task(replace(shown_base.task(CODE), percent_complete=22.0))
    theirs = copy_plan(shown_base)
    theirs.update_task(replace(theirs.task(CODE), percent_complete=30.0))
    items = three_way(shown_base, theirs, copy_plan(base))
    assert [(i.change.field, i.conflict) for i in items] == [("percent_complete", False)]


# ------------------------------------------------------------------ 2. review shows %


def test_s18d_the_review_shows_percent_as_the_sheet(qtbot) -> None:
    plan = _two_of_nine_done()
    assert show_value("percent_complete", 22.2222, plan.project) == "22%"
    assert show_value("percent_complete", 99.7, plan.project) == "99%"  # not done yet
    theirs = copy_plan(plan)
    theirs.update_task(replace(theirs.task(CODE), percent_complete=30.0))
    items = three_way(plan, theirs, copy_plan(plan))
    dialog = ReviewChangesDialog(items, plan.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["% Complete", "22%", "30%"]]


def _rows(dialog: ReviewChangesDialog) -> list[list[str]]:
    return [[node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()]


# ------------------------------------------------------------------ 3. lag unit as links


def test_s18d_a_lag_retyped_in_weeks_reads_as_the_link(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _lags()
    weeks = _with_lag(plan, REVIEW, CODE, lag_unit=DurationUnit.WEEKS)
    items = three_way(plan, weeks, copy_plan(plan))
    shown = with_link_texts(items, plan, weeks, copy_plan(plan))
    dialog = ReviewChangesDialog(shown, plan.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["Lag", "3FS+5d", "3FS+1w"]]
    assert shown[0].change == PlanChange(
        "link", CODE_LINK, "Review -> Code", "changed", "lag_unit", "3FS+5d", "3FS+1w"
    )
    assert items[0].change.new == "WEEKS"  # what is applied stays the change as read
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(plan, old)
    formats.write_plan(weeks, new)
    assert _diff(capsys, old, new) == (
        "changed  link ID 3 'Review' -> ID 5 'Code' FS: Lag 3FS+5d -> 3FS+1w\n"
    )
    (change,) = json.loads(_diff(capsys, old, new, "--json"))["changes"]
    assert (change["old"], change["new"]) == ("DAYS", "WEEKS")  # as kept, as before
    assert (change["old_text"], change["new_text"]) == ("3FS+5d", "3FS+1w")


def test_s18d_a_new_lag_reads_in_the_unit_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _lags()
    theirs = _with_lag(plan, REVIEW, CODE, lag_minutes=10 * DAY, lag_unit=DurationUnit.WEEKS)
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(plan, old)
    formats.write_plan(theirs, new)
    assert "Lag 3FS+5d -> 3FS+2w" in _diff(capsys, old, new)
    (change,) = json.loads(_diff(capsys, old, new, "--json"))["changes"]
    assert (change["old"], change["new"]) == (5 * DAY, 10 * DAY)  # minutes, as before
    assert (change["old_text"], change["new_text"]) == ("3FS+5d", "3FS+2w")


# ------------------------------------------------------------------ 4. unit where none was


def test_s18d_a_lag_without_a_unit_retyped_in_weeks_is_a_change() -> None:
    plan = _lags()  # Code->Test +2d, no unit
    weeks = _with_lag(plan, CODE, TEST, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS)
    days = _with_lag(plan, CODE, TEST, lag_minutes=5 * DAY)  # +5d, as +1w was before
    changes = diff_plans(days, weeks)  # +5d shown, +1w typed
    assert _fields(changes) == [(f"{CODE}->{TEST}", "lag_unit", None, "WEEKS")]
    assert _fields(diff_plans(weeks, days)) == [(f"{CODE}->{TEST}", "lag_unit", "WEEKS", None)]
    # merge agrees: the client's +1w is offered and applied
    ours = copy_plan(days)
    items = three_way(days, weeks, ours)
    assert [(i.change.field, i.conflict) for i in items] == [("lag_unit", False)]
    apply_changes(ours, weeks, [i.change for i in items])
    assert ours.find_link(CODE, TEST) == weeks.find_link(CODE, TEST)


def test_s18d_a_unit_typed_that_shows_the_same_is_no_change() -> None:
    plan = _lags()
    typed = _with_lag(plan, CODE, TEST, lag_unit=DurationUnit.DAYS)  # +2d typed +2d
    assert diff_plans(plan, typed) == []
    assert three_way(plan, typed, copy_plan(plan)) == []
    half = _with_lag(plan, CODE, TEST, lag_minutes=DAY // 2)  # +4h, no unit
    assert _fields(diff_plans(half, _with_lag(half, CODE, TEST, lag_unit=DurationUnit.HOURS))) == []
    halfday = _with_lag(half, CODE, TEST, lag_unit=DurationUnit.DAYS)  # +0.5d: shown otherwise
    assert _fields(diff_plans(half, halfday)) == [(f"{CODE}->{TEST}", "lag_unit", None, "DAYS")]


@pytest.mark.parametrize("suffix", [".csv", ".gan", ".xml", ".xlsx"])
def test_s18d_other_formats_show_no_lag_changed(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lag typed +0.5d (MS Project XML reads a lag in days with no unit: +4h) and one
    typed +1w (GanttProject keeps days only) are no change between formats."""
    plan = _with_lag(_lags(), SPECS, REVIEW, lag_minutes=5 * DAY, lag_unit=DurationUnit.WEEKS)
    if suffix != ".gan":  # which rounds a lag to whole days, and says so
        plan = _with_lag(plan, REVIEW, CODE, lag_minutes=DAY // 2)
    source = tmp_path / "plan.gantry"
    formats.write_plan(plan, source)
    other = tmp_path / f"plan{suffix}"
    assert main(["convert", str(source), str(other)]) == 0
    for old, new in ((source, other), (other, source)):
        changes = json.loads(_diff(capsys, old, new, "--json"))["changes"]
        assert [c for c in changes if c["entity"] == "link"] == [], suffix


# ------------------------------------------------------------------ 5. unit vs length


def test_s18d_unit_here_and_length_in_the_workbook_is_a_conflict() -> None:
    base = _lags()
    ours = _with_lag(base, REVIEW, CODE, lag_unit=DurationUnit.WEEKS)  # +5d made +1w here
    theirs = _with_lag(base, REVIEW, CODE, lag_minutes=10 * DAY)  # the client: +10d
    (item,) = three_way(base, theirs, ours)
    assert (item.change.field, item.conflict) == ("lag_minutes", True)
    (shown,) = with_link_texts([item], base, theirs, ours)
    assert (shown.ours, shown.change.old, shown.change.new) == ("3FS+1w", "3FS+5d", "3FS+10d")
    # and the other way round; accepted, the lag is the one the review showed: +1w
    (item,) = three_way(base, ours, theirs)
    assert (item.change.field, item.conflict) == ("lag_unit", True)
    apply_changes(theirs, ours, [item.change])
    assert theirs.find_link(REVIEW, CODE) == ours.find_link(REVIEW, CODE)


def test_s18d_the_same_lag_both_sides_is_nothing_to_apply() -> None:
    base = _lags()
    ours = _with_lag(base, REVIEW, CODE, lag_minutes=10 * DAY, lag_unit=DurationUnit.WEEKS)
    theirs = _with_lag(base, REVIEW, CODE, lag_minutes=10 * DAY, lag_unit=DurationUnit.WEEKS)
    assert three_way(base, theirs, ours) == []
    # the client's +2w where +1w was typed here: the lags differ, a conflict
    weeks_here = _with_lag(base, REVIEW, CODE, lag_unit=DurationUnit.WEEKS)
    (item,) = three_way(base, theirs, weeks_here)
    assert (item.change.field, item.conflict) == ("lag_minutes", True)


def test_s18d_a_returned_workbook_shows_the_lag_retyped(qtbot, tmp_path: Path) -> None:
    plan = _lags()
    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    book = openpyxl.load_workbook(path)
    sheet = book[PLAN_SHEET]
    col = PLAN_COLUMNS.index("Predecessors") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == TEST)
    assert sheet.cell(row, col).value == "5FS+2d"
    sheet.cell(row, col).value = "5FS+0.4w"  # the client retypes the same 2d in weeks
    book.save(path)
    trip = read_roundtrip_workbook(path)
    ours = copy_plan(plan)
    items = three_way(trip.base, trip.theirs, ours)
    shown = with_link_texts(items, trip.base, trip.theirs, ours)
    dialog = ReviewChangesDialog(shown, plan.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [["Lag", "5FS+2d", "5FS+0.4w"]]
    dialog.resize(820, 300)
    dialog.grab().save("/tmp/s18d_review.png")
    # an untouched lag with no unit in the plan (+2d picked) is no edit here
    assert not items[0].conflict


def test_s18d_link_texts_leave_other_changes_alone() -> None:
    plan = _lags()
    theirs = copy_plan(plan)
    theirs.update_task(replace(theirs.task(CODE), name="Coding"))
    theirs.add_link(Link(SPECS, TEST))
    items = three_way(plan, theirs, copy_plan(plan))
    assert with_link_texts(items, plan, theirs, copy_plan(plan)) == items
