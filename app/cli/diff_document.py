"""``gantry diff OLD NEW -o FILE``: the change report as a document (app/report/diff_report.py).

The header says what was compared and when: each file with the time it was last saved
and its plan's status date, the baseline the variances and earned value use (with when
it was saved), what the diff could not compare, how moves are measured, and when the
report was made. Then the project's figures (Cost, Work, BAC, EAC) and the rows: every
change the text lists, split into cells, each task's Work and Cost change on its first row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.diff_figures_text import delta_texts, money_text, task_of
from app.cli.diff_items import baseline_name, item_text, project_words
from app.cli.diff_listed import listed
from app.cli.diff_moves import by_how_much, iso_moments, system_moment
from app.cli.diff_sections import (
    COSTS,
    SCHEDULE,
    SECTION_TITLES,
    SLIPPED,
    Entry,
    arranged,
    printed_rows,
    section_of,
    task_named,
)
from app.cli.diff_text import RISK_FORMATS, DiffWriter, field_shown
from app.domain.diff import Held, PlanChange
from app.domain.diff_baselines import MORE
from app.domain.diff_dates import DateMove, DateShift
from app.domain.diff_figures import PlanFigures, resource_cost_change, task_delta
from app.domain.plan import Plan
from app.io.saved_time import saved_time
from app.report.diff_report import CHANGE_HEADERS, DiffReport
from app.report.locale_numbers import PLAIN_MARKS, Marks

# How a move's working time is counted, said once in the header (MS Project's Finish
# Variance counts on the task's calendar; the status report's Finish var. the same way).
MOVES_MEASURED = (
    "working days on each task's calendar (the project's when it has none), "
    "as Finish Variance and the status report count them"
)


def unheld_notes(paths: Sequence[Path], held: Held, old: Plan, new: Plan) -> list[str]:
    """What the diff leaves out because a file cannot keep it, as convert says it: ``risks
    not compared: the .xml keeps none`` (only when the other plan has some)."""
    if held.risks or not (old.risks or new.risks):
        return []
    lacking = sorted({p.suffix.lower() for p in paths if p.suffix.lower() not in RISK_FORMATS})
    return [f"risks not compared: the {' and '.join(lacking)} keeps none"]


def _saved(path: Path) -> str:
    """``saved 2013-01-24 12:12`` when the file says when it was saved (an MS Project XML's
    <LastSaved>, a workbook's own record: app/io/saved_time.py); else ``file modified
    ...``, its modification time, which a copy or a download resets ("": neither known)."""
    own = saved_time(path)
    if own is not None:
        return "saved " + system_moment(own)
    try:
        return "file modified " + system_moment(datetime.fromtimestamp(path.stat().st_mtime))
    except OSError:
        return ""


def _status(plan: Plan) -> str:
    status = plan.project.status_date
    return "no status date" if status is None else f"status date {system_moment(status)}"


def _baseline(plan: Plan) -> tuple[str, ...]:
    """The baseline the new plan's variances and earned value read, with when it was saved."""
    base = plan.baselines.get(plan.project.ev_baseline)
    if base is None:
        return ("Baseline", "none saved (no variances)")
    saved = "" if base.saved_at is None else f"saved {system_moment(base.saved_at)}"
    return ("Baseline", baseline_name(base), saved)


def report_facts(
    writer: DiffWriter, files: Sequence[Path], notes: Sequence[str], made: datetime
) -> tuple[tuple[str, ...], ...]:
    """The header's lines (app/report/diff_report.DiffReport.facts)."""
    old_path, new_path = files
    facts: list[tuple[str, ...]] = [
        ("Old plan", old_path.name, _saved(old_path), _status(writer.old)),
        ("New plan", new_path.name, _saved(new_path), _status(writer.new)),
        _baseline(writer.new),
        ("Moves in", MOVES_MEASURED),
    ]
    facts += [("Not compared", note) for note in notes]
    facts.append(("Report made", system_moment(made)))
    return tuple(facts)


class _Deltas:
    """Each task's Work and Cost change, given on the first row naming the task."""

    def __init__(self, writer: DiffWriter) -> None:
        self.writer = writer
        self.found: tuple[PlanFigures, PlanFigures] | None = writer.figures()
        self.given: set[int] = set()
        self.given_people: set[int] = set()

    def person_cost(self, change: PlanChange) -> str:
        """What a person's rate (or cost per use, accrual) changed comes to, on the first row
        naming the person in the Costs section: ``+€160.00`` (Ana's 16h at 50 -> 60/h);
        "" for another row, no change in cost, or a plan that cannot be scheduled."""
        uid = change.uid
        wanted = section_of(change.entity, change.kind, change.field) == COSTS
        if self.found is None or change.entity != "resource" or not wanted:
            return ""
        if not isinstance(uid, int) or uid in self.given_people:
            return ""
        self.given_people.add(uid)
        amount = resource_cost_change(*self.found, uid)
        if abs(amount) < 0.005:
            return ""
        project = self.writer.new.project
        return money_text(amount, project, self.writer.marks, True)

    def cells(self, uid: int | str) -> tuple[str, str]:
        if self.found is None or not isinstance(uid, int) or uid in self.given:
            return "", ""
        self.given.add(uid)
        delta = task_delta(*self.found, uid)
        return delta_texts(delta, self.writer.new.project, self.writer.marks)


def change_cells(writer: DiffWriter, change: PlanChange) -> tuple[str, str, str, str]:
    """``(item, field, old, new)`` of one change, as its text line says them."""
    item = item_text(change, writer.old, writer.new)
    rest = writer.line(change)[len(f"{change.kind:8} {item}") :].removeprefix(": ")
    if change.kind == MORE:  # "and 40 more tasks not listed (50 in all; ...)": a printout's
        return item, "", rest, ""
    if change.kind != "changed":
        return item, "", "", ""
    title = field_shown(change, writer.old, writer.new)
    if rest.startswith(title + " "):
        rest = rest[len(title) + 1 :]
    else:
        title = ""  # a rate table's line says its field in its own words
    before, arrow, after = rest.partition(" -> ")
    return (item, title, before, after) if arrow else (item, title, rest, "")


def _move_rows(
    writer: DiffWriter, move: DateMove, deltas: _Deltas, item: str
) -> Iterator[tuple[str, ...]]:
    project, marks = writer.new.project, writer.marks
    work, cost = deltas.cells(move.uid)
    shifts: list[tuple[str, DateShift]] = [("Start", move.start), ("Finish", move.finish)]
    if move.start.old == move.finish.old and move.start.new == move.finish.new:
        shifts = [("Start and Finish", move.start)]
    for title, shift in shifts:
        if not shift.moved:
            continue
        old, new = system_moment(shift.old), system_moment(shift.new)
        yield ("moved", item, title, old, new, by_how_much(shift, project, marks), work, cost)
        work = cost = ""


def _item(writer: DiffWriter, change: PlanChange, item: str) -> tuple[str, str]:
    """A task's change named by its ID (``ID 88 'Scope'``) and its UID; another's as is, with
    its uid as ``--json`` gives it: a link's its tasks' UIDs (``1->2``), a person's and a
    risk's their own, an assignment's its task's and person's (``2:3``, as the diff matches
    it: MS Project's Assignment UID is not kept by every format), a calendar's its own, a
    baseline entry's its number and task (``0:12``). The project's own rows give none (its
    uid, 0, names nothing a PM could look up)."""
    if change.entity == "task" and isinstance(change.uid, int):
        named = task_named(writer.new, writer.old, change.uid, change.name)
        return named, str(change.uid)
    if change.entity == "project":
        return item, ""
    return item, str(change.uid)


def report_entries(writer: DiffWriter, changes: Sequence[PlanChange]) -> list[Entry]:
    """Every change, reordered task and moved task as rows of :data:`CHANGE_HEADERS`, in
    their sections (app/cli/diff_sections.py): slipped tasks first, the biggest slip first."""
    deltas = _Deltas(writer)
    entries: list[Entry] = []

    def add(
        section: str, row: tuple[str, ...], uid: str = "", entity: str = "task", slip: int = 0
    ) -> None:
        entries.append(Entry(section, (-slip, len(entries)), row, uid, entity))

    for change in changes:
        task = task_of(change)  # an assignment's row gives its task's, as a task's own does
        work, cost = deltas.cells(task) if task is not None else ("", "")
        cost = cost or deltas.person_cost(change)
        item, *cells = change_cells(writer, change)
        item, uid = _item(writer, change, item)
        section = section_of(change.entity, change.kind, change.field)
        add(section, (change.kind, item, *cells, "", work, cost), uid, change.entity)
    old, new = writer.old, writer.new
    for order in writer.reordered():
        item = task_named(new, old, order.uid, order.name)
        ids = str(order.old_id), str(order.new_id)
        add(SCHEDULE, ("reordered", item, "ID", *ids, "", "", ""), str(order.uid))
    for move in writer.dates().moves:
        item = task_named(new, old, move.uid, move.name)
        slip = move.finish.working if move.finish.working > 0 else 0
        for moved in _move_rows(writer, move, deltas, item):
            add(SLIPPED if slip else SCHEDULE, moved, str(move.uid), slip=slip)
    finish = writer.dates().finish  # the project's (a task added at the end moves it alone)
    if finish is not None and finish.moved:
        project = writer.new.project
        when = system_moment(finish.old), system_moment(finish.new)
        how = by_how_much(finish, project, writer.marks)
        later = finish.working > 0
        add(
            SLIPPED if later else SCHEDULE,
            ("moved", project_words(project.name), "Finish", *when, how, "", ""),
            entity="project",
            slip=PROJECT_FIRST if later else 0,
        )
    assert all(len(e.row) == len(CHANGE_HEADERS) for e in entries)
    return arranged(entries)


# the project's own slip heads its section, above every task's
PROJECT_FIRST = 10**12


def report_rows(writer: DiffWriter, changes: Sequence[PlanChange]) -> tuple[tuple[str, ...], ...]:
    """The rows of :func:`report_entries`."""
    return tuple(e.row for e in report_entries(writer, changes))


def project_dates(writer: DiffWriter) -> list[tuple[str, str, str, str]]:
    """The project's Start and Finish old -> new and by how much, in working days: what a
    PM compares first, the header's first figures (none: a plan cannot be scheduled)."""
    dates = writer.dates()
    rows = []
    for title, shift in (("Start", dates.start), ("Finish", dates.finish)):
        if shift is not None:
            how = by_how_much(shift, writer.new.project, writer.marks) if shift.moved else ""
            rows.append((title, system_moment(shift.old), system_moment(shift.new), how))
    return rows


def diff_report(
    writer: DiffWriter,
    changes: Sequence[PlanChange],
    files: Sequence[Path],
    notes: Sequence[str] = (),
    made: datetime | None = None,
) -> DiffReport:
    """The change report of ``writer``'s two plans (``files``: old, new)."""
    made = made or datetime.now()
    # the figures with no change listed too when Cost, Work or BAC differ (a .gan's side)
    shown_figures = changes or writer.dates().moves or writer.figure_lines(list(changes))
    found = writer.figures() if shown_figures else None
    old, new = (Path(f).name for f in files)
    shown = writer.marks
    counted = listed(changes)  # a printout's: a long baseline's tasks past 10 counted
    short = None if len(counted) == len(changes) else counted

    def built(marks: Marks, plain: DiffReport | None) -> DiffReport:
        entries = report_entries(writer, changes)
        shown_entries = entries if short is None else report_entries(writer, short)
        printout = printed_rows(shown_entries, writer.old, writer.new)
        dates = project_dates(writer) if changes or writer.dates().said else []
        return DiffReport(
            title=f"Changes from {old} to {new}",
            project=str(writer.new.project.name),
            facts=report_facts(writer, [Path(f) for f in files], notes, made),
            figures=(*dates, *(() if found is None else writer.figure_rows(*found))),
            rows=tuple(e.row for e in entries),
            printed=tuple(e.row for e in printout),
            printed_sections=tuple(e.section for e in printout),
            section_titles=SECTION_TITLES,
            sections=tuple(e.section for e in entries),
            uids=tuple(e.uid for e in entries),
            plain=plain,
            currency=writer.new.project.currency if marks is PLAIN_MARKS else "",
        )

    def report(marks: Marks, plain: DiffReport | None = None) -> DiffReport:
        writer.marks = marks
        try:
            if marks is not PLAIN_MARKS:
                return built(marks, plain)
            with iso_moments():  # the CSV's moments as the plan's CSV writes them
                return built(marks, plain)
        finally:
            writer.marks = shown

    # the CSV's: money as bare numbers a spreadsheet reads (1234.50) and moments ISO
    # (2027-06-01 17:00), as the plan's CSV writes them
    return report(shown, plain=report(PLAIN_MARKS))


def report_between(old_path: Path, new_path: Path) -> DiffReport:
    """The change report from the plan in ``old_path`` to the one in ``new_path``, compared
    as ``gantry diff`` compares them (what both formats keep; a CSV's edits made in the
    other plan): what Project > Compare with Plan… shows (app/ui/compare_versions.py).
    A reading note (a file's own words about what it kept) joins the header's facts."""
    from app import formats
    from app.cli.diff_csv import dated_pair, read_both
    from app.cli.diff_handoff import handoff_pair
    from app.cli.diff_plan_sheet import plan_sheet_held, with_sheet_baselines
    from app.cli.diff_sheet_finishes import finishes_as_sent
    from app.cli.diff_text import held_between, holds_splits
    from app.cli.plan_io import read_plan_file
    from app.domain.diff import diff_plans

    said: list[str] = []

    def reading(path: Path, **options: Any) -> Plan:
        def note(line: str) -> None:  # named by its file, as the diff's notes on stderr
            said.append(line if path.name in line else f"{path.name}: {line}")

        return read_plan_file(path, note=note, **options)

    old, new = read_both((old_path, new_path), reading)
    paths = tuple(Path(p).with_suffix(formats.real_extension(p)) for p in (old_path, new_path))
    old, new, handoff, money = handoff_pair((old_path, new_path), old, new)  # rates... not compared
    both = holds_splits(*paths)
    held, sheet_only = plan_sheet_held((old_path, new_path), held_between(*paths))
    with_sheet_baselines((old_path, new_path), old, new)
    changes = diff_plans(old, new, splits=both, typed_work=both, held=held)
    # a Finish the Plan sheet shows as scheduled on what it does not carry: as gantry diff
    changes, as_sent = finishes_as_sent((old_path, new_path), old, new, changes)
    old, new = dated_pair(old, new, paths, changes)
    writer = DiffWriter(old, new, (old_path.name, new_path.name))
    writer.money = money  # a hand-off without costs: no Cost, BAC or EAC said
    writer.baseline_money = not sheet_only  # its baselines' dates alone: no BAC, EAC
    notes = [*handoff, *sheet_only, *as_sent, *unheld_notes(paths, held, old, new), *said]
    return diff_report(writer, changes, (old_path, new_path), notes)
