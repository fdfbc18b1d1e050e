"""Two people with one name in an MS Project file (MS Project allows it; Gantry's People
column finds people by name).

Read as they were, the second 'Resource 1's task showed 'Resource 1' in its People cell,
and committing that same text again (an edit, Fill Down, a paste) moved the work to the
first 'Resource 1' without a word. The reader now names the second one 'Resource 1 (2)',
its notes say why, and the read says so in one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.assigning import format_assignments, parse_assignments, set_assignments
from app.domain.resource import Renamed, Resource, renamed_notice, renamed_on_read, with_safe_names
from app.formats import read_plan


def test_the_second_of_two_names_is_renamed_and_said():
    people = [Resource(1, "Dana"), Resource(2, "dana"), Resource(3, "Eli"), Resource(4, "Dana")]
    safe = with_safe_names(people, "team.xml")
    assert [r.name for r in safe] == ["Dana", "dana (2)", "Eli", "Dana (3)"]
    assert renamed_on_read(safe) == [
        Renamed("dana", "dana (2)", twin=True),
        Renamed("Dana", "Dana (3)", twin=True),
    ]
    assert "another person had the same name" in renamed_notice(renamed_on_read(safe))
    assert with_safe_names(safe, "team.xml") == safe


def test_twins_and_commas_together():
    people = [Resource(1, "Doe Jane"), Resource(2, "Doe, Jane"), Resource(3, "Doe Jane")]
    names = [r.name for r in with_safe_names(people, "x.gan")]
    assert len({n.casefold() for n in names}) == 3
    assert names[0] == "Doe Jane"


def test_an_mspdi_file_with_twins_keeps_each_task_on_its_person(shared_data, tmp_path):
    source = shared_data / "mspdi" / "assignment-assignments-project2016-mspdi.xml"
    if not source.exists():
        pytest.skip("shared data missing")
    text = source.read_text(encoding="utf-8")
    twin = tmp_path / "twins.xml"
    twin.write_text(text.replace("<Name>Resource 2</Name>", "<Name>Resource 1</Name>"), "utf-8")
    plan = read_plan(Path(twin))
    names = {r.uid: r.name for r in plan.resources}
    assert len(set(names.values())) == len(names)
    for task in {a.task_uid for a in plan.assignments}:
        before = sorted((a.resource_uid, a.units) for a in plan.assignments if a.task_uid == task)
        set_assignments(plan, task, parse_assignments(plan, format_assignments(plan, task)))
        after = sorted((a.resource_uid, a.units) for a in plan.assignments if a.task_uid == task)
        assert after == before
