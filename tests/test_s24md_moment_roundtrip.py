"""A client workbook nobody touched reads back unchanged, whatever the time of day of its
moments: a night pour's Actual Finish at 00:00 was read as a date alone and given the
default finish time (17:00), so ``gantry diff`` and the Import review listed a longer,
unfinished task for a workbook nobody edited. Every moment column (Start, Finish, Actual
Start and Finish, constraint and deadline dates, baselines, a custom Date field) at 00:00,
06:30 and 23:59 now round-trips, through LibreOffice too; a time that is not its column's
default start or finish time shows in the cell (``yyyy-mm-dd hh:mm``), and a date a client types into a cell
showing the date alone still takes the default time."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.custom_fields import CustomField
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.sheet_values import TimedCell, read_date
from app.io.shown_times import shows_time

DAY = 480
MON = datetime(2027, 1, 4, 8, 0)
TIMES = (time(0, 0), time(6, 30), time(23, 59))
FIVE_PM = time(17, 0)


def _tasks(k: int, at: time) -> list[Task]:
    """Four tasks whose moments are at ``at``, in week ``k`` of the plan."""
    day = date(2027, 1, 4) + timedelta(days=7 * k)

    def moment(days: int) -> datetime:
        return datetime.combine(day + timedelta(days=days), at)

    uid = 4 * k
    return [
        Task(uid + 1, f"Manual {at:%H%M}", manual=True, start=moment(0), finish=moment(2)),
        Task(
            uid + 2,
            f"Poured {at:%H%M}",
            duration_minutes=DAY,
            percent_complete=100.0,
            actual_start=moment(0),
            actual_finish=moment(1),
        ),
        Task(
            uid + 3,
            f"Started {at:%H%M}",
            duration_minutes=2 * DAY,
            percent_complete=50.0,
            actual_start=moment(0),
        ),
        Task(
            uid + 4,
            f"Pinned {at:%H%M}",
            constraint_type=ConstraintType.SNET,
            constraint_date=moment(1),
            deadline=moment(3),
            custom=(("Date1", moment(2)),),
        ),
    ]


def _plan() -> Plan:
    plan = Plan()
    fields = (CustomField("Date1", alias="Pour date"),)
    plan.set_project(replace(plan.project, start=MON, custom_fields=fields))
    plan.insert_tasks(0, [t for k, at in enumerate(TIMES) for t in _tasks(k, at)])
    result = schedule(plan)
    plan.set_baseline(snapshot(plan, result, compute_costs(plan, result), 0, MON))
    return plan


def _files(tmp_path: Path) -> tuple[Path, Path]:
    """The plan as a .gantry file and the client workbook converted from it."""
    gantry, book = tmp_path / "night.gantry", tmp_path / "night.xlsx"
    write_plan(_plan(), gantry)
    assert main(["convert", str(gantry), str(book)]) == 0
    return gantry, book


def _no_changes(gantry: Path, book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``gantry diff`` and the Import review find nothing between the plan and ``book``."""
    capsys.readouterr()
    assert main(["diff", str(gantry), str(book)]) == 0
    assert capsys.readouterr().out.strip() == "no changes"
    trip = read_roundtrip_workbook(book)
    # what the review lists (app/ui/exchange/actions.review_roundtrip): nothing
    assert three_way(trip.base, trip.theirs, copy_plan(read_plan(gantry))) == []


def test_s24md_the_plan_holds_every_moment_at_each_time(tmp_path: Path) -> None:
    plan = read_plan(_files(tmp_path)[0])
    for field in (
        "start",
        "finish",
        "actual_start",
        "actual_finish",
        "constraint_date",
        "deadline",
    ):
        moments = {getattr(t, field) for t in plan.tasks} - {None}
        assert set(TIMES) <= {m.time() for m in moments}, field
    assert set(TIMES) <= {dict(t.custom)["Date1"].time() for t in plan.tasks if t.custom}
    entries = plan.baselines[0].entries
    assert set(TIMES) <= {e.start.time() for e in entries if e.start is not None}
    assert set(TIMES) <= {e.finish.time() for e in entries if e.finish is not None}


def test_s24md_an_untouched_workbook_reads_back_unchanged(tmp_path, capsys) -> None:
    gantry, book = _files(tmp_path)
    _no_changes(gantry, book, capsys)


def test_s24md_a_time_not_a_default_one_shows_in_its_cell(tmp_path: Path) -> None:
    _gantry, book = _files(tmp_path)
    ws = openpyxl.load_workbook(book)["Plan"]
    header = [c.value for c in ws[1]]
    shown = {}
    for row in ws.iter_rows(min_row=2):
        name = row[header.index("Task")].value
        for title in ("Start", "Finish", "Actual Start", "Actual Finish", "Pour date"):
            cell = row[header.index(title)]
            if isinstance(cell.value, datetime):
                shown[(name, title)] = (cell.value, cell.number_format)
    # Excel's built-in date and time (22) and short date (14): the reader's order (s31lc)
    assert shown[("Poured 0000", "Actual Finish")] == (datetime(2027, 1, 5), "m/d/yy h:mm")
    assert shown[("Manual 0630", "Start")] == (datetime(2027, 1, 11, 6, 30), "m/d/yy h:mm")
    assert shown[("Pinned 2359", "Pour date")][1] == "m/d/yy h:mm"
    # at the project's default start or finish time (08:00, 17:00): the date alone, as
    # before (a milestone's Start at 17:00 too: its date, as MS Project shows it)
    starts = {f for (name, title), (v, f) in shown.items() if v.time() == time(8, 0)}
    assert starts == {"mm-dd-yy"}
    finishes = {f for (name, title), (v, f) in shown.items() if v.time() == FIVE_PM}
    assert finishes == {"mm-dd-yy"}
    # wide enough for the time: Excel shows ##### in a column too narrow
    widths = {
        title: ws.column_dimensions[openpyxl.utils.get_column_letter(k + 1)].width
        for k, title in enumerate(header)
    }
    assert min(widths[t] for t in ("Start", "Finish", "Actual Finish", "Pour date")) >= 16


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_s24md_a_workbook_resaved_in_libreoffice_reads_back_unchanged(tmp_path, capsys) -> None:
    gantry, book = _files(tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    resaved = out / book.name
    formats = {
        c.number_format
        for row in openpyxl.load_workbook(resaved)["Plan"].iter_rows(min_row=2)
        for c in row
        if isinstance(c.value, datetime)
    }
    assert any(shows_time(f) for f in formats)
    assert any(not shows_time(f) for f in formats)
    _no_changes(gantry, resaved, capsys)


def _edited(book: Path, edits: dict[tuple[str, str], tuple[object, str | None]]) -> None:
    """``book`` with cells (task name, column title) set to (value, number format) as a
    client types them (None: the cell's own format kept)."""
    wb = openpyxl.load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(r, header.index("Task") + 1).value: r for r in range(2, ws.max_row + 1)}
    for (name, title), (value, number_format) in edits.items():
        cell = ws.cell(rows[name], header.index(title) + 1)
        cell.value = value
        if number_format is not None:
            cell.number_format = number_format
    wb.save(book)


def test_s24md_a_date_typed_alone_takes_the_default_time(tmp_path: Path) -> None:
    _gantry, book = _files(tmp_path)
    # Actual Finish of a task done at 06:30, typed as a date in a cell showing the date alone
    _edited(book, {("Poured 0630", "Actual Finish"): (datetime(2027, 1, 13), "yyyy-mm-dd")})
    trip = read_roundtrip_workbook(book)
    task = next(t for t in trip.theirs.tasks if t.name == "Poured 0630")
    assert task.actual_finish == datetime(2027, 1, 13, 17, 0)


def test_s24md_midnight_typed_where_the_cell_shows_a_time_is_midnight(tmp_path: Path) -> None:
    _gantry, book = _files(tmp_path)
    # the night pour finished a day later, at midnight again: the cell shows 00:00
    _edited(book, {("Poured 0000", "Actual Finish"): (datetime(2027, 1, 6), None)})
    trip = read_roundtrip_workbook(book)
    task = next(t for t in trip.theirs.tasks if t.name == "Poured 0000")
    assert task.actual_finish == datetime(2027, 1, 6, 0, 0)
    assert task.percent_complete == 100.0


def test_s24md_a_date_typed_alone_over_another_time_takes_the_default_time(
    tmp_path: Path,
) -> None:
    _gantry, book = _files(tmp_path)
    # the cell showed 06:30; the client typed a new day alone, which Excel shows as 00:00:
    # the default finish time, as MS Project gives a date typed without one (midnight would
    # end the work on the day before)
    _edited(book, {("Poured 0630", "Actual Finish"): (datetime(2027, 1, 13), None)})
    trip = read_roundtrip_workbook(book)
    task = next(t for t in trip.theirs.tasks if t.name == "Poured 0630")
    assert task.actual_finish == datetime(2027, 1, 13, 17, 0)


def test_s24md_a_custom_date_typed_at_midnight_stays_midnight(tmp_path: Path) -> None:
    _gantry, book = _files(tmp_path)
    # the pour moved to Friday, midnight again, in a cell showing its time
    _edited(book, {("Pinned 0000", "Pour date"): (datetime(2027, 1, 8), None)})
    trip = read_roundtrip_workbook(book)
    task = next(t for t in trip.theirs.tasks if t.name == "Pinned 0000")
    pour = dict(task.custom)["Date1"]
    assert pour == datetime(2027, 1, 8, 0, 0)
    assert type(pour) is datetime  # the plan holds plain moments, not the cell's kind
    # typed alone into a cell showing the date alone: the default start time, as before
    _edited(book, {("Pinned 0000", "Pour date"): (datetime(2027, 1, 8), "yyyy-mm-dd")})
    task = next(t for t in read_roundtrip_workbook(book).theirs.tasks if t.name == "Pinned 0000")
    assert dict(task.custom)["Date1"] == datetime(2027, 1, 8, 8, 0)


def test_s24md_a_workbook_of_an_older_gantry_reads_back_unchanged(tmp_path, capsys) -> None:
    gantry, book = _files(tmp_path)
    # written before moments showed their time: every date cell formatted the date alone
    wb = openpyxl.load_workbook(book)
    for row in wb["Plan"].iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd"
    wb.save(book)
    _no_changes(gantry, book, capsys)


def test_s24md_text_with_a_time_keeps_it_midnight_too() -> None:
    # as Gantry's CSV writes moments; a date typed alone takes the default time
    assert read_date("2027-10-01 00:00", FIVE_PM) == datetime(2027, 10, 1, 0, 0)
    assert read_date("10/1/2027 12:00 AM", FIVE_PM, False) == datetime(2027, 10, 1, 0, 0)
    assert read_date("2027-10-01", FIVE_PM) == datetime(2027, 10, 1, 17, 0)
    assert read_date(date(2027, 10, 1), FIVE_PM) == datetime(2027, 10, 1, 17, 0)
    assert read_date(TimedCell.of(date(2027, 10, 1)), FIVE_PM) == datetime(2027, 10, 1, 0, 0)
    assert type(read_date(TimedCell.of(date(2027, 10, 1)), FIVE_PM)) is datetime


def test_s24md_formats_that_show_a_time() -> None:
    assert shows_time("yyyy-mm-dd hh:mm")
    assert shows_time("YYYY\\-MM\\-DD\\ HH:MM")  # as LibreOffice saves it
    assert shows_time("m/d/yyyy h:mm AM/PM")
    assert not shows_time("yyyy-mm-dd")
    assert not shows_time("YYYY\\-MM\\-DD")
    assert not shows_time('d "h" mmm')  # an h in quotes is text
    assert not shows_time("[$-409]mmmm d, yyyy")


def test_s24md_csv_moments_round_trip(tmp_path: Path) -> None:
    # the CSV writes moments as text with their time (2027-01-04 00:00): read back as written
    plan = _plan()
    path = tmp_path / "night.csv"
    write_plan(plan, path)
    back = {t.name: t for t in read_plan(path).tasks}
    for at in TIMES:
        name = f"Manual {at:%H%M}"
        assert (back[name].start, back[name].finish) == (
            plan.task(_uid(plan, name)).start,
            plan.task(_uid(plan, name)).finish,
        )
    for k, at in enumerate(TIMES):
        pour = dict(back[f"Pinned {at:%H%M}"].custom)["Date1"]
        assert pour == datetime.combine(date(2027, 1, 6 + 7 * k), at)


def _uid(plan: Plan, name: str) -> int:
    return next(t.uid for t in plan.tasks if t.name == name)
