"""A client's CSV of the demo plan with one Duration lengthened: gantry diff says what the
edit does to the plan (its finish +2d, as the workbook says), and converting the CSV back
keeps a start constraint only where links cannot place a task (1, not 21)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.formats import read_plan

FINISH_MOVED = "Finish 2027-06-01 17:00 -> 2027-06-03 17:00 (+2d working, +2 calendar days)"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _csv(demo: Path, name: str, cells: dict[tuple[int, str], str]) -> Path:
    """The demo's CSV (gantry convert) with these cells (task uid, column title) typed."""
    path = demo.with_name(name)
    assert main(["convert", str(demo), str(path)]) == 0
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    for (uid, title), text in cells.items():
        row = next(r for r in rows[1:] if r[0] == str(uid))
        row[rows[0].index(title)] = text
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _diff(capsys: pytest.CaptureFixture[str], *args: Path | str) -> str:
    capsys.readouterr()
    assert main(["diff", *map(str, args)]) == 0
    return capsys.readouterr().out


def test_s24w3_a_lengthened_duration_in_a_csv_moves_the_finish_as_in_the_workbook(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = _csv(demo, "client.csv", {(4, "Duration"): "7d"})
    text = _diff(capsys, demo, edited).splitlines()
    assert text[0].startswith("project: Finish ")  # s27dx: the project's dates lead the text
    assert text[1] == "changed  ID 4 'Stakeholder interviews': Duration 5d -> 7d"
    assert text[-1] == f"summary: 1 change; 51 tasks moved (51 later); {FINISH_MOVED}"
    book = demo.with_name("client.xlsx")
    assert main(["convert", str(demo), str(book)]) == 0
    wb = openpyxl.load_workbook(book)
    wb["Plan"]["E5"] = "7d"
    wb.save(book)
    by_csv = json.loads(_diff(capsys, demo, edited, "--json"))["moved"]
    by_book = json.loads(_diff(capsys, demo, book, "--json"))["moved"]
    assert by_csv == by_book  # the same tasks, by the same dates
    back = _diff(capsys, edited, demo).splitlines()  # the other way round: earlier
    assert back[-1].startswith("summary: 1 change; 51 tasks moved (51 earlier)")


def test_s24w3_a_start_typed_in_the_csv_moves_its_task(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = {(41, "Start"): "2027-03-01 08:00", (41, "Finish"): "2027-03-04 17:00"}
    edited = _csv(demo, "client.csv", typed)
    text = _diff(capsys, demo, edited)
    assert "moved    ID 41 'Test plan': Start 2027-02-17 08:00 -> 2027-03-01 08:00" in text


def test_s24w3_the_csv_read_back_keeps_the_one_start_its_links_cannot_give(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(demo, "plan.csv", {})
    capsys.readouterr()
    back = path.with_name("back.gantry")
    assert main(["convert", str(path), str(back)]) == 0
    err = capsys.readouterr().err
    plan, original = read_plan(back), read_plan(demo)
    pinned = [t.name for t in plan.tasks if t.constraint_type is not ConstraintType.ASAP]
    assert pinned == ["Marketing campaigns module"]  # after Jonas Weber's vacation
    assert (
        "plan.csv: 1 task keeps its Start as 'Start No Earlier Than' (links alone place it "
        "earlier: a calendar, a leveling delay or a typed date the CSV does not carry held it "
        "there): 'Marketing campaigns module'"
    ) in err
    dates, was = schedule(plan), schedule(original)
    assert all(
        (dates[t.uid].start, dates[t.uid].finish) == (was[t.uid].start, was[t.uid].finish)
        for t in original.tasks
    )


def test_s24w3_writing_a_csv_names_what_it_cannot_carry_once(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(demo), str(demo.with_name("plan.csv"))]) == 0
    notes = capsys.readouterr().err.splitlines()
    said = [line for line in notes if "task table only" in line]
    assert said == [
        "gantry: note: .csv carries the task table only; not saved: 8 people's rates, roles "
        "and other details (only names travel, in the People column) and 1 baseline"
    ]


def test_s24w3_a_new_person_in_the_csv_still_lets_the_edit_move_the_finish(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = {(4, "Duration"): "7d", (4, "People"): "Aisha Khan[50%], Eva New"}
    edited = _csv(demo, "client.csv", typed)
    text = _diff(capsys, demo, edited).splitlines()
    assert "added    Eva New on ID 4 'Stakeholder interviews'" in text  # s28df: not 4:10
    assert text[-1].endswith(FINISH_MOVED)  # people matched by name: the tasks' edits made
