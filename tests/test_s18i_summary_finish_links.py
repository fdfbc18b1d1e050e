"""An indent or outdent that would make a task with an FF or SF predecessor a summary is
refused (issue 3); a file's summary that holds such a link schedules with an issue.

MS Project refuses finish-to-finish and start-to-finish links into a summary, and typing
one into a summary's Predecessors is refused here too. Indenting a task under one with
such a link made a summary whose link the scheduler then ignored, saying nothing. The
plan now refuses that indent (the window shows the plan's message); a summary that holds
such a link (a file's) keeps it, and the scheduler reports it as a ``link-ignored`` issue,
the row's '!' mark and ``schedule --json`` alike.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.errors import OutlineError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import IssueKind
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.indicators import Indicator, TaskIndicators
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.outline_commands import IndentCommand, OutdentCommand

_DAY = 480
_REFUSAL = (
    "'Test' cannot go under 'Build': a summary cannot have the {type} link from 'Design'; "
    "make it FS or SS first"
)


def _plan(kind: LinkType) -> Plan:
    """Design -(kind)-> Build; Test after them, at the top level."""
    plan = Plan(project=Project(name="Links", start=datetime(2026, 3, 2, 8, 0)))
    for uid, name in ((1, "Design"), (2, "Build"), (3, "Test")):
        plan.append_task(Task(uid, name, 1, duration_minutes=2 * _DAY))
    plan.add_link(Link(1, 2, kind))
    return plan


@pytest.mark.parametrize("kind", [LinkType.FF, LinkType.SF])
def test_s18i_indent_under_a_task_with_a_finish_link_is_refused(kind):
    plan = _plan(kind)
    with pytest.raises(OutlineError) as refused:
        plan.indent([3])
    assert str(refused.value) == _REFUSAL.format(type=kind.name)
    assert [t.outline_level for t in plan.tasks] == [1, 1, 1]


@pytest.mark.parametrize("kind", [LinkType.FS, LinkType.SS])
def test_s18i_start_links_may_go_on_a_summary(kind):
    plan = _plan(kind)
    plan.indent([3])
    assert [t.outline_level for t in plan.tasks] == [1, 1, 2]
    assert schedule(plan).issues == []


def test_s18i_outdent_that_makes_such_a_summary_is_refused():
    """Phase [Build, Test], Prep -FF-> Build: Build outdented would have Test under it."""
    plan = Plan(project=Project(name="Links", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Build", 2, duration_minutes=_DAY))
    plan.append_task(Task(3, "Test", 2, duration_minutes=_DAY))
    plan.append_task(Task(4, "Prep", 1, duration_minutes=_DAY))
    plan.add_link(Link(4, 2, LinkType.FF))
    with pytest.raises(
        OutlineError, match=r"^'Test' cannot go under 'Build'.* FF link from 'Prep'"
    ):
        plan.outdent([2])
    assert [t.outline_level for t in plan.tasks] == [1, 2, 2, 1]


def test_s18i_the_window_refuses_the_indent_with_the_plans_message(qtbot):
    doc = Document(_plan(LinkType.FF))
    with pytest.raises(OutlineError) as refused:
        execute(doc, IndentCommand(doc, [3]))
    assert str(refused.value) == _REFUSAL.format(type="FF")
    assert [t.outline_level for t in doc.plan.tasks] == [1, 1, 1]
    assert doc.undo_stack.count() == 0
    assert doc.schedule.issues == []


def test_s18i_undo_of_an_outdent_brings_a_files_summary_back(qtbot):
    """A file's summary with an FF link: outdenting its child is fine, and undo restores it
    (unchecked), with its link-ignored issue."""
    plan = _plan(LinkType.FF)
    plan.set_outline_levels({3: 2})  # as a file gave it: Build a summary of Test
    doc = Document(plan)
    assert [i.kind for i in doc.schedule.issues] == [IssueKind.LINK_IGNORED]
    execute(doc, OutdentCommand(doc, [3]))
    assert doc.schedule.issues == []
    doc.undo_stack.undo()
    assert [t.outline_level for t in plan.tasks] == [1, 1, 2]
    assert [i.kind for i in doc.schedule.issues] == [IssueKind.LINK_IGNORED]


def test_s18i_a_files_such_summary_shows_the_same_issue_in_window_and_json(tmp_path, capsys):
    plan = _plan(LinkType.FF)
    plan.set_outline_levels({3: 2})
    sched = schedule(plan)
    marks = TaskIndicators(plan, sched).of(2)
    assert [m.kind for m in marks] == [Indicator.ISSUE]
    path = tmp_path / "links.xml"
    write_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    (issue,) = json.loads(capsys.readouterr().out)["issues"]
    assert issue["uid"] == 2
    assert issue["kind"] == "link-ignored"
    assert issue["message"] == marks[0].tip
