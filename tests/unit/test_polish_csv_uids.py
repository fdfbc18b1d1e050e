"""CSV keeps task UIDs: written in a UID column, read back when present, so that
``gantry convert X.gan X.csv && gantry diff X.gan X.csv`` finds no task changes."""

from __future__ import annotations

import csv
import json

import pytest

from app import formats
from app.cli import main
from app.domain.errors import FileFormatError
from app.io.csv_plan import read_csv, write_csv

HOUSE = "gan/ganttproject-HouseBuildingSample.gan"


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_export_writes_a_uid_column(shared_data, tmp_path):
    plan = formats.read_plan(shared_data / HOUSE)
    target = tmp_path / "house.csv"
    write_csv(plan, target)
    header, *body = _rows(target)
    assert header[0] == "UID"
    assert [int(r[0]) for r in body] == [t.uid for t in plan.tasks]


def test_gan_to_csv_and_back_has_no_task_changes(shared_data, tmp_path, capsys):
    source = shared_data / HOUSE
    target = tmp_path / "House.csv"
    assert main(["convert", str(source), str(target)]) == 0
    capsys.readouterr()
    assert main(["diff", str(source), str(target), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    task_changes = [c for c in changes if c["entity"] == "task"]
    assert task_changes == []
    assert [c for c in changes if c["entity"] == "link"] == []
    plan = formats.read_plan(source)
    assert [t.uid for t in read_csv(target).tasks] == [t.uid for t in plan.tasks]


def test_csv_without_uid_column_numbers_tasks_by_row(tmp_path):
    path = tmp_path / "client.csv"
    path.write_text("Task,Duration,Predecessors\nDig,2d,\nPour,1d,1\n", encoding="utf-8")
    plan = read_csv(path)
    assert [(t.uid, t.name) for t in plan.tasks] == [(1, "Dig"), (2, "Pour")]
    assert [(lk.predecessor, lk.successor) for lk in plan.links] == [(1, 2)]


def test_uids_follow_the_rows_they_belong_to(tmp_path):
    path = tmp_path / "edited.csv"
    path.write_text(
        "UID,#,Task,Duration,Predecessors,People\n"
        "40,1,Dig,2d,,Ana\n"
        ",2,New row,1d,1,\n"
        "7,3,Pour,1d,2,Ana\n"
        "40,4,Copied row,1d,,\n",
        encoding="utf-8",
    )
    plan = read_csv(path)
    uids = {t.name: t.uid for t in plan.tasks}
    assert uids["Dig"] == 40
    assert uids["Pour"] == 7
    # a blank or repeated UID gets a fresh one, never one another row holds
    assert len(set(uids.values())) == 4
    assert uids["New row"] > 40
    assert uids["Copied row"] > 40
    links = {(lk.predecessor, lk.successor) for lk in plan.links}
    assert links == {(40, uids["New row"]), (uids["New row"], 7)}
    assert sorted(a.task_uid for a in plan.assignments) == [7, 40]


@pytest.mark.parametrize("bad", ["abc", "2.5", "-3"])
def test_a_uid_that_is_no_whole_number_names_its_cell(tmp_path, bad):
    path = tmp_path / "bad.csv"
    path.write_text(f"UID,Task,Duration\n1,Dig,2d\n{bad},Pour,1d\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"!A3: "):
        read_csv(path)


def test_own_csv_keeps_only_the_start_constraints_that_place_a_task(tmp_path):
    from datetime import datetime

    from app.domain.link import Link
    from app.domain.plan import Plan
    from app.domain.project import Project
    from app.domain.task import ConstraintType, Task

    late = datetime(2026, 3, 16, 8, 0)
    plan = Plan(project=Project(name="P", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(5, "Dig", duration_minutes=2 * 480))
    plan.append_task(Task(6, "Pour", duration_minutes=480))
    plan.append_task(
        Task(
            9,
            "Paint",
            duration_minutes=480,
            constraint_type=ConstraintType.SNET,
            constraint_date=late,
        )
    )
    plan.add_link(Link(5, 6))
    plan.add_link(Link(5, 9))
    target = tmp_path / "own.csv"
    write_csv(plan, target)
    back = read_csv(target)
    kinds = {t.uid: (t.constraint_type, t.constraint_date) for t in back.tasks}
    assert kinds[6] == (ConstraintType.ASAP, None)  # placed by its link
    assert kinds[9] == (ConstraintType.SNET, late)  # the link alone would start it earlier
    assert kinds[5] == (ConstraintType.ASAP, None)  # at the project's start, as written
