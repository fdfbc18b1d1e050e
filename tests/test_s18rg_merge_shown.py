"""three_way compared a person the client's copy puts on a recurring summary itself with
the first occurrence's units, so where the occurrences' units differ the People cell's
range read back (Bob[25-75%]) counted as a change, and Bob at 25 % (not what the cell
shows) as none. It now compares as the cell shows them: the range read back is the
range, Cleo[33.33%] is Cleo at 1/3, another number is a change."""

from __future__ import annotations

from app.domain.assigning import OWN_UNITS
from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.resource import Assignment
from app.io.excel_import import read_roundtrip_workbook
from tests.s18rc_recurring_plan import (
    BOB,
    BOB_UNITS,
    CEMENT,
    CLEO,
    SYNC_UID,
    bob_units,
    occurrence_uids_of,
    units_on,
)
from tests.test_s18rg_range_roundtrip import CEMENT_UNITS, _edit_people, _exported, _plan


def _restating(units: float, resource: int = BOB) -> list[str]:
    """What three_way offers when the client's copy puts ``resource`` on the recurring
    summary itself at ``units`` (the occurrences as exported)."""
    base = _plan()
    for k, uid in enumerate(occurrence_uids_of(base)):
        third = 1 / 3 if k % 2 else 0.33333333  # shows 33.33 % on each
        base.add_assignment(Assignment(70 + k, uid, CLEO, third, 20))
    theirs = copy_plan(base)
    theirs.add_assignment(Assignment(90, SYNC_UID, resource, units, 0))
    return [str(i.change.uid) for i in three_way(base, theirs, copy_plan(base))]


def test_s18rg_merge_takes_the_range_restated_on_the_summary_as_no_change():
    assert _restating(OWN_UNITS) == []


def test_s18rg_merge_compares_the_summarys_units_as_the_cell_shows_them():
    assert _restating(0.3333, CLEO) == []  # Cleo[33.33%] as shown: no change
    assert _restating(0.25) == [f"{SYNC_UID}:{BOB}"]  # Bob[25%] is not Bob[25-75%]
    assert _restating(0.5, CLEO) == [f"{SYNC_UID}:{CLEO}"]


def test_s18rg_the_merge_applies_the_read_back_range_keeping_each_occurrence(tmp_path):
    plan = _plan(cement=True)
    _, book = _exported(tmp_path, plan)
    _edit_people(book, "Cleo[50%], Cement[2-5 t], Bob[25-75%]")
    trip = read_roundtrip_workbook(book)
    ours = copy_plan(plan)
    items = three_way(trip.base, trip.theirs, ours)
    assert {str(i.change.uid).split(":")[1] for i in items} == {str(CLEO)}
    apply_changes(ours, trip.theirs, [i.change for i in items])
    assert bob_units(ours) == list(BOB_UNITS)
    assert [units_on(ours, u)[CEMENT] for u in occurrence_uids_of(ours)] == CEMENT_UNITS
