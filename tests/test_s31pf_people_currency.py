"""People copied from a plan in euros into a plan in dollars kept their figures and took the
new symbol: €85/h became $85/h (tester s31xp, finding 2). Gantry knows no exchange rate, so
a person with money is refused, naming them and both currencies, and nothing changes: in
``gantry team import`` (exit 1, one line, no file written), a roster paste and tasks
pasted with their people. A person without money, or a plan whose file names no currency,
goes across as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app import formats
from app.cli import main
from app.domain.errors import InputError
from app.domain.people_transfer import apply_merge, merge_people, snapshot_people
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks

START = datetime(2027, 3, 1, 8, 0)


def _euro_plan() -> Plan:
    plan = Plan(project=Project(name="Northwind", start=START))
    plan.add_resource(Resource(1, "Jonas Weber", standard_rate=85.0))
    plan.add_resource(Resource(2, "Intern"))  # no money: nothing to convert
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    plan.add_assignment(Assignment(1, 1, 1, work_minutes=480))
    return plan


def _dollar_plan() -> Plan:
    project = Project(name="Contoso US", start=START, currency="USD", currency_symbol="$")
    plan = Plan(project=project)
    plan.add_resource(Resource(1, "Maria Lopez", standard_rate=90.0))
    return plan


def test_s31pf_a_person_with_a_rate_is_not_carried_into_another_currency():
    source, target = _euro_plan(), _dollar_plan()
    before = list(target.resources)
    merge = merge_people(target, snapshot_people(source, source="nw.gantry"), update=False)
    with pytest.raises(InputError) as refused:
        apply_merge(target, merge)
    said = str(refused.value)
    assert "'Jonas Weber'" in said
    assert "EUR" in said
    assert "USD" in said
    assert "'nw.gantry'" in said
    assert "'Contoso US'" in said
    assert "exchange rate" in said
    assert target.resources == before  # nothing brought, not even the intern


def test_s31pf_rate_tables_and_cost_per_use_count_as_money_too():
    source, target = _euro_plan(), _dollar_plan()
    source.update_resource(
        replace(
            source.resource(1), standard_rate=0.0, rate_tables=((RateEntry(None, 0.0, 0.0, 40.0),),)
        )
    )
    merge = merge_people(target, snapshot_people(source), update=False)
    assert "'Jonas Weber'" in merge.refused


def test_s31pf_people_without_money_and_same_currency_plans_go_across():
    source, target = _euro_plan(), _dollar_plan()
    intern_only = snapshot_people(source, uids=[2])
    apply_merge(target, merge_people(target, intern_only, update=False))
    assert [r.name for r in target.resources] == ["Maria Lopez", "Intern"]
    same = Plan(project=Project(name="Contoso EU", start=START))
    apply_merge(same, merge_people(same, snapshot_people(source), update=False))
    assert next(r for r in same.resources if r.name == "Jonas Weber").standard_rate == 85.0


def test_s31pf_a_plan_whose_file_names_no_currency_takes_people_as_before():
    source = _euro_plan()
    unstated = Plan(project=Project(name="From CSV", currency="USD", currency_stated=False))
    apply_merge(unstated, merge_people(unstated, snapshot_people(source), update=False))
    assert {r.name for r in unstated.resources} == {"Jonas Weber", "Intern"}


def test_s31pf_update_of_a_person_there_is_refused_keep_as_here_is_not():
    source, target = _euro_plan(), _dollar_plan()
    target.add_resource(Resource(2, "Jonas Weber", standard_rate=100.0))
    snapshot = snapshot_people(source, uids=[1])
    assert merge_people(target, snapshot, update=False).empty  # kept as here: nothing crosses
    with pytest.raises(InputError, match="'Jonas Weber'"):
        apply_merge(target, merge_people(target, snapshot, update=True))
    assert target.resource(2).standard_rate == 100.0


def test_s31pf_tasks_pasted_with_their_people_are_refused_whole():
    source, target = _euro_plan(), _dollar_plan()
    copied = copy_tasks(source, [1], "rows")
    document = Document(target)
    with pytest.raises(InputError, match="USD"):
        execute(document, PasteTasksCommand(document, 0, 1, copied, bring_people=True))
    assert target.tasks == []
    assert [r.name for r in target.resources] == ["Maria Lopez"]
    assert not document.undo_stack.canUndo()
    execute(document, PasteTasksCommand(document, 0, 1, copied))  # without the people: fine
    assert [t.name for t in target.tasks] == ["Build"]


def test_s31pf_cli_team_import_refuses_and_writes_nothing(tmp_path, capsys):
    eu, us = tmp_path / "nw.gantry", tmp_path / "us.gantry"
    formats.write_plan(_euro_plan(), eu)
    formats.write_plan(_dollar_plan(), us)
    out = tmp_path / "out.gantry"
    args = ["team", "import", str(us), "--from", str(eu), "--names", "Jonas Weber"]
    assert main([*args, "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "'Jonas Weber'" in err[0]
    assert "EUR" in err[0]
    assert "USD" in err[0]
    assert not out.exists()
    assert main(args) == 1  # in place: the target file is left as it was
    capsys.readouterr()
    assert [r.name for r in formats.read_plan(us).resources] == ["Maria Lopez"]
    assert main(["team", "import", str(us), "--from", str(eu), "--names", "Intern"]) == 0
    assert "added Intern" in capsys.readouterr().out


def test_s31pf_team_check_says_a_rate_differs_by_its_currency(tmp_path, capsys):
    eu, us = tmp_path / "nw.gantry", tmp_path / "us.gantry"
    formats.write_plan(_euro_plan(), eu)
    dollars = _dollar_plan()
    dollars.add_resource(Resource(2, "Jonas Weber", standard_rate=85.0))
    formats.write_plan(dollars, us)
    main(["team", "check", str(eu), str(us)])
    out = capsys.readouterr().out
    assert "Std. rate (different currencies: EUR, USD): nw €85.00/h; us $85.00/h" in out
