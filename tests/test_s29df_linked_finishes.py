"""A client typing the Finishes of linked tasks on a ``--no-roundtrip`` workbook's Plan sheet.

Dig -> Pour -> Cure, one day each. The client types Dig's Finish a day later, Pour's two
days later and Cure's three days later: each task a day later than the one before it,
Dig 2d, Pour 2d (it starts a day later), Cure 1d as before. Each typed Finish was measured
from the Start the sheet showed, before the other rows' changes: Pour came back 3d and
Cure 3d, and the plan finished two days past the Finish the client typed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.io.excel_import import read_workbook
from tests.plan_sheet_typing import typed_over

DAY = 480


def _typed(tmp_path: Path, cells: dict[tuple[int, str], object]) -> tuple[Path, Path]:
    plan = Plan(project=Project(name="Site", start=datetime(2027, 1, 4, 8)))
    for uid, name in ((1, "Dig"), (2, "Pour"), (3, "Cure")):
        plan.append_task(Task(uid, name, duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    source = tmp_path / "site.gantry"
    write_plan(plan, source)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    return source, typed_over(book, cells)


_CHAIN = {
    (1, "Finish"): datetime(2027, 1, 5, 17),  # Dig 1d -> 2d
    (2, "Finish"): datetime(2027, 1, 7, 17),  # Pour starts Jan 6 now: 1d -> 2d
    (3, "Finish"): datetime(2027, 1, 8, 17),  # Cure starts Jan 8: 1d as before
}


def test_s29df_each_typed_finish_is_measured_after_the_ones_before_it(tmp_path: Path) -> None:
    _source, typed = _typed(tmp_path, _CHAIN)
    said: list[str] = []
    plan = read_workbook(typed, warn=said.append)
    lengths = [plan.task(uid).duration_minutes for uid in (1, 2, 3)]
    assert lengths == [2 * DAY, 2 * DAY, DAY]  # was 2d, 3d, 3d
    times = schedule(plan)
    finishes = [times.get(uid).finish for uid in (1, 2, 3)]
    assert finishes == [_CHAIN[(uid, "Finish")] for uid in (1, 2, 3)]  # as typed
    pour = next(line for line in said if line.startswith("'Pour'"))
    assert pour == (
        "'Pour': Finish 2027-01-05 17:00 -> 2027-01-07 17:00 typed (Plan!G3); the plan makes "
        "it Duration 1d -> 2d (the dates typed start it 2027-01-06 08:00, not 2027-01-05 08:00)"
    )
    cure = next(line for line in said if line.startswith("'Cure'"))
    assert "its duration is kept and it finishes 2027-01-08 17:00" in cure
    assert "with the other dates typed" not in " ".join(said)  # each note already right


def test_s29df_the_diff_lists_the_durations_the_client_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, typed = _typed(tmp_path, _CHAIN)
    capsys.readouterr()
    assert main(["diff", str(source), str(typed)]) == 0
    out = capsys.readouterr().out
    changed = [line for line in out.splitlines() if line.startswith("changed")]
    assert changed == [
        "changed  ID 1 'Dig': Duration 1d -> 2d",
        "changed  ID 2 'Pour': Duration 1d -> 2d",
    ]
    assert "Finish 2027-01-06 17:00 -> 2027-01-08 17:00" in out  # the project's, as typed


def test_s29df_a_finish_typed_before_where_the_others_start_it_is_not_taken(
    tmp_path: Path,
) -> None:
    """Pour's Finish typed a day later, Dig's two days later: Pour now starts past the Finish
    typed on its row, which is named and not taken (measured from the Start the sheet
    showed, Pour became 2d and finished two days after that Finish)."""
    cells = {(1, "Finish"): datetime(2027, 1, 6, 17), (2, "Finish"): datetime(2027, 1, 6, 17)}
    _source, typed = _typed(tmp_path, cells)
    said: list[str] = []
    plan = read_workbook(typed, warn=said.append)
    assert [plan.task(uid).duration_minutes for uid in (1, 2)] == [3 * DAY, DAY]
    pour = next(line for line in said if line.startswith("'Pour'"))
    assert pour == (
        "'Pour': the Finish typed, 2027-01-06 17:00 (Plan!G3), is before the task starts (the "
        "dates typed start it 2027-01-07 08:00, not 2027-01-05 08:00); not taken, it keeps "
        "its Duration 1d and finishes 2027-01-07 17:00"
    )


def test_s29df_a_finish_to_finish_successor_is_measured_once(tmp_path: Path) -> None:
    """Pour (1d) finishes with Dig (3d), Finish-to-Finish: its start is placed back from its
    finish by its length. Measured again round after round, each length moved its start
    and the next length with it (2d, 3d, 4d...); it is measured once, from the sheet's
    Start, and the note says where it then finishes."""
    plan = Plan(project=Project(name="Site", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Dig", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Pour", duration_minutes=DAY))
    plan.add_link(Link(1, 2, type=LinkType.FF))
    source = tmp_path / "ff.gantry"
    write_plan(plan, source)
    book = tmp_path / "ff.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    typed = typed_over(book, {(2, "Finish"): datetime(2027, 1, 7, 17)})  # a day later
    said: list[str] = []
    read = read_workbook(typed, warn=said.append)
    assert read.task(2).duration_minutes == 2 * DAY  # from its Start on the sheet, Jan 6
    pour = next(line for line in said if line.startswith("'Pour'"))
    assert pour.endswith("; with the other dates typed it finishes 2027-01-06 17:00"), pour
