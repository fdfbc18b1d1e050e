"""`gantry convert` tells on stderr which people the reader renamed, and still succeeds."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.mspdi_write import write_mspdi


def _plan_file(tmp_path: Path, names: list[str]) -> Path:
    plan = Plan(tasks=[Task(1, "Dig", 1, duration_minutes=480)])
    plan.resources = [Resource(k, name) for k, name in enumerate(names, start=1)]
    plan.assignments = [Assignment(1, 1, 1, 1.0)]
    path = tmp_path / "site.xml"
    write_mspdi(plan, path)
    return path


def test_convert_notes_renamed_people_once(tmp_path: Path, capsys) -> None:
    src = _plan_file(tmp_path, ["Doe, Jane", "Ana", "Roe; Al"])
    out = tmp_path / "site.csv"
    assert main(["convert", str(src), str(out)]) == 0
    err = capsys.readouterr().err
    assert err == (
        "gantry: note: 2 people renamed: 'Doe, Jane' is 'Doe Jane', 'Roe; Al' is 'Roe Al' "
        "(a comma would split the People cell; a semicolon would split the People cell)\n"
        # the reader kept each rename in the person's notes, which a .csv has no column for
        "gantry: note: .csv carries the task table only; not saved: 2 people's rates, roles "
        "and other details (only names travel, in the People column)\n"
    )
    assert "Doe Jane" in out.read_text(encoding="utf-8-sig")


def test_no_note_when_no_one_was_renamed_nor_from_a_gantry_file(tmp_path: Path, capsys) -> None:
    src = _plan_file(tmp_path, ["Doe, Jane"])
    kept = tmp_path / "site.gantry"
    assert main(["convert", str(src), str(kept)]) == 0
    assert "1 person renamed: 'Doe, Jane' is 'Doe Jane'" in capsys.readouterr().err
    # the plan keeps the note in the person's notes, but opening it renames no one
    assert main(["convert", str(kept), str(tmp_path / "again.csv")]) == 0
    assert "renamed" not in capsys.readouterr().err
    plain = _plan_file(tmp_path, ["Ana"])
    assert main(["convert", str(plain), str(tmp_path / "plain.csv")]) == 0
    assert capsys.readouterr().err == ""


def test_convert_of_a_ganttproject_file_notes_the_rename(shared_data, tmp_path, capsys) -> None:
    text = (shared_data / "gan" / "blyoa-task-with-coordinator-assignee.gan").read_text("utf-8")
    assert 'name="Jane Doe"' in text
    src = tmp_path / "team.gan"
    src.write_text(text.replace('name="Jane Doe"', 'name="Doe, Jane"'), "utf-8")
    assert main(["convert", str(src), str(tmp_path / "team.csv")]) == 0
    # after the reader's own note on the file's task coordinator (app/io/gan_left_out.py),
    # before the writer's on the calendar a .csv does not keep (dates_not_kept)
    lines = capsys.readouterr().err.splitlines()
    renamed = (
        "gantry: note: 1 person renamed: 'Doe, Jane' is 'Doe Jane' "
        "(a comma would split the People cell)"
    )
    assert lines[0].startswith("gantry: note: team.gan: not kept: 1 task coordinator")
    assert lines[1] == renamed
    assert lines[2].startswith("gantry: note: .csv carries the task table only; not saved:")
    assert lines[3].startswith("gantry: note: .csv does not keep the project calendar")
