"""A row the client moves within its summary in the returned workbook (s24wb2): cut and
inserted lower, or its WBS retyped, it comes back moved, listed as a change of place in
the Import review and ``gantry diff``, and one undo puts it back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.diff_order import PLACE
from app.domain.merge import apply_changes, copy_plan, revert, three_way
from app.formats import read_plan
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    book = openpyxl.load_workbook(path)
    edit(book["Plan"])
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def _cut_row_6_to_9(ws) -> None:  # type: ignore[no-untyped-def]
    cells = [(c.value, c._style) for c in ws[6]]  # task 5 'As-is process mapping'
    ws.delete_rows(6)
    ws.insert_rows(9)  # after task 8 'Requirements specification', WBS as it was
    for col, (value, style) in enumerate(cells, start=1):
        ws.cell(9, col).value, ws.cell(9, col)._style = value, style


def test_s24w2_the_review_lists_the_move_applies_it_and_undoes_it(exported: Path) -> None:
    trip = read_roundtrip_workbook(_returned(exported, _cut_row_6_to_9))
    ours = read_plan(DEMO)
    items = three_way(trip.base, trip.theirs, copy_plan(ours))
    assert [(i.change.uid, i.change.field, i.change.old, i.change.new) for i in items] == [
        (
            5,
            PLACE,
            "ID 5, after 'Stakeholder interviews'",
            "ID 8, after 'Requirements specification'",
        )
    ]
    before = [(t.uid, t.outline_level) for t in ours.tasks]
    applied = apply_changes(ours, trip.theirs, [i.change for i in items])
    assert [t.uid for t in ours.tasks][:10] == [1, 2, 3, 4, 6, 7, 8, 5, 9, 10]
    assert ours.task(5).outline_level == 2
    again = three_way(trip.base, trip.theirs, copy_plan(ours))
    assert again == []  # the workbook read again: the row stands there already
    revert(ours, applied)  # the review's one undo step
    assert [(t.uid, t.outline_level) for t in ours.tasks] == before


def test_s24w2_gantry_diff_names_the_move(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    returned = _returned(exported, _cut_row_6_to_9)
    capsys.readouterr()
    assert main(["diff", str(DEMO), str(returned)]) == 0
    out = capsys.readouterr().out
    # s27di: by its ID in the returned plan, its UID beside it as its ID changed
    assert "reordered ID 8 'As-is process mapping' (UID 5): ID 5 -> 8" in out
    assert "no changes" not in out


def test_s24w2_a_wbs_retyped_to_a_later_one_moves_the_row(exported: Path) -> None:
    def retyped(ws) -> None:  # type: ignore[no-untyped-def]
        ws["C6"] = "1.7"  # task 5 (1.4) typed the WBS of task 8: just before it

    returned = _returned(exported, retyped)
    assert [t.uid for t in read_plan(returned).tasks][:9] == [1, 2, 3, 4, 6, 7, 5, 8, 9]


def test_s24w2_a_row_moved_under_another_summary_and_one_reordered_both_land(
    exported: Path,
) -> None:
    def both(ws) -> None:  # type: ignore[no-untyped-def]
        _cut_row_6_to_9(ws)  # task 5 after task 8
        cells = [(c.value, c._style) for c in ws[3]]  # task 2 'Project kick-off' ...
        ws.delete_rows(3)
        ws.insert_rows(11)  # ... first under summary 10 'Solution design' (WBS 2.0: level 2)
        for col, (value, style) in enumerate(cells, start=1):
            ws.cell(11, col).value, ws.cell(11, col)._style = value, style
        ws["C11"] = "2.1"

    returned = _returned(exported, both)
    theirs = [t.uid for t in read_roundtrip_workbook(returned).theirs.tasks]
    assert [t.uid for t in read_plan(returned).tasks] == theirs
    assert theirs[:11] == [1, 3, 4, 6, 7, 8, 5, 9, 10, 2, 11]
