"""Read Microsoft Project XML (MSPDI) into a Plan.

Keeps the file's task UIDs as ``Task.uid``. Blank rows (IsNull) and the
project summary task (UID 0) are skipped. The values MS Project computed
(early/late dates, slack, critical) are not read: the scheduler recomputes
them. Any bad value raises FileFormatError naming the element, and nothing
is returned half-read.

This module puts the plan together; the parts are read beside it: project
settings (mspdi_project), task rows (mspdi_rows, mspdi_task_fields,
mspdi_fast), tasks with links and baselines (mspdi_tasks, mspdi_links,
mspdi_baselines), recurring summaries (mspdi_recurring), calendars,
resources and assignments, splits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.bulk import replaced
from app.domain.calendar import standard_calendar
from app.domain.errors import AppError, CycleError, FileFormatError, PlanError
from app.domain.fixed_cost_limit import MAX_FIXED_COST
from app.domain.kept_links import KeptLinks
from app.domain.loop_links import without_loops
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.quoting import quoted
from app.domain.resource import ResourceType
from app.domain.scheduling.gc import paused_gc
from app.domain.task import DurationUnit, Task
from app.io.mspdi_actual_days import dated_apart, read_actual_days
from app.io.mspdi_assignment_baselines import read_assignment_baselines
from app.io.mspdi_assignment_leveling import with_adjust_assignments
from app.io.mspdi_calendars import read_calendars
from app.io.mspdi_custom_fields import read_definitions, with_custom_values
from app.io.mspdi_dropped import Dropped, dropped
from app.io.mspdi_edited_work import read_edited_work
from app.io.mspdi_external import kept_external
from app.io.mspdi_interim import read_interims
from app.io.mspdi_left_out import LeftOut
from app.io.mspdi_link_waits import without_link_waits
from app.io.mspdi_links import apply_external_links
from app.io.mspdi_links import read_link as _read_link
from app.io.mspdi_long_texts import LongTexts
from app.io.mspdi_material_rates import with_material_rates
from app.io.mspdi_preleveled import with_leveling_marks
from app.io.mspdi_progress import with_file_actuals
from app.io.mspdi_project import read_project
from app.io.mspdi_recurring import recurrences
from app.io.mspdi_resources import (
    _skills_field,
    read_assignments,
    read_resources,
    skipped_resource_uids,
)
from app.io.mspdi_rows import TASKS as _TASKS
from app.io.mspdi_rows import TaskRows
from app.io.mspdi_settings_lost import settings_lost
from app.io.mspdi_share_actuals import shares_of_percent
from app.io.mspdi_splits import read_splits
from app.io.mspdi_task_fields import read_task as _read_task
from app.io.mspdi_tasks import read_tasks, with_can_split
from app.io.mspdi_values import NS, Q, Reader, duration_unit
from app.io.mspdi_zero_lengths import zero_lengths
from app.io.sniff import describe_root
from app.io.xml_safety import RowStream, parse_xml

# _TASKS, _read_link and _read_task stay importable from here for the tests that use them.
__all__ = ["READ_STEPS", "_TASKS", "_read_link", "_read_task", "plan_from_root", "read_mspdi"]


def read_mspdi(path: Path, **options: Any) -> Plan:
    """Load an MS Project XML file.

    Links that close loops are left out, each said to ``warn`` (app.domain.loop_links);
    ``check_cycles=False`` skips that, for a caller that wants the file's links as they
    are (the scheduler then refuses a loop itself).
    ``progress`` (app.domain.progress.Progress) hears how far the read is, in
    :data:`READ_STEPS` steps; when it answers False the read stops with
    CancelledError and returns nothing. ``warn`` (a callable taking one line) hears
    what the plan leaves out of the file (mspdi_left_out), once it is read whole.
    """
    path = Path(path)
    progress: Progress | None = options.get("progress")
    warn: Callable[[str], None] | None = options.get("warn")
    left_out = LeftOut() if warn is not None else None
    found: list[Dropped] = []  # what else the read leaves out (mspdi_dropped), when told
    # The tree of a large file is hundreds of thousands of acyclic objects:
    # the cyclic garbage collector only slows building it down.
    with paused_gc():
        plan = _read(path, bool(options.get("check_cycles", True)), progress, left_out, found)
    if warn is not None and left_out is not None:
        for line in left_out.notes(path.name):
            warn(line)
        for line in (n for f in found for n in f.notes(path.name)):
            warn(line)
    return plan


# The progress of a read, in steps: parsing the file (task rows are read meanwhile)
# takes some three quarters of the time, building the plan from it the rest.
READ_STEPS = 1000
_PARSED = 750  # after the parse
_TASKS_BUILT = 950  # after the task rows and links became Tasks and Links


def _read(
    path: Path,
    check_cycles: bool = True,
    progress: Progress | None = None,
    left_out: LeftOut | None = None,
    found: list[Dropped] | None = None,
) -> Plan:
    # Task rows are read while the rest of the file is parsed (xml_safety.RowStream).
    rows = TaskRows()
    parsing = part(progress, 0, _PARSED, READ_STEPS) if progress is not None else None
    root = parse_xml(path, RowStream(_TASKS, rows.take, rows), parsing)
    if root.tag != Q + "Project":
        local = root.tag.split("}")[-1]
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        raise FileFormatError(
            f"{path.name}: is {describe_root(local, ns).what}, not MS Project XML "
            f"(expected <Project> in {NS})"
        )
    _refuse_without_plan(root, path.name)
    _refuse_repeated_parts(root, path.name)
    plan = _plan(root, rows, path.stem, check_cycles, progress, left_out)
    _refuse_huge_fixed_costs(plan, path.name)
    if found is not None and left_out is not None:
        found.append(dropped(root, rows.fast.refused_links, rows.fast.unread))
        # the client's bar marks and project settings a file saved back loses
        left_out.lines.extend(settings_lost(root, plan, rows.marks))
    return plan


_PLAN_PARTS = ("Tasks", "Resources", "Calendars", "Assignments")


def _refuse_huge_fixed_costs(plan: Plan, name: str) -> None:
    """Refuse the first task whose <FixedCost> is past a trillion either way (the task sheet's
    bound, app.domain.fixed_cost_limit): a stray figure makes the whole budget meaningless."""
    for task in plan.tasks:
        if abs(task.fixed_cost) > MAX_FIXED_COST:
            raise FileFormatError(
                f"{name}: task UID {task.uid} {quoted(task.name)} <FixedCost>: "
                f"{task.fixed_cost:,.2f} is more than {MAX_FIXED_COST:,.0f}, "
                "the most a task's cost may be"
            )


def _refuse_without_plan(root: Element, name: str) -> None:
    """A <Project> holding none of a plan's parts is not a file MS Project wrote: say what
    it holds instead of opening an empty plan (tasks wrapped one level too deep, say)."""
    if any(root.find(Q + part) is not None for part in _PLAN_PARTS):
        return
    for child in root:
        if child.find(".//" + Q + "Task") is not None:
            raise FileFormatError(
                f"{name}: its <Task> elements are inside <{_local(child.tag)}>, not in "
                "<Project><Tasks> where MS Project writes them"
            )
    found = list(dict.fromkeys(f"<{_local(c.tag)}>" for c in root))
    shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "") if found else "nothing"
    raise FileFormatError(
        f"{name}: no <Tasks>, <Resources> or <Calendars> in its <Project> (found {shown}); "
        "not a plan MS Project wrote"
    )


def _refuse_repeated_parts(root: Element, name: str) -> None:
    """MS Project writes each part of a plan (<Tasks>, <Resources>...) once in its
    <Project>: a second one would be read silently without its rows (the reader takes the
    first), so the file is refused, naming the element."""
    for local in _PLAN_PARTS:
        found = root.findall(Q + local)
        if len(found) > 1:
            raise FileFormatError(
                f"{name}: its <Project> holds {len(found)} <{local}> elements where MS Project "
                "writes one; refused rather than read the first alone"
            )


def _local(tag: str) -> str:
    return tag.split("}")[-1]


def plan_from_root(root: Element, fallback_name: str, check_cycles: bool = True) -> Plan:
    """Build a Plan from a parsed ``<Project>`` element."""
    _refuse_repeated_parts(root, fallback_name)
    rows = TaskRows()
    container = root.find(_TASKS)
    if container is not None:
        rows.take(list(container))
    return _plan(root, rows, fallback_name, check_cycles)


def _plan(
    root: Element,
    rows: TaskRows,
    fallback_name: str,
    check_cycles: bool,
    progress: Progress | None = None,
    left_out: LeftOut | None = None,
) -> Plan:
    project = read_project(Reader(root, "<Project>"), fallback_name)
    if left_out is not None:  # a length of 0 read as the default, said (s25rt)
        left_out.defaults.extend(zero_lengths(Reader(root, "<Project>"), project))
    skills = _skills_field(root) if left_out is not None else None  # read as skills
    project = replace(project, custom_fields=read_definitions(root, left_out, skills))
    calendars = read_calendars(root)
    if not calendars:
        calendars = {1: standard_calendar(1)}
    if project.calendar_uid not in calendars:
        project = replace(project, calendar_uid=min(calendars))
    read = rows.finish(project)
    building = part(progress, _PARSED, _TASKS_BUILT, READ_STEPS) if progress is not None else None
    estimated: set[tuple[int, int]] = set()  # links with an estimated lag (1d?)
    tasks, links, baselines, external = read_tasks(
        read, rows.fast, rows.ghosts, building, rows.negative, estimated
    )
    if rows.notes:
        project = replace(project, notes=rows.notes)
    project = with_can_split(project, rows.fast)
    tasks = apply_external_links(tasks, external, left_out)
    tasks = with_file_actuals(tasks, rows.fast.actuals)  # exact % behind a typed duration
    default_format = Reader(root, "<Project>").integer("DurationFormat", 7) or 7
    tasks = _default_units(tasks, duration_unit(default_format))
    tasks = _summaries_unestimated(tasks)
    tasks = [
        replace(t, calendar_uid=None)
        if t.calendar_uid is not None and t.calendar_uid not in calendars
        else t
        for t in tasks
    ]
    tasks = read_splits(root, tasks, calendars, project.calendar_uid, rows.stops)
    tasks = with_leveling_marks(tasks, rows.fast.preleveled, calendars, project.calendar_uid)
    interims = {}
    if rows.custom:
        tasks = with_custom_values(tasks, rows.custom, left_out)
        interims = read_interims(tasks, rows.custom)  # Start1..10/Finish1..10
    recurring = rows.recurring
    resources = read_resources(root, calendars)
    task_uids = {t.uid for t in tasks}
    assignments = read_assignments(
        root,
        task_uids,
        {r.uid for r in resources},
        skipped_resource_uids(root),
        {r.uid for r in resources if r.type is ResourceType.COST},
        project.minutes_per_day,
    )
    project = with_adjust_assignments(project, assignments)  # a person leveling delayed
    assignments = read_edited_work(root, assignments)  # Contoured: work typed day by day
    dated = dated_apart(root, tasks, assignments)  # hours typed on their own days (Type 2)
    assignments = shares_of_percent(tasks, assignments, dated)  # not rounded to the minute
    # hours done day by day (Type 2), of those whose actual work is their own (not a share)
    assignments = read_actual_days(root, assignments)
    baselines = read_assignment_baselines(root, assignments, baselines)  # each person's
    if left_out is not None:  # Gantry keeps custom fields of tasks only
        left_out.rows(root, "Resource", skills)
        left_out.rows(root, "Assignment")
    long = LongTexts()  # a 50-million-character <Name> is cut, and said
    project = long.fitted(project, "the project")
    tasks = long.fitted_all(tasks, "task")
    resources = long.fitted_all(resources, "resource")
    assignments = long.fitted_all(assignments, "assignment")
    materials = {r.uid for r in resources if r.type is ResourceType.MATERIAL}
    assignments = with_material_rates(root, assignments, tasks, materials, project)  # 12/d
    if left_out is not None and long.count:
        left_out.lines.append(long.note())
    plan = Plan(
        project=project,
        tasks=tasks,
        links=links,
        calendars=calendars,
        resources=resources,
        assignments=assignments,
        baselines=baselines,
        interims=interims,
    )
    if recurring:
        plan.recurrences = recurrences(plan, recurring)
    kept = KeptLinks(estimated_lags=frozenset(estimated))  # written back (mspdi_write_tasks)
    plan.kept_links = kept_external(kept, external, tasks, rows.ghost_rows)
    report(progress, _TASKS_BUILT, READ_STEPS)
    if check_cycles:
        _break_loops(plan, left_out)
    if rows.elapsed_delays:
        _settle_elapsed_delays(plan, rows.elapsed_delays)
    without_link_waits(plan)  # a started task's wait for a link is no typed split
    report(progress, READ_STEPS, READ_STEPS)
    return plan


def _settle_elapsed_delays(plan: Plan, elapsed: dict[int, int]) -> None:
    """Leveling delays the file gives in elapsed time (``14ed``) as the working minutes that
    start each task where MS Project put it (app.domain.leveling_elapsed); a plan that
    cannot be scheduled keeps the first guess of the row reader."""
    # imported here: only files with such delays need the scheduler while reading
    from app.domain.leveling_elapsed import working_delays

    try:
        delays = working_delays(plan, elapsed)
    except AppError:
        return
    plan.update_tasks(
        replace(plan.task(uid), leveling_delay_minutes=minutes) for uid, minutes in delays.items()
    )


def _default_units(tasks: list[Task], default: DurationUnit | None) -> list[Task]:
    """Tasks whose DurationFormat names no unit (21, 53) show the project's default unit.

    As MS Project: the project's ``<DurationFormat>`` is the format of every
    duration that has none of its own.
    """
    if default is None or all(t.duration_unit is not None for t in tasks):
        return tasks
    # bulk.replaced: a third of dataclasses.replace's time (a file's 500 summaries: ~10 ms)
    return [t if t.duration_unit is not None else replaced(t, duration_unit=default) for t in tasks]


def _summaries_unestimated(tasks: list[Task]) -> list[Task]:
    """Tasks with a summary's ``<Estimated>`` left out: MS Project writes 1 on a summary
    with an estimated subtask, a roll-up the sheet works out anew (app.domain.estimates),
    not the summary's own; read as its own, the Sprints plan's 12 sprints came back
    estimated (66 for 54), and one outdented out of its summary would read ``3d?``."""
    last = len(tasks) - 1
    flagged = [
        i
        for i, t in enumerate(tasks)
        if t.estimated and i < last and tasks[i + 1].outline_level > t.outline_level
    ]
    if not flagged:
        return tasks
    tasks = list(tasks)
    for i in flagged:
        tasks[i] = replace(tasks[i], estimated=False)
    return tasks


def _break_loops(plan: Plan, left_out: LeftOut | None) -> None:
    """Leave out the links that close loops (app.domain.loop_links), saying which: MS
    Project cannot save a loop, but a hand-edited file or another tool's can hold one, and
    refusing the file would leave the user no way to open it and remove the link."""
    try:
        said = without_loops(plan)
    except CycleError as exc:
        raise FileFormatError(f"cannot load the plan: {exc}") from exc
    except PlanError as exc:
        raise FileFormatError(str(exc)) from exc
    if left_out is not None:
        left_out.lines.extend(said)
