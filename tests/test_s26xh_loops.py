"""A link loop in a client's MS Project XML (s26xb M6): the plan opens without the link
that closes it, and every entry point says which link was left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import CycleError
from app.domain.link import Link, LinkType
from app.domain.loop_links import without_loops
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi

NS = "http://schemas.microsoft.com/project"


def _task(uid: int, name: str, *preds: int, level: int = 1, kind: int = 1) -> str:
    links = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>{kind}</Type>"
        "</PredecessorLink>"
        for p in preds
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name>"
        f"<OutlineLevel>{level}</OutlineLevel><Duration>PT8H0M0S</Duration>{links}</Task>"
    )


def _file(tmp_path: Path, *tasks: str) -> Path:
    path = tmp_path / "client.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>" + "".join(tasks) + "</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def _scope_loop(tmp_path: Path) -> Path:
    # Scope -> Sponsor -> Plan, and a hand-added Sponsor -> Scope (in Scope's row, so first)
    return _file(
        tmp_path,
        _task(2, "Scope", 3),
        _task(3, "Sponsor", 2),
        _task(4, "Plan", 3),
    )


LINE = (
    "client.xml: link ID 2 -> ID 1 FS (UID 3 -> 2) left out: it closed a loop through "
    "ID 1 'Scope' (UID 2), ID 2 'Sponsor' (UID 3)"
)


def test_the_link_going_up_the_list_is_left_out_and_said(tmp_path):
    said: list[str] = []
    plan = read_mspdi(_scope_loop(tmp_path), warn=said.append)
    assert sorted(link.key for link in plan.links) == [(2, 3), (3, 4)]
    assert said == [LINE]


def test_two_loops_are_each_broken_and_each_said(tmp_path):
    path = _file(
        tmp_path,
        _task(1, "A", 2),
        _task(2, "B", 1),
        _task(3, "C", 4, kind=3),  # start-to-start
        _task(4, "D", 3),
    )
    said: list[str] = []
    plan = read_mspdi(path, warn=said.append)
    assert sorted(link.key for link in plan.links) == [(1, 2), (3, 4)]
    assert [line.split(": ", 1)[1].split(" left")[0] for line in said] == [
        "link ID 2 -> ID 1 FS",
        "link ID 4 -> ID 3 SS",
    ]


def test_a_plan_without_loops_loses_no_link(tmp_path):
    said: list[str] = []
    plan = read_mspdi(_file(tmp_path, _task(1, "A"), _task(2, "B", 1)), warn=said.append)
    assert [link.key for link in plan.links] == [(1, 2)]
    assert said == []


@pytest.mark.parametrize("command", ["info", "schedule", "convert"])
def test_the_command_line_opens_it_with_a_warning(tmp_path, capsys, command):
    path = _scope_loop(tmp_path)
    target = tmp_path / "client.gantry"
    args = [command, str(path)] + ([str(target)] if command == "convert" else [])
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.splitlines() == [f"gantry: note: {LINE}"]
    if command == "convert":
        assert main(["schedule", str(target)]) == 0  # the .gantry holds no loop


def test_an_edit_closing_a_loop_is_still_refused(tmp_path):
    plan = read_mspdi(_scope_loop(tmp_path))
    with pytest.raises(CycleError, match="would close a cycle"):
        plan.add_link(Link(4, 2, LinkType.FS))


def test_a_loop_through_a_summary_and_its_subtask_is_broken():
    # Phase (summary of Build) -> Test -> Build: Build rolls up into Phase, so Test, which
    # follows Phase, cannot come before Build; the link Test -> Build closes the loop
    plan = Plan(project=Project(name="P"))
    for uid, name, level in ((1, "Phase", 1), (2, "Build", 2), (3, "Test", 1)):
        plan.append_task(Task(uid, name, outline_level=level))
    plan.links.extend([Link(1, 3), Link(3, 2)])
    said = without_loops(plan)
    assert [link.key for link in plan.links] == [(1, 3)]
    assert said[0].startswith("link ID 3 -> ID 2 FS left out: it closed a loop through")
