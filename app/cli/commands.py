"""What each ``gantry`` sub-command does. Output goes to stdout; errors are raised as AppError."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

from app import formats
from app.cli.active_only_option import active_only_options
from app.cli.chart_flags import asked_progress_lines, chart_flags
from app.cli.handoff_options import handoff_write_options
from app.cli.plan_io import (
    load_plan,
    read_plan_file,
    reader_options,
    short_moment,
)
from app.cli.plan_output import (
    check_output_folder,
    plan_output,
    refuse_read_only,
    same_file,
    write_plan_output,
)
from app.cli.plan_output import note as _note
from app.cli.print_flags import print_flag_options
from app.cli.saved_view import check_view_options, group_option, view_options
from app.cli.schedule_command import (
    dump_json,
    load_and_schedule,
    sort_keys,
)
from app.cli.schedule_command import (
    run_schedule as run_schedule,  # getattr(commands, 'run_' + name)
)
from app.cli.schedule_json import iso
from app.cli.sheet_read_lines import read_sheet
from app.domain.errors import (
    AppError,
    OptionError,
)
from app.domain.scheduling.run import schedule_only as schedule


def _table_columns(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The printed columns ``--table NAME`` asks for (None: not given); OptionError for a
    table Gantry lacks, before any file is read (an output that prints no table was
    refused by app/cli/option_checks)."""
    name = getattr(args, "table", None)
    if name is None:
        return None
    from app.report.tables import task_table

    return task_table(name).columns


def run_convert(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry convert IN OUT [options]``: writer options are passed only when given."""
    if args.input.resolve() == args.output.resolve() or same_file(args.input, args.output):
        raise AppError(f"{args.output.name}: input and output are the same file")
    check_output_folder(args.output)
    refuse_read_only(args.output, "nothing was converted")
    formats.check_writable(args.output)
    columns = _table_columns(args)
    check_view_options(args)
    active = active_only_options(args)  # bad usage told before the plan is read
    reading = reader_options(args)
    if formats.real_extension(args.input) in (".xlsx", ".xls", ".ods", ".csv"):
        plan = read_sheet(args.input, reading, out)  # its lines in the order heard
    else:
        plan = read_plan_file(args.input, **reading)
    options = {
        name: getattr(args, name)
        for name in (
            "pages_wide",
            "pages_tall",
            "date_from",
            "date_to",
            "paper",
            "landscape",
            "blank_pages",
            *("margins", "header", "footer", "legend", "legend_text", "notes"),  # Page Setup
            "width",
            "rows",
        )
        if getattr(args, name) is not None
    }
    if columns is not None:
        options["columns"] = columns
    if args.output.suffix.lower() == ".pdf":  # what &[File] prints in a header or footer
        options["file_name"] = Path(args.input).name
    options |= active  # --active-only: a look-ahead sheet
    options |= view_options(args, plan)  # what stands in for the plan's saved view
    options |= chart_flags(args)  # --table tracking's baseline bars, as the window's view
    options |= print_flag_options(args)  # --today, --no-repeat-columns, --outline-level
    asked_progress_lines(args, plan)  # --progress-lines: the current line, for this printout
    options |= handoff_write_options(args)  # --client, --no-costs...: the workbook's parts
    if args.output.suffix.lower() == ".xlsx":  # its Gantt and Cash Flow months: 'Mär 2027'
        from app.cli.usage_table import system_date_names

        options["date_names"] = system_date_names()
    formats.write_plan(plan, args.output, **options)
    # .csv, .gan: recurring tasks as occurrences, no custom field values, as the window says
    for lost in formats.not_kept(plan, args.output.suffix, args.output):
        _note(lost)
    return 0


def run_diff(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry diff OLD NEW [--json]``."""
    from app.cli.diff_assignments_held import assignment_notes
    from app.cli.diff_csv import dated_pair, read_both
    from app.cli.diff_document import unheld_notes
    from app.cli.diff_handoff import handoff_pair
    from app.cli.diff_listed import listed
    from app.cli.diff_plan_sheet import plan_sheet_held, with_sheet_baselines
    from app.cli.diff_sheet_finishes import finishes_as_sent
    from app.cli.diff_text import DiffWriter, held_between, holds_splits
    from app.domain.diff import diff_plans

    # two files: a note that does not name its file ('1 person renamed...') is told with it
    old, new = read_both(
        (args.old, args.new), lambda p, **o: load_plan(p, args, note=_note_naming(p), **o)
    )
    # what each format can hold decides what is compared: by content, not by name
    paths = tuple(Path(p).with_suffix(formats.real_extension(p)) for p in (args.old, args.new))
    # a client hand-off's parts left out (rates, risks...) taken from both: not compared
    old, new, handoff, money = handoff_pair((Path(args.old), Path(args.new)), old, new)
    # the formats keeping pauses (.gantry, MSPDI) keep work typed into Usage periods too
    both = holds_splits(*paths)
    # a workbook without round-trip data: what its Plan sheet alone carries
    held, sheet_only = plan_sheet_held((Path(args.old), Path(args.new)), held_between(*paths))
    with_sheet_baselines((Path(args.old), Path(args.new)), old, new)  # the dates it shows
    changes = diff_plans(old, new, splits=both, typed_work=both, held=held)
    # a Finish the Plan sheet shows as scheduled on calendars it does not carry: no typing
    changes, as_sent = finishes_as_sent((Path(args.old), Path(args.new)), old, new, changes)
    # a CSV beside a fuller plan: that plan with the CSV's changes made (app/cli/diff_csv.py)
    old, new = dated_pair(old, new, paths, changes)
    # schedules each plan once, for the leveling delays' texts and the dates that moved
    writer = DiffWriter(old, new, (Path(args.old).name, Path(args.new).name))
    writer.money = money  # a hand-off without costs: no Cost, BAC or EAC said
    writer.baseline_money = not sheet_only  # its baselines' dates alone: no BAC, EAC
    notes = [*handoff, *sheet_only, *as_sent, *unheld_notes(paths, held, old, new)]
    notes += assignment_notes(paths, held, old, new)  # a .gan's or CSV's: units alone
    for line in notes:  # risks not compared: the .xml keeps none
        _note(line)
    if args.output is not None:
        return _diff_report(args, writer, changes, notes)
    if args.json:
        dump_json(writer.json_data(changes), out)
    else:
        writer.write_text(listed(changes), out)  # a long baseline's tasks past 10 counted
    return 0


def _diff_report(
    args: argparse.Namespace, writer: Any, changes: list[Any], notes: list[str]
) -> int:
    """``gantry diff OLD NEW -o FILE``: the change report written (app/cli/diff_document.py)."""
    from app.cli.diff_document import diff_report
    from app.report.diff_report import write_report

    output = Path(args.output)
    if args.json:
        raise AppError("--json prints to the terminal: leave out -o, or --json")
    if any(same_file(output, Path(p)) for p in (args.old, args.new)):  # a hard link too
        raise AppError(f"{output.name}: input and output are the same file")
    check_output_folder(output)
    write_report(diff_report(writer, changes, (args.old, args.new), notes), output)
    return 0


def _note_naming(path: Path) -> Callable[[str], None]:
    """:func:`_note` for the notes of reading ``path``, each starting with its file's name."""
    name = Path(path).name

    def note(line: str) -> None:
        _note(line if name in line else f"{name}: {line}")

    return note


def run_info(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry info FILE`` (app/cli/info_command.py)."""
    from app.cli.info_command import run_info

    return run_info(args, out)


def _second_plan(args: argparse.Namespace) -> bool:
    """``gantry report A B --json``: B is a plan to report with A, not an output."""
    from app import formats

    output = getattr(args, "output", None)
    if output is None or not args.json or getattr(args, "cash_flow", False):
        return False
    return Path(output).suffix.lower() in formats.readable_extensions()


def run_report(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry report FILE [OUT.pdf] [--json] [--status-date DATE] [--paper P] [--landscape]
    [--margins MM] [--header TEXT] [--footer TEXT]`` (app/cli/report_page_setup.py): the PDF,
    and with ``--json`` its first page's figures printed (app/cli/report_json.py)."""
    from datetime import datetime

    from app.domain.costs import compute_costs
    from app.domain.status_report import gather_status
    from app.domain.tracking import end_of_day

    if (
        getattr(args, "combined", None) is not None
        or getattr(args, "more", None)
        or _second_plan(args)
    ):
        from app.cli.pool_report import run_combined  # several plans (app/cli/pool_report.py)

        return run_combined(args, out)
    output = Path(args.output) if args.output is not None else None  # None: --json only
    if args.cash_flow:  # OUT may be a CSV too (app/cli/cash_flow_report.py)
        from app.cli.cash_flow_report import cash_level, cash_period, check_cash_flow_output

        cash_period(args.by)  # a wrong --by or --level, a wrong OUT: told before reading
        cash_level(args.level)
        check_cash_flow_output(output)
    elif output is not None and output.suffix.lower() != ".pdf":
        what = "the Budget" if args.budget else "the status report"
        raise AppError(f"{output.name}: {what} is written as a PDF (name it .pdf)")
    if output is not None:
        if same_file(output, Path(args.file)):  # the path, a symlink or a hard link
            raise AppError(f"{output.name}: input and output are the same file")
        check_output_folder(output)
    from app.cli.report_page_setup import asked_page_setup, with_page_setup

    asked = asked_page_setup(args)  # --margins, --header, --footer: judged before reading
    from app.cli.report_tasks_json import against_baseline, check_task_flags, tasks_json

    check_task_flags(args)  # --tasks, --baseline N
    plan, result = load_and_schedule(args)
    against_baseline(plan, args)  # earned value against Baseline N, in memory
    status = args.status_date
    if status is not None and status == datetime.combine(status.date(), datetime.min.time()):
        status = end_of_day(plan, status.date())  # a bare date, as MS Project reads one
    if args.cash_flow:  # Reports > Costs > Cash Flow (app/cli/cash_flow_report.py)
        from app.cli.cash_flow_report import run_cash_flow

        return run_cash_flow(args, plan, result, out, args.paper or "A4")
    if args.budget:  # the Budget view's printout (app/cli/budget_report.py)
        from app.cli.budget_report import write_budget

        return write_budget(args, plan, result, status, asked, out)
    costs = compute_costs(plan, result)
    report = gather_status(plan, result, costs, datetime.now(), status)
    report = with_page_setup(report, asked)  # this report's, not the plan's
    if output is not None:
        from app.report.status_pages import write_status_pdf

        with formats.whole_file(output) as draft:  # a failed PDF leaves no half of one
            write_status_pdf(report, draft, args.paper or "A4", bool(args.landscape))
    if args.json:
        from app.cli.report_json import status_to_json_data

        data = status_to_json_data(report)
        from app.domain.progress_past_status import past_status

        ahead = past_status(plan, result, report.status_date)  # actuals dated after it
        data["progress_after_status_date"] = [
            {"uid": uid, "name": plan.task(uid).name} for uid in ahead
        ]
        if args.tasks:  # each task's earned value at the report's status date
            data["tasks"] = tasks_json(plan, result, costs, report.status_date)
        dump_json(data, out)
    return 0


def run_move(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry move FILE --start DATE [-o OUT] [--keep-deadlines]``: Move Project (DATE:
    YYYY-MM-DD or DD.MM.YYYY, as the other day options read it)."""
    from datetime import datetime

    from app.cli.option_words import parse_day
    from app.domain.move_project import move_project

    day = parse_day(args.start, "--start")
    output = plan_output(args, "moved")
    plan = load_plan(Path(args.file), args)
    new_start = datetime.combine(day, plan.project.start.time())
    move = move_project(plan, new_start, not args.keep_deadlines)
    with plan.batch():
        plan.set_project(move.project)
        for task in move.tasks:
            plan.update_task(task)
        for uid, rec in move.recurrences:
            plan.set_recurrence(uid, rec)
    result = schedule(plan)  # a plan that cannot be scheduled is not written
    write_plan_output(plan, output, "nothing was moved")
    out.write(
        f"{plan.project.name}: moved to start {day:%Y-%m-%d}, finishes "
        f"{short_moment(iso(result.finish))} ({len(move.tasks)} tasks moved"
        + (f", {move.with_progress} with progress" if move.with_progress else "")
        + f"); written to {output}\n"
    )
    return 0


def run_usage(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry usage FILE [--by day|week|month] [--tasks [--filter NAME] [--sort KEYS [--flat]]
    [--group NAME]] [--csv OUT.csv]``
    (app/cli/usage_table.py); with more files, one team across them (app/cli/pool_usage.py)."""
    if getattr(args, "more", None):
        from app.cli.pool_usage import run_pool_usage

        return run_pool_usage(args, [Path(args.file), *args.more], out)
    from app.cli.usage_table import (
        check_usage_options,
        days_given,
        parse_details,
        parse_scale,
        run_usage,
    )
    from app.domain.sorting import TaskSort

    try:
        scale = parse_scale(args.by)  # before loading: a wrong --by costs no reading
    except AppError as exc:  # not one of the choices: bad usage, as argparse's choices
        raise OptionError(str(exc)) from None
    check_usage_options(args)  # --filter on Resource Usage
    from app.cli.usage_pdf import check_outputs

    check_outputs(args.csv, args.pdf)  # one of --csv and --pdf, a PDF named .pdf
    written = args.csv if args.csv is not None else args.pdf
    if written is not None:
        if same_file(written, Path(args.file)):
            raise AppError(f"{written.name}: input and output are the same file")
        check_output_folder(written)
    keys = sort_keys(args)  # before loading: a bad key is told at once (unless an alias)
    days = (days_given(args, "from_day", "--from"), days_given(args, "to_day", "--to"))
    plan, result = load_and_schedule(args)
    kept = args.filter  # Task Usage under an MS Project filter
    if keys == () and args.sort:  # a custom field's alias
        keys = sort_keys(args, plan)
    if args.flat and keys is None:  # the leaves in plan order, as gantry schedule --flat
        keys = ()
    order = None if keys is None else TaskSort(keys, keep_outline=not args.flat)
    group = None if args.group is None else group_option(args.group, plan)
    shown = parse_details(args)  # --details: told bad by check_usage_options already
    if written is None:
        return run_usage(
            plan, result, scale, args.tasks, None, out, kept, order, group, shown, days=days
        )
    with formats.whole_file(written) as draft:  # a failed CSV or PDF leaves no half of one
        if args.pdf is not None:  # the window's Usage printout (app/cli/usage_pdf.py)
            file = Path(args.file).name  # what &[File] prints, as on the Gantt's pages
            return run_usage(
                plan,
                result,
                scale,
                args.tasks,
                None,
                out,
                kept,
                order,
                group,
                shown,
                draft,
                file,
                days=days,
            )
        return run_usage(
            plan, result, scale, args.tasks, draft, out, kept, order, group, shown, days=days
        )


def run_level(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry level FILE [-o OUT] [--order ...] [--no-splits]`` (app/cli/level_command.py)."""
    from app.cli.level_command import run_level

    return run_level(args, out)


def run_baseline(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry baseline FILE [--number N] [--tasks ...]`` (app/cli/track_commands.py)."""
    from app.cli.track_commands import run_baseline

    return run_baseline(args, out)


def run_status_date(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry status-date FILE DATE|NA`` (app/cli/track_commands.py)."""
    from app.cli.track_commands import run_status_date

    return run_status_date(args, out)


def run_update(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry update FILE --through DATE [--reschedule]`` (app/cli/track_commands.py)."""
    from app.cli.track_commands import run_update

    return run_update(args, out)


def run_progress(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry progress FILE --task UID [--percent N] ...`` (app/cli/progress_command.py)."""
    from app.cli.progress_command import run_progress

    return run_progress(args, out)


def run_split(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry split FILE --task UID --at DATETIME --for DURATION`` (app/cli/absence_commands.py)."""
    from app.cli.absence_commands import run_split

    return run_split(args, out)


def run_days_off(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry days-off FILE --person NAME --from DATE --to DATE`` (app/cli/absence_commands.py)."""
    from app.cli.absence_commands import run_days_off

    return run_days_off(args, out)


def run_project(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry project FILE [--name TEXT] ...`` (app/cli/project_command.py)."""
    from app.cli.project_command import run_project

    return run_project(args, out)


def run_new(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry new FILE [--start DATE] ...``: File > New (app/cli/new_command.py)."""
    from app.cli.new_command import run_new

    return run_new(args, out)


def run_risks(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry risks FILE [--json | -o OUT] [--status S] ...`` (app/cli/risk_command.py)."""
    from app.cli.risk_command import run_risks

    return run_risks(args, out)


def run_risk(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry risk add|edit|close FILE [--risk ID] ...`` (app/cli/risk_command.py)."""
    from app.cli.risk_command import run_risk

    return run_risk(args, out)


def run_open(path: Path | None) -> int:
    """``gantry [FILE]``: the window, on FILE; without one, on the plan opened last, else
    on the demo plan (its untouched copy, else a fresh one: app/cli/demo.plan_to_open)."""
    from app.cli.demo import plan_to_open

    if path is not None and not path.exists():
        raise AppError(f"{path}: no such file")
    _check_display()
    if path is None:
        from app.ui.settings import Settings  # the window's File > Open Recent list

        path = plan_to_open(Settings().recent_files())
    from app.cli.diff_document import report_between
    from app.ui.app import launch
    from app.ui.compare_versions import set_report_builder

    set_report_builder(report_between)  # Project > Compare with Plan…: gantry diff's report
    return launch(path)


def _check_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> None:
    """Refuse to open the window where Qt would abort for want of a screen (an SSH session)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        raise AppError(
            "no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "run gantry on a desktop, or use a command such as 'gantry schedule FILE'"
        )


def run_team(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry team import TARGET --from OTHER`` (app/cli/team_command.py)."""
    from app.cli.team_command import run_team

    return run_team(args, out)


def run_assign(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry assign FILE --task UID --person NAME ...`` (app/cli/assign_command.py)."""
    from app.cli.assign_command import run_assign

    return run_assign(args, out)
