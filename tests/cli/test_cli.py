"""The command line through a real subprocess: exit codes, one-line errors, JSON shape."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.assets import resource_path
from app.store.document import read_plan

ROOT = Path(__file__).resolve().parents[2]

TASK_KEYS = {
    "uid",
    "wbs",
    "name",
    "start",
    "finish",
    "duration_minutes",
    "milestone",
    "summary",
    "critical",
    "total_slack_minutes",
    "free_slack_minutes",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "percent_complete",
    "work_minutes",
    "cost",
}
RESOURCE_KEYS = {"uid", "name", "max_units", "work_minutes", "cost", "overallocated"}


def gantry(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def demo() -> Path:
    return resource_path("demo", "crm-rollout.gantry")


def assert_one_line_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("gantry: ")
    assert text in lines[0]
    assert "Traceback" not in result.stderr


def test_help_lists_every_command():
    result = gantry("--help")
    assert result.returncode == 0
    for command in ("schedule", "convert", "diff", "info"):
        assert command in result.stdout


@pytest.mark.parametrize("command", ["schedule", "convert", "diff", "info"])
def test_every_command_has_help(command):
    result = gantry(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: gantry {command}")


def test_bad_usage_exits_2():
    result = gantry("convert", "only-one.gantry")
    assert result.returncode == 2
    assert "required" in result.stderr
    assert gantry("schedule").returncode == 2
    assert gantry("--no-such-option").returncode == 2
    assert gantry("convert", "a.gantry", "b.pdf", "--pages-wide", "zero").returncode == 2


def test_info_on_a_text_file_is_one_line_exit_1(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a plan\n")
    assert_one_line_error(gantry("info", notes), "notes.txt: is a text file, not a plan Gantry")


def test_missing_file_is_one_line_exit_1(tmp_path):
    assert_one_line_error(gantry("info", tmp_path / "nope.gantry"), "no such file")


def test_foreign_gantry_file_is_one_line_exit_1(tmp_path):
    fake = tmp_path / "fake.gantry"
    fake.write_text("hello")
    assert_one_line_error(
        gantry("schedule", fake), "fake.gantry: is a text file, not a Gantry plan"
    )


def test_newer_file_is_one_line_exit_1(tmp_path, demo):
    newer = tmp_path / "newer.gantry"
    newer.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert_one_line_error(gantry("info", newer), "newer Gantry")


def test_info_summarises_the_demo(demo):
    result = gantry("info", demo)
    assert result.returncode == 0, result.stderr
    plan = read_plan(demo)
    assert plan.project.name in result.stdout
    assert re.search(rf"^Tasks:\s+{len(plan.tasks)} ", result.stdout, re.MULTILINE)
    assert "Finish:" in result.stdout
    assert "Critical tasks:" in result.stdout
    assert sorted(plan.baselines) == [0]
    assert re.search(r"^Baselines:\s+Baseline$", result.stdout, re.MULTILINE)


def test_schedule_json_has_the_contract_keys(demo):
    result = gantry("schedule", demo, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["project"]) >= {"start", "finish"}
    plan = read_plan(demo)
    assert [t["uid"] for t in data["tasks"]] == [t.uid for t in plan.tasks]
    for task in data["tasks"]:
        assert set(task) >= TASK_KEYS
    first = data["tasks"][0]
    assert first["wbs"] == "1"
    assert first["summary"] is True
    assert len(first["start"]) == 19
    assert first["start"][10] == "T"
    assert data["project"]["start"] == "2027-01-04T08:00:00"
    assert any(t["critical"] for t in data["tasks"])
    assert data["project"]["finish"] == max(t["finish"] for t in data["tasks"])
    assert [r["uid"] for r in data["resources"]] == [r.uid for r in plan.resources]
    for resource in data["resources"]:
        assert set(resource) >= RESOURCE_KEYS


def test_schedule_table_lists_every_task(demo):
    result = gantry("schedule", demo)
    assert result.returncode == 0, result.stderr
    plan = read_plan(demo)
    for task in plan.tasks:
        assert task.name in result.stdout
    assert result.stdout.splitlines()[0].split()[:2] == ["WBS", "Name"]


def test_convert_gantry_to_gantry_round_trips(tmp_path, demo):
    out = tmp_path / "copy.gantry"
    result = gantry("convert", demo, out)
    assert result.returncode == 0, result.stderr
    assert read_plan(out) == read_plan(demo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.gantry"]


def test_convert_to_unknown_format_is_one_line(tmp_path, demo):
    assert_one_line_error(gantry("convert", demo, tmp_path / "x.abc"), "not supported yet: .abc")
    assert not (tmp_path / "x.abc").exists()


def test_diff_of_a_plan_with_itself_is_empty(demo):
    result = gantry("diff", demo, demo, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"changes": []}


def test_diff_names_a_changed_task(tmp_path, demo):
    from dataclasses import replace

    from app.store.document import GantryFile

    edited = tmp_path / "edited.gantry"
    edited.write_bytes(demo.read_bytes())
    with GantryFile.open(edited) as file:
        task = file.plan.tasks[2]
        file.plan.update_task(replace(task, name="Charter v2"))
    result = gantry("diff", demo, edited, "--json")
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    assert changes == [
        {
            "entity": "task",
            "uid": task.uid,
            "name": "Charter v2",
            "kind": "changed",
            "field": "name",
            "old": task.name,
            "new": "Charter v2",
            "id": 3,  # s27di: its row, beside its uid
        }
    ]


def test_open_a_missing_file_is_one_line(tmp_path):
    assert_one_line_error(gantry(tmp_path / "missing.gantry"), "no such file")


def test_locked_file_refuses_a_writer_but_the_cli_reads_it(tmp_path, demo):
    from app.store.document import GantryFile

    plan = tmp_path / "p.gantry"
    plan.write_bytes(demo.read_bytes())
    with GantryFile.open(plan):
        assert gantry("info", plan).returncode == 0
        assert_one_line_error(gantry("convert", demo, plan), "already open")


def test_no_file_opens_a_copy_of_the_demo_made_once(tmp_path, monkeypatch, demo):
    """In-process, with the window replaced: the original is never handed to it, and a
    second launch (no plan opened in the window since) opens the same untouched copy
    (tests/unit/test_s23sm_demo_reopen.py: the plan opened last comes first)."""
    import app.cli.demo
    import app.ui.app
    from app.cli import main

    opened: list[Path] = []
    monkeypatch.setattr(app.cli.demo, "plans_folder", lambda: tmp_path / "Gantry")
    monkeypatch.setattr(app.ui.app, "launch", lambda path: opened.append(path) or 0)
    assert main([]) == 0
    assert main([]) == 0
    assert [p.name for p in opened] == ["CRM roll-out (demo).gantry"] * 2
    assert all(p.parent == tmp_path / "Gantry" for p in opened)
    assert read_plan(opened[0]) == read_plan(demo)
    assert main([str(opened[1])]) == 0
    assert opened[-1] == opened[1]


def test_convert_a_ganttproject_file(tmp_path, shared_data):
    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    result = gantry("convert", source, tmp_path / "house.gantry")
    assert result.returncode == 0, result.stderr
    assert len(read_plan(tmp_path / "house.gantry").tasks) == 20
    same = gantry("diff", source, tmp_path / "house.gantry", "--json")
    assert json.loads(same.stdout) == {"changes": []}


def test_an_unexpected_error_is_still_one_line(monkeypatch, capsys, demo):
    import app.cli.plan_io
    from app.cli import main

    def broken(plan):
        raise RuntimeError("scheduler fell over\nwith a second line")

    monkeypatch.setattr(app.cli.plan_io, "schedule", broken)  # schedule_read runs it
    assert main(["schedule", str(demo)]) == 1
    err = capsys.readouterr().err
    assert err == "gantry: internal error (RuntimeError): scheduler fell over with a second line\n"


def _looping_xml(tmp_path: Path) -> Path:
    def task(uid: int, pred: int) -> str:
        return (
            f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>Step {uid}</Name>"
            "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>"
            f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>1</Type>"
            "</PredecessorLink></Task>"
        )

    path = tmp_path / "loop.xml"
    path.write_text(
        '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
        f"<StartDate>2026-01-05T08:00:00</StartDate><Tasks>{task(1, 2)}{task(2, 1)}</Tasks>"
        "</Project>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("command", [("schedule", "--json"), ("schedule",), ("info",)])
def test_looping_links_in_ms_project_xml_open_without_the_closing_link(tmp_path, command):
    """The link that closes the loop is left out with a note on stderr, the same for each."""
    result = gantry(command[0], _looping_xml(tmp_path), *command[1:])
    assert result.returncode == 0
    assert result.stderr == (
        "gantry: note: loop.xml: link ID 2 -> ID 1 FS left out: it closed a loop "
        "through ID 1 'Step 1', ID 2 'Step 2'\n"
    )
