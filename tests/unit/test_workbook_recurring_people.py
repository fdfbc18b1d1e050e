"""A recurring task's People in the client workbook: shown as in the window, read back as no change.

Since people typed on a recurring summary go on each occurrence, the summary
row of the exported Plan sheet showed an empty People cell. It now shows what
the window's cell shows (the people common to all occurrences); reading the
returned workbook back puts an edited summary cell on the occurrences and an
unedited one changes nothing.
"""

from __future__ import annotations

from datetime import date, time

from openpyxl import load_workbook

from app.domain.assigning import format_assignments, staff
from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.diff import diff_plans
from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.plan import Plan
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook
from app.io.workbook_cells import plan_rows

SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4),
    date(2026, 3, 2),
    duration_minutes=60,
)
SUMMARY = 2
OCCURRENCES = [3, 4, 5, 6]


def _plan() -> Plan:
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    occurrences = occurrence_tasks(SYNC, "Sync", 3, 2, time(9, 0), wt)
    plan = Plan(tasks=[Task(1, "Build", duration_minutes=4800), Task(2, "Sync"), *occurrences])
    plan.set_recurrence(SUMMARY, SYNC)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Cy"))
    staff(plan, SUMMARY, [(1, 1.0), (2, 0.5)])
    return plan


def _people_of(plan: Plan, uid: int) -> list[tuple[str, float]]:
    names = {r.uid: r.name for r in plan.resources}
    return [(names[a.resource_uid], a.units) for a in plan.assignments_of_task(uid)]


def _workbook(tmp_path, plan: Plan, people: str | None = None):
    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    wb = load_workbook(path)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    uid_col, col = titles.index("UID") + 1, titles.index("People") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == SUMMARY)
    shown = ws.cell(row, col).value
    if people is not None:
        ws.cell(row, col).value = people
        wb.save(path)
    return path, shown


def test_the_summary_row_shows_the_people_of_its_occurrences(tmp_path):
    plan = _plan()
    assert [t.uid for t in plan.children(SUMMARY)] == OCCURRENCES
    assert plan.assignments_of_task(SUMMARY) == []
    _, shown = _workbook(tmp_path, plan)
    assert shown == format_assignments(plan, SUMMARY) == "Ana, Ben[50%]"


def test_the_summary_shows_only_the_people_common_to_every_occurrence():
    plan = _plan()
    plan.add_assignment(Assignment(99, OCCURRENCES[1], 3, 1.0))  # Cy at one meeting only
    rows = {r.uid: r for r in plan_rows(plan, schedule(plan), {}, recurring_people=True)}
    assert rows[SUMMARY].people == "Ana, Ben[50%]"
    assert rows[OCCURRENCES[1]].people == "Ana, Ben[50%], Cy"
    # without the flag (the CSV table) the summary shows only its own assignments
    plain = {r.uid: r for r in plan_rows(plan, schedule(plan), {})}
    assert plain[SUMMARY].people == ""


def test_a_returned_workbook_left_as_it_was_changes_nothing(tmp_path):
    plan = _plan()
    path, _ = _workbook(tmp_path, plan)
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.assignments_of_task(SUMMARY) == []
    assert [c for c in diff_plans(trip.base, trip.theirs) if c.entity == "assignment"] == []
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []


def test_the_same_people_retyped_on_the_summary_are_no_change(tmp_path):
    plan = _plan()
    path, _ = _workbook(tmp_path, plan, "Ben[50%] ; ana")
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.assignments_of_task(SUMMARY) == []
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []


def test_people_typed_on_the_summary_go_on_each_occurrence(tmp_path):
    plan = _plan()
    path, _ = _workbook(tmp_path, plan, "Ana[50%], Cy")
    trip = read_roundtrip_workbook(path)
    assert trip.theirs.assignments_of_task(SUMMARY) == []
    for uid in OCCURRENCES:
        assert sorted(_people_of(trip.theirs, uid)) == [("Ana", 0.5), ("Cy", 1.0)]
    ours = copy_plan(plan)
    items = three_way(trip.base, trip.theirs, ours)
    assert items
    assert not any(i.conflict for i in items)
    apply_changes(ours, trip.theirs, [i.change for i in items])
    assert ours.assignments_of_task(SUMMARY) == []
    assert format_assignments(ours, SUMMARY) == "Ana[50%], Cy"
    assert all(sorted(_people_of(ours, u)) == [("Ana", 0.5), ("Cy", 1.0)] for u in OCCURRENCES)


def test_a_summary_cell_emptied_takes_the_people_off_every_occurrence(tmp_path):
    plan = _plan()
    path, _ = _workbook(tmp_path, plan, "")
    trip = read_roundtrip_workbook(path)
    assert all(trip.theirs.assignments_of_task(u) == [] for u in [SUMMARY, *OCCURRENCES])


def test_merge_drops_a_summary_assignment_that_restates_its_occurrences():
    base = _plan()
    theirs = copy_plan(base)
    theirs.add_assignment(Assignment(50, SUMMARY, 1, 1.0))  # Ana, on all four already
    theirs.add_assignment(Assignment(51, SUMMARY, 3, 1.0))  # Cy, on none of them
    theirs.add_assignment(Assignment(52, SUMMARY, 2, 1.0))  # Ben, but at 50 % there
    added = {i.change.uid for i in three_way(base, theirs, copy_plan(base))}
    assert added == {f"{SUMMARY}:3", f"{SUMMARY}:2"}


def test_merge_keeps_an_assignment_on_an_ordinary_summary():
    base = _plan()
    base.set_recurrence(SUMMARY, None)  # a plain summary now: its own people are its own
    theirs = copy_plan(base)
    theirs.add_assignment(Assignment(50, SUMMARY, 1, 1.0))
    added = {i.change.uid for i in three_way(base, theirs, copy_plan(base))}
    assert added == {f"{SUMMARY}:1"}
