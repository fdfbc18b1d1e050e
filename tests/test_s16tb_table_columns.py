"""View > Tables: each built-in table's columns, as MS Project's task tables list them."""

from __future__ import annotations

import pytest

from app.ui.models.task_edits import DEFAULT_COLUMNS, HEADERS, Column
from app.ui.sheet_tables import BUILT_IN, ENTRY, TRACKING, built_in, find_table, user_table

C = Column
# MS Project's task tables by the sheet's titles (its "Baseline" of the Cost table is our
# "Baseline Cost"...), Physical % Complete left out: Gantry has no such field.
EXPECTED = {
    "cost": (
        "Fixed Cost",
        "Fixed Cost Accrual",
        "Cost",
        "Baseline Cost",
        "Cost Variance",
        "Actual Cost",
        "Remaining Cost",
    ),
    "schedule": ("Start", "Finish", "Late Start", "Late Finish", "Free Slack", "Total Slack"),
    "summary": ("Duration", "Start", "Finish", "% Complete", "Cost", "Work"),
    "tracking": (
        "Actual Start",
        "Actual Finish",
        "% Complete",
        "Actual Duration",
        "Remaining Duration",
        "Actual Cost",
        "Actual Work",
    ),
    "variance": (
        "Start",
        "Finish",
        "Baseline Start",
        "Baseline Finish",
        "Start Variance",
        "Finish Variance",
    ),
    "work": (
        "Work",
        "Baseline Work",
        "Work Variance",
        "Actual Work",
        "Remaining Work",
        "% Work Complete",
    ),
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_each_table_is_id_name_then_ms_projects_fields(key):
    table = built_in(key)
    assert table is not None
    titles = tuple(HEADERS[Column(c)] for c in table.columns)
    assert titles == ("ID", "Task name", *EXPECTED[key])
    assert not table.is_user


def test_entry_is_the_sheet_a_plan_opens_with_and_holds_ms_projects_entry_fields():
    assert ENTRY.columns == DEFAULT_COLUMNS
    for column in (C.ID, C.INDICATORS, C.NAME, C.DURATION, C.START, C.FINISH):
        assert column in ENTRY.columns
    assert C.PREDECESSORS in ENTRY.columns
    assert C.RESOURCES in ENTRY.columns  # MS Project's Resource Names


def test_the_menu_lists_the_built_in_tables_with_unique_keys_and_names():
    assert [t.name for t in BUILT_IN] == [
        "Cost",
        "Delay",  # the Leveling Gantt's (s22lc)
        "Earned Value",  # and its two indicator tables (0ad7518)
        "Earned Value Cost Indicators",
        "Earned Value Schedule Indicators",
        "Entry",
        "Schedule",
        "Summary",
        "Tracking",
        "Variance",
        "Work",
    ]
    assert len({t.key for t in BUILT_IN}) == len(BUILT_IN)
    assert TRACKING in BUILT_IN
    for table in BUILT_IN:
        assert len(set(table.columns)) == len(table.columns)


def test_a_user_table_starts_with_id_and_name_and_is_found_by_key():
    mine = user_table("  Budget   review ", (C.COST, C.NAME, C.ID, C.WORK, C.COST))
    assert mine.name == "Budget review"
    assert mine.columns == (C.ID, C.NAME, C.COST, C.WORK)
    assert mine.is_user
    assert find_table(mine.key, (mine,)) == mine
    assert find_table(mine.key) is None  # deleted since: not found
    assert find_table("cost") == built_in("cost")
    assert find_table("nothing") is None
