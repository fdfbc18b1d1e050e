"""Recurring task follow-ups: People typed on the summary apply to each occurrence (keeping
someone added to one occurrence only), and Move Project keeps a counted pattern that skips
non-working days saying as many occurrences as it has tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import load_workbook

from app.domain.assigning import format_assignments, restore_staffing, staff
from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.move_project import move_project
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import (
    NonWorkingOccurrence,
    TaskRecurrence,
    occurrence_dates,
    occurrence_staffing,
    occurrence_tasks,
)
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.io.excel_export import write_workbook
from app.io.excel_import import read_roundtrip_workbook

START = datetime(2026, 3, 2, 8)  # a Monday
SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4), START.date(), duration_minutes=60
)
SUMMARY = 2
OCCURRENCES = [3, 4, 5, 6]
ANA, BEN, CY, DEE = 1, 2, 3, 4


def _meetings() -> Plan:
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    occurrences = occurrence_tasks(SYNC, "Sync", 3, 2, time(9, 0), wt)
    plan = Plan(tasks=[Task(1, "Build", duration_minutes=4800), Task(2, "Sync"), *occurrences])
    plan.set_recurrence(SUMMARY, SYNC)
    for uid, name in ((ANA, "Ana"), (BEN, "Ben"), (CY, "Cy"), (DEE, "Dee")):
        plan.add_resource(Resource(uid, name))
    staff(plan, SUMMARY, [(ANA, 1.0), (BEN, 0.5)])
    # Dee sits in on the second meeting only.
    plan.add_assignment(Assignment(plan.next_assignment_uid(), OCCURRENCES[1], DEE, 1.0, 60))
    return plan


def _people(plan: Plan, uid: int) -> list[tuple[int, float]]:
    return sorted((a.resource_uid, a.units) for a in plan.assignments_of_task(uid))


def test_the_staffing_rule_keeps_whoever_is_on_one_occurrence_only():
    current = [Assignment(1, 4, ANA, 1.0), Assignment(2, 4, BEN, 0.5), Assignment(3, 4, DEE, 1.0)]
    assert occurrence_staffing({ANA, BEN}, [(ANA, 1.0), (CY, 1.0)], current) == [
        (ANA, 1.0),
        (CY, 1.0),
        (DEE, 1.0),
    ]
    # typed on the summary, Dee is on every occurrence at the units typed
    assert occurrence_staffing({ANA, BEN}, [(DEE, 0.5)], current) == [(DEE, 0.5)]


def test_people_typed_on_the_summary_keep_an_occurrences_extra_person():
    plan = _meetings()
    assert format_assignments(plan, SUMMARY) == "Ana, Ben[50%]"
    before = {uid: _people(plan, uid) for uid in OCCURRENCES}
    edits = staff(plan, SUMMARY, [(ANA, 1.0), (CY, 1.0)])  # Ben out, Cy in
    for uid in OCCURRENCES:
        extra = [(DEE, 1.0)] if uid == OCCURRENCES[1] else []
        assert _people(plan, uid) == sorted([(ANA, 1.0), (CY, 1.0), *extra])
    assert format_assignments(plan, SUMMARY) == "Ana, Cy"
    assert plan.assignments_of_task(SUMMARY) == []
    restore_staffing(plan, edits)
    assert {uid: _people(plan, uid) for uid in OCCURRENCES} == before


def test_emptying_the_summary_cell_leaves_the_extra_person_on_their_occurrence():
    plan = _meetings()
    staff(plan, SUMMARY, [])
    assert _people(plan, OCCURRENCES[1]) == [(DEE, 1.0)]
    assert all(_people(plan, uid) == [] for uid in OCCURRENCES if uid != OCCURRENCES[1])


def test_units_changed_on_the_summary_change_them_on_each_occurrence_only_for_its_people():
    plan = _meetings()
    staff(plan, SUMMARY, [(ANA, 0.5), (BEN, 0.5)])
    assert _people(plan, OCCURRENCES[1]) == [(ANA, 0.5), (BEN, 0.5), (DEE, 1.0)]
    assert _people(plan, OCCURRENCES[0]) == [(ANA, 0.5), (BEN, 0.5)]


def test_a_returned_workbook_keeps_the_occurrences_extra_person(tmp_path):
    plan = _meetings()
    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    wb = load_workbook(path)
    ws = wb["Plan"]
    titles = [c.value for c in ws[1]]
    uid_col, col = titles.index("UID") + 1, titles.index("People") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, uid_col).value == SUMMARY)
    assert ws.cell(row, col).value == "Ana, Ben[50%]"
    ws.cell(row, col).value = "Ana, Cy"
    wb.save(path)
    theirs = read_roundtrip_workbook(path).theirs
    assert _people(theirs, OCCURRENCES[1]) == [(ANA, 1.0), (CY, 1.0), (DEE, 1.0)]
    assert _people(theirs, OCCURRENCES[0]) == [(ANA, 1.0), (CY, 1.0)]
    assert theirs.assignments_of_task(SUMMARY) == []


# ---------------------------------------------------------------- Move Project, counted skips


def _fridays(holidays: tuple[date, ...], count: int) -> Plan:
    """A weekly Friday review, ``count`` times, skipped on a day off."""
    cal = replace(
        standard_calendar(1),
        exceptions=tuple(CalendarException("Holiday", d, d) for d in holidays),
    )
    wt = WorkTime.for_calendar(cal, {1: cal})
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (4,), occurrences=count),
        START.date(),
        duration_minutes=60,
        non_working=NonWorkingOccurrence.SKIP,
    )
    tasks = [
        Task(1, "Work", duration_minutes=30 * 480),
        Task(2, "Review"),
        *occurrence_tasks(rec, "Review", 3, 2, START.time(), wt),
    ]
    plan = Plan(project=Project(start=START, calendar_uid=1), tasks=tasks)
    plan.calendars = {1: cal}
    plan.recurrences = {2: rec}
    return plan


def _apply(plan: Plan, new_start: datetime) -> None:
    move = move_project(plan, new_start)
    plan.set_project(move.project)
    for task in move.tasks:
        plan.update_task(task)
    for uid, rec in move.recurrences:
        plan.set_recurrence(uid, rec)


def _days(plan: Plan) -> list[date]:
    return [t.constraint_date.date() for t in plan.children(2) if t.constraint_date]


def _work_time(plan: Plan) -> WorkTime:
    return WorkTime.for_calendar(plan.calendar(), plan.calendars)


def test_a_move_past_the_skipped_holiday_keeps_the_three_reviews_there_are():
    plan = _fridays((date(2026, 3, 6),), 4)  # Fri 6 March off: 3 reviews of the 4 dates
    assert len(plan.children(2)) == 3
    _apply(plan, datetime(2026, 3, 16, 8))  # two weeks later: no holiday in the range
    rec = plan.recurrences[2]
    days = _days(plan)
    assert len(days) == 3
    assert occurrence_dates(rec, _work_time(plan)) == days
    assert rec.pattern.occurrences == 3
    assert {d.weekday() for d in days} == {4}


def test_a_move_onto_a_holiday_keeps_the_three_reviews_there_are():
    plan = _fridays((date(2026, 4, 3),), 3)  # 6, 13, 20 March: all working
    assert len(plan.children(2)) == 3
    _apply(plan, datetime(2026, 3, 23, 8))  # three weeks on: 27 March, 3 April off, 10 April
    rec = plan.recurrences[2]
    days = _days(plan)
    assert len(days) == 3
    assert date(2026, 4, 3) not in days
    assert occurrence_dates(rec, _work_time(plan)) == days
    assert rec.pattern.occurrences == 4  # four Fridays make three reviews, one skipped


# ---------------------------------------------------------------- client workbook, no snapshot


def _without_snapshot(tmp_path, plan: Plan):
    from app.formats import read_plan

    path = tmp_path / "client.xlsx"
    write_workbook(plan, path)
    wb = load_workbook(path)
    del wb["_gantry"]  # the client deleted the hidden sheet
    wb.save(path)
    return read_plan(path)


def test_a_workbook_without_its_hidden_sheet_keeps_the_people_on_the_occurrences(tmp_path):
    plan = _meetings()
    back = _without_snapshot(tmp_path, plan)
    sync = next(t for t in back.tasks if t.name == "Sync")
    assert back.assignments_of_task(sync.uid) == []  # not a second, six-week Ana
    names = {r.uid: r.name for r in back.resources}
    occurrences = back.children(sync.uid)
    assert [t.name for t in occurrences] == ["Sync 1", "Sync 2", "Sync 3", "Sync 4"]
    people = [
        sorted(names[a.resource_uid] for a in back.assignments_of_task(t.uid)) for t in occurrences
    ]
    assert people == [["Ana", "Ben"], ["Ana", "Ben", "Dee"], ["Ana", "Ben"], ["Ana", "Ben"]]
    # recognised as the recurring task it was: the pattern makes its dates again
    rec = back.recurrences[sync.uid]
    wt = WorkTime.for_calendar(back.calendar(), back.calendars)
    assert occurrence_dates(rec, wt) == [t.constraint_date.date() for t in occurrences]
    assert format_assignments(back, sync.uid) == "Ana, Ben[50%]"
    assert back.task(sync.uid).constraint_date is None  # a summary as Gantry makes one


def test_an_ordinary_summary_keeps_its_own_people_without_the_hidden_sheet(tmp_path):
    plan = _meetings()
    plan.set_recurrence(SUMMARY, None)
    for t in plan.children(SUMMARY):  # a phase of ordinary tasks now, all with Ana and Ben
        plan.update_task(replace(t, name=f"Step {t.uid}"))
    plan.add_assignment(Assignment(plan.next_assignment_uid(), SUMMARY, ANA, 1.0, 60))
    back = _without_snapshot(tmp_path, plan)
    sync = next(t for t in back.tasks if t.name == "Sync")
    assert [a.units for a in back.assignments_of_task(sync.uid)] == [1.0]
    assert not back.recurrences


def test_taking_someone_off_the_meetings_keeps_them_one_hour_long():
    """MS Project makes occurrences with effort-driven scheduling off: a one-hour meeting
    without Ben stays one hour (effort-driven, Ana's share grew it to 1.5 h)."""
    plan = _meetings()
    assert not any(t.effort_driven for t in plan.children(SUMMARY))
    staff(plan, SUMMARY, [(ANA, 1.0)])
    assert all(t.duration_minutes == 60 for t in plan.children(SUMMARY))
    assert {a.work_minutes for a in plan.assignments if a.resource_uid == ANA} == {60}


def test_a_changed_pattern_keeps_an_extra_person_on_a_meeting_that_stays():
    """Sync goes from 4 to 6 weeks at 90 min: Dee, at the second meeting only, stays on
    the meeting of that date; the people on all of them go on all six."""
    from app.domain.recurrence_tasks import occurrence_people

    plan = _meetings()
    old = plan.children(SUMMARY)
    longer = replace(SYNC, pattern=replace(SYNC.pattern, occurrences=6), duration_minutes=90)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    new = occurrence_tasks(longer, "Sync", 20, 2, time(9, 0), wt)
    people = occurrence_people(
        [plan.assignments_of_task(t.uid) for t in old],
        new,
        100,
        lambda r: True,
        [t.constraint_date.date() for t in old],
    )
    by_task = {
        t.uid: sorted(
            (a.resource_uid, a.units, a.work_minutes) for a in people if a.task_uid == t.uid
        )
        for t in new
    }
    common = [(ANA, 1.0, 90), (BEN, 0.5, 45)]
    assert by_task[new[1].uid] == sorted([*common, (DEE, 1.0, 90)])
    assert all(by_task[t.uid] == common for t in new if t.uid != new[1].uid)
    assert len({a.uid for a in people}) == len(people)
