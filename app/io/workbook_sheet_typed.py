"""Dates a client typed on the Plan sheet of a workbook without round-trip data.

Read back, such a sheet gives each task its Start (as Start No Earlier Than where links
alone place it earlier) and its Duration; the Finish cell was left unread. A client's
Finish typed a week later went without a word, and a Start typed past its Finish (the
Finish left as it was) stopped the whole read with "finish ... is before start". The full
workbook takes both (app/io/roundtrip_typed_dates.py); so does this read now, as MS
Project takes them:

- a Start typed past its Finish moves the task there with its duration kept (Start No
  Earlier Than), the Finish cell left unread;
- a Start typed alone (the task held there, Start No Earlier Than) moves the task with its
  duration: its Finish cell is not where the plan now finishes it, which is said;
- a Finish that is not where its Start and Duration place the task is taken as typed: the
  task's duration becomes the working time from its start to it;
- a Start Variance or Finish Variance that does not match the date and baseline date
  beside it is said to be computed (it is not read), as the full workbook's read says;
- a Finish typed on a row whose Actual Start was typed elsewhere than its Start is said
  not to be read (the task moves to its Actual Start with its duration), and a note whose
  task the other dates typed move on says where it finishes then.

Each is said in a note naming the task and the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.domain.errors import AppError
from app.domain.link import LinkType
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.status_report import finish_variance, signed_days
from app.domain.task import ConstraintType, Task
from app.domain.tracking_edits import duration_between, task_clock
from app.domain.workload import DayCalendar
from app.io.cell_error import CellError
from app.io.csv_actuals import actual_date_columns
from app.io.sheet_import import SheetRows
from app.io.sheet_mapping import ColumnMapping
from app.io.sheet_values import is_blank, read_duration_cell
from app.io.workbook_cells import cell_text
from app.io.workbook_typed_starts import early_starts

_NAMED = 3  # rows named in the variance note; the rest counted
_SLACK_MINUTES = 5  # a Remaining Duration is written to two decimals of its unit


def _moment(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _date(row: Sequence[object], col: int | None) -> datetime | None:
    """The date (calamine reads a date cell as one) in ``col`` of ``row`` (None: none)."""
    if col is None or col >= len(row):
        return None
    value = row[col]
    return value if isinstance(value, datetime) else None


def _column(mapping: ColumnMapping, title: str) -> int | None:
    """The column titled ``title`` (None: none)."""
    titles = [str(t).strip() for t in mapping.titles]
    return titles.index(title) if title in titles else None


def _duration_kept(plan: Plan, task: Task, row: Sequence[object], col: int | None) -> bool | None:
    """Whether the row's Remaining Duration is what its Duration and % Complete leave, as
    written (a Duration typed leaves it as it was); None: no such cell to tell by."""
    value = row[col] if col is not None and col < len(row) else None
    if col is None or is_blank(value):
        return None
    try:
        left = read_duration_cell(value, plan.project, "d").minutes
    except (AppError, CellError):
        return None
    expected = task.duration_minutes * (100.0 - task.percent_complete) / 100.0
    return abs(left - expected) <= _SLACK_MINUTES


def _task_rows(data: SheetRows, mapping: ColumnMapping) -> list[int]:
    """The indexes of the rows read as tasks (those with a name)."""
    name = mapping.columns["name"]
    first = mapping.header_row + 1
    return [
        i
        for i in range(first, len(data.rows))
        if name < len(data.rows[i]) and not is_blank(data.rows[i][name])
    ]


def starts_past_finish(data: SheetRows, mapping: ColumnMapping) -> tuple[SheetRows, list[str]]:
    """``data`` with the Finish cell of each row whose Start was typed past it left blank
    (the task moves with its duration), and a note for each."""
    start, finish = mapping.columns.get("start"), mapping.columns.get("finish")
    name = mapping.columns["name"]
    if start is None or finish is None:
        return data, []
    blanked: dict[int, object] = {}
    notes = []
    for i in _task_rows(data, mapping):
        row = data.rows[i]
        begin, end = _date(row, start), _date(row, finish)
        if begin is None or end is None or end >= begin:
            continue
        blanked[i] = None
        notes.append(
            f"{quoted(str(row[name]).strip())}: Start {_moment(begin)} typed past its Finish "
            f"{_moment(end)} ({data.where(i, start)}); the task moves there with its duration "
            "(Start No Earlier Than), as MS Project moves it"
        )
    if not blanked:
        return data, []
    rows = list(data.rows)
    for i in blanked:
        cells = list(rows[i])
        cells[finish] = ""
        rows[i] = cells
    return replace(data, rows=rows), notes


def typed_finishes(
    plan: Plan, data: SheetRows, mapping: ColumnMapping
) -> tuple[list[str], set[int]]:
    """Take the dates typed on each row whose Start, Duration and Finish cells disagree (the
    sheet as written agrees; a row moved by its links alone still does; a task under way,
    which may wait on its links: its Finish is not where the plan finishes it), and say so, with
    the rows whose Finish was typed. A task held at its Start cell (Start No Earlier Than,
    kept only where the Start is not where links place it) had its Start typed: it keeps its
    duration. Otherwise its Finish was typed: the duration becomes the working time from
    its start to it, where the other dates typed start it (:func:`_typed_lengths`: a
    predecessor's Finish typed later starts it later). One typed before its start is named,
    not taken."""
    start, finish = mapping.columns.get("start"), mapping.columns.get("finish")
    rows = _task_rows(data, mapping)
    if start is None or finish is None or len(rows) != len(plan.tasks):
        return [], set()
    typed_rows = {}
    restarted: dict[int, tuple[int, datetime, datetime]] = {}
    found = schedule(plan)
    actual, _finish = actual_date_columns(mapping, set(mapping.columns.values()))
    for task, i in zip(plan.tasks, rows, strict=True):
        typed, begin = _date(data.rows[i], finish), _date(data.rows[i], start)
        if typed is None or begin is None or plan.is_summary(task.uid):
            continue
        if task.actual_finish is not None or task.manual:
            continue  # its Actual Finish cell says when it finished; its own dates
        started = _date(data.rows[i], actual)
        if started is not None and started != begin:
            # an Actual Start typed: the task moves there, its duration kept; a Finish typed
            # on the row too (not where its Start and Duration put it) is not read: said
            clock = task_clock(plan, task)
            if (
                typed < begin
                or duration_between(task, begin, typed, clock) != task.duration_minutes
            ):
                restarted[task.uid] = (i, started, typed)
            continue
        if started is not None:  # under way: a wait on its links is no typing
            times = found.get(task.uid)
            if times is not None and times.finish != typed:
                typed_rows[task.uid] = (i, begin, typed)
            continue
        clock = task_clock(plan, task)
        if typed < begin or duration_between(task, begin, typed, clock) != task.duration_minutes:
            typed_rows[task.uid] = (i, begin, typed)
    notes: list[tuple[int, str, datetime | None]] = []  # task, note, the Finish it says
    # a Start typed earlier than its links allow: where the task starts instead, said
    cells = {
        t.uid: (i, _date(data.rows[i], start), _date(data.rows[i], finish))
        for t, i in zip(plan.tasks, rows, strict=True)
        if _date(data.rows[i], actual) is None
    }
    early = early_starts(plan, found, cells, {u: data.where(c[0], start) for u, c in cells.items()})
    notes += [(uid, note, said) for uid, (note, said) in early.items()]
    actual_col = actual if actual is not None else start
    for uid, (i, started, typed) in restarted.items():
        notes.append(
            (
                uid,
                f"{quoted(plan.task(uid).name)}: Actual Start {_moment(started)} typed "
                f"({data.where(i, actual_col)}); the task moves there with its duration, the "
                f"Finish typed on its row, {_moment(typed)} ({data.where(i, finish)}), is not read",
                None,
            )
        )
    remaining = _column(mapping, "Remaining Duration")
    finishes: dict[int, tuple[int, datetime, datetime]] = {}  # the rows whose Finish was typed
    for uid, (i, begin, typed) in typed_rows.items():
        task, times = plan.task(uid), found.get(uid)
        if times is None:
            continue
        name = quoted(task.name)
        kept = _duration_kept(plan, task, data.rows[i], remaining)
        held = task.constraint_type is ConstraintType.SNET and task.constraint_date == begin
        if kept is not True and not held:
            if kept is None:  # no Remaining Duration to tell a Duration typed from a Finish
                notes.append(
                    (
                        uid,
                        f"{name}: its Finish, {_moment(typed)} ({data.where(i, finish)}), is not "
                        "where its Start and Duration place it; the Duration is read, the Finish "
                        f"is not (the plan finishes it {_moment(times.finish)})",
                        times.finish,
                    )
                )
            continue  # the Duration was typed: read as typed, its Finish follows
        if held:
            notes.append(
                (
                    uid,
                    f"{name}: Start {_moment(begin)} typed ({data.where(i, start)}); the task "
                    f"moves with its duration (Start No Earlier Than): Finish {_moment(typed)} "
                    f"-> {_moment(times.finish)}",
                    times.finish,
                )
            )
            continue
        finishes[uid] = (i, begin, typed)
    was = {uid: plan.task(uid) for uid in finishes}
    lengths, final = _typed_lengths(plan, {u: f[2] for u, f in finishes.items()}, found)
    for uid, (i, begin, typed) in finishes.items():
        task, times, shown = was[uid], final.get(uid), found.get(uid)
        if times is None or shown is None:
            continue
        name = quoted(task.name)
        where = data.where(i, finish)
        length = format_duration(task.duration_minutes, plan.project, task.elapsed)
        # other dates typed (a predecessor's Finish or Start, this row's Start before its
        # links allow) start the task elsewhere than its Start cell: said, with what follows
        moved = (
            ""
            if times.start == begin
            else f" (the dates typed start it {_moment(times.start)}, not {_moment(begin)})"
        )
        if typed < times.start:
            notes.append(
                (
                    uid,
                    f"{name}: the Finish typed, {_moment(typed)} ({where}), is before the task "
                    f"starts{moved or f' ({_moment(times.start)})'}; not taken, it keeps its "
                    f"Duration {length} and finishes {_moment(times.finish)}",
                    times.finish,
                )
            )
            continue
        minutes = lengths.get(uid, task.duration_minutes)
        if minutes == task.duration_minutes:
            if uid in early:  # its Finish left as it was: the Start's note says it all
                continue
            notes.append(
                (
                    uid,
                    f"{name}: the Finish typed, {_moment(typed)} ({where}), is its Duration "
                    f"{length} after where it starts{moved}; its duration is kept and it "
                    f"finishes {_moment(times.finish)}",
                    times.finish,
                )
            )
            continue
        new = format_duration(minutes, plan.project, task.elapsed)
        notes.append(
            (
                uid,
                f"{name}: Finish {_moment(shown.finish)} -> {_moment(typed)} typed ({where}); "
                f"the plan makes it Duration {length} -> {new}{moved}",
                typed,
            )
        )
    return _finishes_after(plan, notes), {i for i, _b, _t in typed_rows.values()} | {
        i for i, _s, _t in restarted.values()
    } | {cells[uid][0] for uid in early}


def _typed_lengths(
    plan: Plan, typed: dict[int, datetime], found: Schedule
) -> tuple[dict[int, int], Schedule]:
    """Each task of ``typed`` (its uid -> the Finish typed on its row) given the duration from
    where it starts to that Finish, where that is another length (and not before it starts:
    left as it was), with the schedule that results. Each is measured from where the other
    Finishes typed start it: a predecessor's Finish typed two days later starts it two days
    later, and its own typed Finish then gives it two days less than measured from the start
    the sheet shows (``found``, the plan's schedule before any is taken). Measured again
    until no length changes: each round settles one more task down a chain of typed rows.
    A task whose start follows its own length (a Finish-to-Finish or Start-to-Finish link
    into it, As Late As Possible) is measured from the sheet's start: measured again, each
    round's length moved its start, and the next round's length with it."""
    original = {uid: plan.task(uid) for uid in typed}
    own = {uid for uid in typed if _start_follows_length(plan, original[uid])}
    taken: dict[int, int] = {}
    times = found
    for _round in range(len(typed) + 1):
        wanted: dict[int, int] = {}
        for uid, moment in typed.items():
            task, at = original[uid], (found if uid in own else times).get(uid)
            if at is None or moment < at.start:
                continue
            minutes = duration_between(task, at.start, moment, task_clock(plan, task))
            if minutes != task.duration_minutes:
                wanted[uid] = minutes
        if wanted == taken:
            break
        plan.update_tasks(
            original[uid]
            if uid not in wanted
            else replace(original[uid], duration_minutes=wanted[uid], milestone=wanted[uid] == 0)
            for uid in typed
            if uid in wanted or uid in taken
        )
        taken = wanted
        times = schedule(plan)
    return taken, times


def _start_follows_length(plan: Plan, task: Task) -> bool:
    """Whether ``task``'s start is placed from its finish back by its length."""
    if task.constraint_type is ConstraintType.ALAP:
        return True
    return any(k.type in (LinkType.FF, LinkType.SF) for k in plan.links_into(task.uid))


def _finishes_after(plan: Plan, notes: Sequence[tuple[int, str, datetime | None]]) -> list[str]:
    """The notes, each whose task finishes elsewhere once every date typed is taken (a
    predecessor's Finish typed later moves it on) saying where: ``...; with the other dates
    typed it finishes 2013-01-17 17:00``. Each note read alone was true of the sheet
    before the other rows were taken, and told the PM a Finish the plan no longer gives."""
    if not notes:
        return []
    final = schedule(plan)
    out = []
    for uid, note, said in notes:
        times = final.get(uid)
        if times is not None and said is None:  # the note names no Finish: it says it
            note += f": it finishes {_moment(times.finish)}"
        elif times is not None and times.finish != said:
            note += f"; with the other dates typed it finishes {_moment(times.finish)}"
        out.append(note)
    return out


# a variance's column -> the date column it measures and that date's baseline column
_VARIANCES = {
    "Start Variance": ("start", "Baseline Start"),
    "Finish Variance": ("finish", "Baseline Finish"),
}


def typed_variance_notes(
    plan: Plan, data: SheetRows, mapping: ColumnMapping, typed_rows: set[int]
) -> list[str]:
    """One note per variance column (Start Variance, Finish Variance) naming the rows whose
    value is not its date against the baseline date beside it: computed, not read, as the
    full workbook's read says (app/io/roundtrip_variance_cells.py; none: every one matches,
    or the sheet has no such column). The rows in ``typed_rows`` (a Finish or Start typed,
    said apart) are left out."""
    titles = [str(t).strip() for t in mapping.titles]
    cal = DayCalendar(plan, None)
    notes = []
    rows = _task_rows(data, mapping)
    start = mapping.columns.get("start")
    if start is not None and len(rows) == len(plan.tasks):  # a Start typed: held there
        typed_rows = typed_rows | {
            i
            for task, i in zip(plan.tasks, rows, strict=True)
            if task.constraint_type is ConstraintType.SNET
            and task.constraint_date == _date(data.rows[i], start)
        }  # its variances are the ones exported, from dates the client since moved
    for title, (field, base_title) in _VARIANCES.items():
        if title not in titles or base_title not in titles:
            continue
        variance, base = titles.index(title), titles.index(base_title)
        moment = mapping.columns.get(field)
        typed = []
        for i in rows:
            if i in typed_rows:
                continue
            row = data.rows[i]
            now, then = _date(row, moment), _date(row, base)
            value = cell_text(row[variance] if variance < len(row) else None)
            if now is None or then is None or not value:
                continue
            minutes = finish_variance(cal, now, then)
            if minutes is not None and signed_days(plan.project, minutes) != value:
                typed.append(i + data.first_row + 1)
        if typed:
            named = ", ".join(str(r) for r in typed[:_NAMED])
            more = f" and {len(typed) - _NAMED} more" if len(typed) > _NAMED else ""
            which = f"row {named}" if len(typed) == 1 else f"rows {named}{more}"
            date = "Start" if field == "start" else "Finish"
            notes.append(
                f"{data.sheet}: {title} is computed from {date} and {base_title}; "
                f"values that do not match them are not read, {which}"
            )
    return notes
