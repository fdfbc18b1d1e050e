"""``gantry schedule``: load, schedule and print a plan (a table, or the JSON contract).

Also what the other read-and-print commands share with it: loading and
scheduling a file, ``--sort`` keys, the JSON writer and the plain table.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from app.cli.json_text import dump
from app.cli.plan_io import (
    load_plan,
    read_and_schedule_xml,
    say_saved_dates,
    schedule_read,
    short_moment,
)
from app.cli.plan_output import note
from app.cli.schedule_issues import write_issue_lines
from app.cli.schedule_json import iso, schedule_to_dict, schedule_to_json_data
from app.domain.errors import CycleError, FileFormatError, InputError, OptionError
from app.domain.plan import Plan
from app.domain.schedule import Schedule


def json_default(value: object) -> object:
    if isinstance(value, Enum):
        return value.name
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def dump_json(obj: object, out: TextIO) -> None:
    # The text json.dumps(indent=2, ensure_ascii=False) gives, built by a faster
    # writer (the stdlib's indented encoder is pure Python) and written in pieces.
    dump(obj, json_default, out.write)
    out.write("\n")


def load_and_schedule(args: argparse.Namespace) -> tuple[Plan, Schedule]:
    path = Path(args.file)
    if path.suffix.lower() != ".xml":
        plan = load_plan(path, args)
        return plan, schedule_read(path, plan)
    quick = read_and_schedule_xml(path, args)  # no loop check when the plan holds none
    if quick is not None:
        return quick
    # The MS Project XML reader leaves out the links that close loops, saying which
    # (app.domain.loop_links); a loop it cannot break is said with the reader's words.
    plan = load_plan(path, args)
    try:
        return plan, schedule_read(path, plan)
    except CycleError as exc:
        raise FileFormatError(f"{path.name}: cannot load the plan: {exc}") from exc


def run_schedule(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry schedule FILE [--json]``; then a note when the schedule moves tasks from the
    dates an MS Project file saved (once written: the output's columns make it cheap)."""
    keys = sort_keys(args)  # before loading: a bad key is told at once (unless an alias)
    plan, result = load_and_schedule(args)
    code = _write_schedule(args, out, plan, result, keys)
    say_saved_dates(Path(args.file), plan, result, note)
    return code


def _write_schedule(
    args: argparse.Namespace,
    out: TextIO,
    plan: Plan,
    result: Schedule,
    keys: tuple[Any, ...] | None,
) -> int:
    """The schedule of ``plan`` written to ``out``: the table, or --json (its rows sorted or
    filtered as ``args`` ask)."""
    flat = bool(getattr(args, "flat", False))
    if keys == () and getattr(args, "sort", None):  # a custom field's alias: "--sort Points"
        keys = sort_keys(args, plan)
    if flat and keys is None:  # the leaves in plan order
        keys = ()
    kept = None
    if getattr(args, "filter", None) is not None:
        from app.cli.filtering import filter_tasks

        kept = filter_tasks(plan, result, args.filter)
    if args.json and kept is None and keys is None:
        dump_json(schedule_to_json_data(plan, result), out)
        return 0
    from app.domain.notation import format_column_span
    from app.report.locale_numbers import local_figure, system_marks

    data = schedule_to_dict(plan, result)
    pairs = list(zip(plan.tasks, data["tasks"], strict=True))
    if keys is not None:  # in the order View > Sort lists them; "sort" names the keys
        pairs = sorted_pairs(plan, result, pairs, keys, not flat)
        data["tasks"] = [e for _t, e in pairs]
        data["sort"] = [k.text() for k in keys]
        data["outline_kept"] = not flat
    if kept is not None:  # its rows only; "filter" names it and lists the uids that matched
        pairs = [(t, e) for t, e in pairs if t.uid in kept.rows]
        data["tasks"] = [e for _t, e in pairs]
        data["filter"] = {
            "name": args.filter.kind.value,
            "title": kept.title,
            "matching": sorted(kept.matched),
        }
    if args.json:
        dump_json(data, out)
        return 0
    marks = system_marks()  # "2,5d" where the system's locale writes a decimal comma
    project = plan.project
    from app.cli.schedule_sort_column import sort_columns

    titles, sorted_by = sort_columns(plan, result, keys or ())  # the field sorted by, shown
    rows = [("WBS", "Name", "Start", "Finish", "Duration", "Slack", "Critical", *titles)]
    for task, entry in pairs:
        slack = entry["total_slack_minutes"]
        rows.append(
            (
                entry["wbs"],
                task.name if flat else "  " * (task.outline_level - 1) + task.name,
                short_moment(entry["start"]),
                short_moment(entry["finish"]),
                local_figure(entry["duration_text"], marks),
                # in the plan's duration unit, as the window's Total Slack column reads;
                # negative past a missed constraint or deadline ("-3d"), as MS Project's;
                # an elapsed task's (elapsed minutes) in edays, as the sheet shows it
                ""
                if slack is None
                else local_figure(
                    format_column_span(
                        slack, project, elapsed=task.elapsed and not entry["summary"]
                    ),
                    marks,
                ),
                "yes" if entry["critical"] else "",
                *sorted_by(task.uid),
            )
        )
    print_table(rows, out)
    from app.cli.recurring_text import recurring_lines

    recurring = recurring_lines(plan, ((t.uid, e["wbs"]) for t, e in pairs))
    if recurring:  # how each listed recurring task repeats (the JSON's "recurrence")
        out.write("\n" + "\n".join(recurring) + "\n")
    write_issue_lines(data["issues"], out)  # conflicts of the whole plan, as the status bar
    out.write(
        f"\n{plan.project.name}: {short_moment(iso(result.start))} to {short_moment(iso(result.finish))}\n"
    )
    if kept is not None:
        out.write(kept.summary_line() + "\n")
    return 0


def sort_keys(args: argparse.Namespace, plan: Plan | None = None) -> tuple[Any, ...] | None:
    """The ``--sort`` keys (None: plan order); an unknown key is bad usage (OptionError, exit 2).

    Without ``plan`` a key that may be a custom field's alias gives () (told once the plan,
    which names its aliases, is read); with it, the plan's aliases are keys too.
    """
    text = getattr(args, "sort", None)
    if text is None:
        return None
    from app.domain.sorting import parse_sort

    try:
        return parse_sort(text, () if plan is None else plan.project.custom_fields)
    except InputError as exc:
        if plan is None and "unknown sort key" in str(exc):
            return ()
        raise OptionError(str(exc)) from None


def sorted_pairs(
    plan: Plan,
    result: Schedule,
    pairs: list[tuple[Any, dict[str, Any]]],
    keys: tuple[Any, ...],
    keep_outline: bool = True,
) -> list[tuple[Any, dict[str, Any]]]:
    """Tasks and their printed entries in sorted order (by the entries' costs), the outline
    kept or (``keep_outline`` False) only the tasks without subtasks in one list."""
    from datetime import datetime

    from app.domain.sorting import TaskSort, sorted_tasks

    costs = {t.uid: float(e.get("cost") or 0.0) for t, e in pairs}
    entry = {t.uid: e for t, e in pairs}
    now = datetime.now().replace(second=0, microsecond=0)  # earned value: as the window
    order = sorted_tasks(plan, result, TaskSort(keys, keep_outline), costs, now)
    return [(t, entry[t.uid]) for t in order]


def print_table(rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
