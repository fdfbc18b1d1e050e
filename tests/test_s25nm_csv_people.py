"""People come back in the order the file gives them. A CSV's read numbers them by where
each is first named and keeps each cell's order, through a CSV written and read again, in
every locale (pinned here: it already did). Where a client's edit adds a person to a task
that had people, the Import review (app/domain/merge.py) appended them: 'Alice, Bob, Carl'
typed where the plan had Alice and Carl came back 'Alice, Carl, Bob'."""

from __future__ import annotations

import pytest

from app.formats import read_plan, write_plan

LOCALES = {"de_DE": "de_DE.UTF-8", "en_US": "en_US.UTF-8", "C": "C.UTF-8"}


@pytest.mark.parametrize("name", list(LOCALES))
@pytest.mark.parametrize("cell", ["Bob; Alice", "Bob, Alice", "Bob & Alice"])
def test_s25nm_a_csvs_people_keep_the_order_the_file_gives(tmp_path, monkeypatch, name, cell):
    monkeypatch.setenv("LANG", LOCALES[name])
    path = tmp_path / "site.csv"
    path.write_text(
        f'Name,Duration,People\nPour,2d,"{cell}"\nCure,1d,Alice\nDry,1d,"Carl; Bob"\n', "utf-8"
    )
    plan = read_plan(path)
    assert [(r.uid, r.name) for r in plan.resources] == [(1, "Bob"), (2, "Alice"), (3, "Carl")]
    people = {
        t.name: [plan.resource(a.resource_uid).name for a in plan.assignments_of_task(t.uid)]
        for t in plan.tasks
    }
    assert people == {"Pour": ["Bob", "Alice"], "Cure": ["Alice"], "Dry": ["Carl", "Bob"]}
    back = tmp_path / "back.csv"
    write_plan(plan, back)
    again = read_plan(back)
    assert [(r.uid, r.name) for r in again.resources] == [(1, "Bob"), (2, "Alice"), (3, "Carl")]
    assert [(a.task_uid, a.resource_uid) for a in again.assignments] == [
        (a.task_uid, a.resource_uid) for a in plan.assignments
    ]
    written = back.read_text("utf-8-sig")
    # quoted where ',' parts the cells; a ';' CSV (decimal-comma locale, 30de843b) needs none
    assert ('"Bob, Alice"' if "UID,#" in written else ";Bob, Alice;") in written


def test_s25nm_a_person_a_client_adds_goes_where_their_people_cell_names_them(tmp_path):
    """The plan has Alice and Carl on Cure; the client types 'Alice, Bob, Carl' in its People cell of the
    returned workbook. The Import review (and gantry convert) applied Bob after Carl, so
    the plan then read 'Alice, Carl, Bob': the added person now goes where the cell names them."""
    import openpyxl

    from app.domain.plan import Plan
    from app.domain.resource import Assignment, Resource
    from app.domain.task import Task
    from app.io.excel_import import read_roundtrip_workbook
    from app.io.roundtrip_applied import applied_plan

    plan = Plan()
    plan.append_task(Task(1, "Pour", 1, duration_minutes=480))
    plan.append_task(Task(2, "Cure", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Alice"))
    plan.add_resource(Resource(2, "Bob"))
    plan.add_resource(Resource(3, "Carl"))
    plan.add_assignment(Assignment(1, 1, 2, 1.0))
    plan.add_assignment(Assignment(2, 1, 1, 1.0))
    plan.add_assignment(Assignment(3, 2, 1, 1.0))
    plan.add_assignment(Assignment(4, 2, 3, 1.0))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    column = [c.value for c in ws[1]].index("People") + 1
    assert ws.cell(3, column).value == "Alice, Carl"
    ws.cell(3, column).value = "Alice, Bob, Carl"
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    made = applied_plan(trip.base, trip.theirs)
    names = {
        t.name: [made.resource(a.resource_uid).name for a in made.assignments_of_task(t.uid)]
        for t in made.tasks
    }
    assert names == {"Pour": ["Bob", "Alice"], "Cure": ["Alice", "Bob", "Carl"]}
