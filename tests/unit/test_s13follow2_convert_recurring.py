"""``gantry convert`` to .csv or .gan keeps a recurring meeting's occurrences only, as the
window's Save a Copy As does; the window says so, the command said nothing."""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import read_plan
from app.store.document import GantryFile
from tests.unit.test_s13follow_recurring import _meetings


@pytest.fixture
def meetings(tmp_path):
    path = tmp_path / "meetings.gantry"
    GantryFile.create(path, _meetings()).close()
    return path


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_convert_says_the_pattern_is_not_kept(meetings, tmp_path, capsys, ext):
    target = tmp_path / f"out{ext}"
    assert main(["convert", str(meetings), str(target)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        f"gantry: note: {ext} keeps no recurring pattern: 'Sync' is saved as its 4 occurrences"
    )
    # .gan also rounds the part-day meetings to whole days, and says so; read back, the
    # 2h meetings last a whole day each (204d8a5: convert says which tasks move)
    assert lines[1:] == (
        [
            f"gantry: note: {ext} keeps whole days only: 4 durations not of whole days rounded"
            " to the day",
            "gantry: note: .gan read back: 4 tasks move: 'Sync 1' finishes 6h later, 'Sync 2'"
            " finishes 6h later, 'Sync 3' finishes 6h later and 1 more",
        ]
        if ext == ".gan"
        else []
    )
    assert [t.name for t in read_plan(target).tasks][-4:] == [
        "Sync 1",
        "Sync 2",
        "Sync 3",
        "Sync 4",
    ]


@pytest.mark.parametrize("ext", [".xml", ".xlsx", ".gantry"])
def test_formats_keeping_the_pattern_say_nothing(meetings, tmp_path, capsys, ext):
    assert main(["convert", str(meetings), str(tmp_path / f"out{ext}")]) == 0
    assert "recurring" not in capsys.readouterr().err


def test_a_plan_without_recurring_tasks_says_nothing(tmp_path, capsys):
    plan = _meetings()
    plan.set_recurrence(2, None)
    path = tmp_path / "plain.gantry"
    GantryFile.create(path, plan).close()
    assert main(["convert", str(path), str(tmp_path / "out.csv")]) == 0
    assert capsys.readouterr().err == ""
