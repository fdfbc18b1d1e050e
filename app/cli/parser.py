"""The argument parser of ``gantry``: one sub-command per row of DESIGN.md's table."""

from __future__ import annotations

import argparse
import importlib
import textwrap
from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP
from app.domain.errors import OptionError
from app.domain.quoting import quoted

COMMANDS = (
    "schedule",
    "convert",
    "diff",
    "info",
    "report",
    "move",
    "usage",
    "level",
    "baseline",
    "status-date",
    "update",
    "progress",
    "team",
    "project",
    "split",
    "days-off",
    "new",
    "risks",
    "risk",
    "assign",
)

_DESCRIPTION = """\
Gantry: plan, staff, budget and print technical projects.

  gantry [FILE]                  open the window (no FILE: a fresh copy of the demo plan)
  gantry schedule FILE [--json]  schedule a plan from scratch and print the dates
  gantry convert IN OUT [opts]   convert between formats (by extension), print to PDF or PNG
  gantry diff OLD NEW [-o FILE]  what changed between two plans (.csv/.xlsx/.pdf report)
  gantry info FILE [--json]      summary of a plan
  gantry report FILE OUT.pdf     the stakeholder status report as a PDF (--json: its figures)
  gantry move FILE --start DATE  move the whole plan to a new start date
  gantry usage FILE [--by week]  work per person (or --tasks) per day, week or month
                                 (several FILEs: one team's work across the plans)
  gantry level FILE [-o OUT]     level resources (delay tasks until no one is over-allocated)
  gantry baseline FILE [-o OUT]  save the current dates and costs as a baseline
  gantry status-date FILE DATE   set the status date (NA: clear it)
  gantry update FILE [opts]      Update Project: progress as scheduled --through DATE
  gantry progress FILE [opts]    Update Tasks: one task's progress (--task UID --percent N)
  gantry team import TARGET      people of another plan (--from OTHER) added to TARGET
                                 (team check A B C: where one person's copies differ)
  gantry project FILE [opts]     the plan's name, company, manager, author (--name TEXT...)
  gantry split FILE [opts]       Split Task: --task UID --at DATETIME --for DURATION
  gantry days-off FILE [opts]    Add Days Off: --person NAME --from DATE --to DATE
  gantry new FILE [opts]         File > New: an empty plan (--start DATE --country DE...)
  gantry risks FILE [opts]       the risk register (--status open --sort exposure --top 5,
                                 -o risks.csv/.xlsx/.pdf)
  gantry risk add FILE [opts]    add, edit or close one risk (--title TEXT, --risk R-07...)
  gantry assign FILE [opts]      Assign Resources: --task UID --person NAME [--units 50%]
                                 (--work, --delay, --contour, --cost-table; --remove)

Each command's options: gantry COMMAND --help.
"""


class _WholeWordsFormatter(argparse.HelpFormatter):
    """argparse's help, its lines broken between words only: argparse broke "sv-percent"
    and "task-name-contains" at a hyphen, so a key copied from ``--help`` was not one."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)


class _CommandParser(argparse.ArgumentParser):
    """A sub-command's parser: an argument it does not take is its own usage error.

    argparse hands a sub-command's unknown arguments back to ``gantry``'s parser, which
    printed its own usage ("gantry [FILE] | gantry {schedule,...}") for
    ``gantry convert a.xml b.pdf --bogus``; the user reads the usage of the command typed.
    ``checks`` judge the parsed arguments together, each calling ``error`` (bad usage).
    """

    checks: tuple[Callable[[argparse.ArgumentParser, argparse.Namespace], None], ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _WholeWordsFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        ns, extra = super().parse_known_args(self._negatives_joined(args), namespace)
        extra = self._late_positionals(ns, extra)
        if extra:
            self.error(f"unrecognized arguments: {' '.join(extra)}")  # argparse's words
        for check in self.checks:  # what argparse cannot say (an argument needed unless...)
            check(self, ns)
        return ns, extra

    def _late_positionals(self, ns: argparse.Namespace, extra: list[str]) -> list[str]:
        """Positional words given after options, each given to the optional positional
        argument still empty (``OUT.pdf``), then to the one taking several (``FILE ...``).

        argparse fills the positional arguments from the first words alone, so ``gantry
        report plan.gantry --cash-flow out.pdf`` said "unrecognized arguments: out.pdf",
        and so did ``gantry usage a.gantry --by week b.gantry``. A word that looks like an
        option, the word after it (its value: ``--width 9``) and one no positional argument
        has room for stay the usage error they were."""
        room = [a for a in self._actions if not a.option_strings and a.nargs in ("?", "*", "+")]
        left: list[str] = []
        for k, word in enumerate(extra):
            empty = [a for a in room if a.nargs == "?" and getattr(ns, a.dest, None) is None]
            many = [a for a in room if a.nargs in ("*", "+")]
            after_option = k > 0 and extra[k - 1].startswith("-")
            if word.startswith("-") or after_option or (not empty and not many):
                left.append(word)
                continue
            action = (empty or many)[0]
            value = self._get_values(action, [word])  # its type, as argparse converts it
            if action.nargs == "?":
                setattr(ns, action.dest, value)
            else:
                setattr(ns, action.dest, [*(getattr(ns, action.dest, None) or []), *value])
        return left

    def _negatives_joined(self, args: Sequence[str] | None) -> list[str] | None:
        """``--actual-duration -2d`` as ``--actual-duration=-2d``: argparse takes a value
        that starts with a minus and is not a plain number for an option, and said the
        option "expected one argument"; joined, the value reaches its own check (a negative
        duration is refused by name)."""
        if args is None:
            return None
        out: list[str] = []
        pending: str | None = None
        for arg in args:
            if pending is not None and len(arg) > 1 and arg[0] == "-" and arg[1] in "0123456789.":
                out[-1] = f"{pending}={arg}"
                pending = None
                continue
            out.append(arg)
            action = self._option_string_actions.get(arg)
            takes_one = action is not None and action.nargs is None  # not a flag
            pending = arg if takes_one and arg.startswith("--") else None
        return out


def _date(flag: str) -> Callable[[str], datetime]:
    """A date option's reader: YYYY-MM-DD, a time of day may follow (``2027-01-15 17:00``),
    or DD.MM.YYYY as a German computer writes a day, read as parse_day reads the other day
    options (``move --start``, ``level --from``): another shape is bad usage in parse_day's
    words (argparse's usage, exit 2), a day outside MS Project's dates its refusal (exit 1)."""

    def read(text: str) -> datetime:
        from app.cli.option_words import parse_day

        try:
            moment: datetime | None = datetime.fromisoformat(text.strip())
        except ValueError:  # a dotted day, or none
            moment = None
        try:
            day = parse_day(text if moment is None else moment.date().isoformat(), flag)
        except OptionError as exc:  # argparse names the option: "argument --from: 'x' is..."
            raise argparse.ArgumentTypeError(str(exc).removeprefix(flag).strip()) from None
        return datetime.combine(day, time.min) if moment is None else moment

    return read


def _filter(text: str) -> object:
    # Imported only when --filter is given: the domain costs --help a quarter second.
    from app.cli.filtering import parse_filter_option

    return parse_filter_option(text)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a whole number of 1 or more")
    return value


def _formats_text() -> str:
    """``.gantry .xlsx ...; reads also .xls ...``: from the format registry, so it stays true."""
    from app.formats import READERS, WRITERS

    read_only = [ext for ext in READERS if ext not in WRITERS]
    return " ".join(WRITERS) + "; reads also " + " ".join(read_only)


def _add_schedule(sub: Any) -> None:
    p = sub.add_parser(
        "schedule",
        prog="gantry schedule",
        help="schedule a plan from scratch and print the result",
        description="Load a plan in any supported format, schedule it from scratch and print "
        "every task's dates, slack and critical flag.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
    p.add_argument(
        "--filter",
        type=_filter,
        metavar="NAME[=VALUE]",
        help="only the tasks an MS Project filter keeps, with their summaries: critical, "
        "late-tasks[=DATE], milestones, using-resource=NAME, date-range=FROM..TO, "
        "task-name-contains=TEXT... (an unknown name lists them all)",
    )
    p.add_argument(
        "--sort",
        metavar="KEY[:desc],...",
        help="list the tasks sorted, as View > Sort (the outline kept unless --flat): up to "
        "three keys, each ascending or :desc, ties by ID. Keys: id, start, finish, priority, "
        "cost, duration, name, total-slack, hyperlink; the variance, actual, remaining and "
        "baseline fields (start-variance, actual-work, remaining-cost, baseline-duration...); "
        "the earned value fields, at the status date (bcws, bcwp, acwp, sv, cv, eac, bac, vac, "
        "cv-percent, cpi, tcpi, sv-percent, spi, physical-percent-complete); a custom field "
        "(text1). An unknown key lists them all",
    )
    p.add_argument(
        "--flat",
        action="store_true",
        help="with --sort: as View > Sort with 'Keep outline structure' off: only the tasks "
        "without subtasks, in one sorted list (summaries left out); alone: those tasks in ID "
        "order",
    )


def _add_convert(sub: Any) -> None:
    from app.cli.active_only_option import add_active_only
    from app.cli.chart_flags import add_baseline_bars
    from app.cli.handoff_options import add_handoff_options
    from app.cli.print_flags import add_print_flags, paper_name
    from app.cli.saved_view import add_view_options
    from app.report.tables import table_keys  # only convert's help names the tables

    p = sub.add_parser(
        "convert",
        prog="gantry convert",
        help="convert a plan between formats",
        description="Read IN and write OUT; both formats are chosen by file extension "
        f"({_formats_text()}).",
    )
    p.add_argument("input", type=Path, metavar="IN", help="the plan to read")
    p.add_argument("output", type=Path, metavar="OUT", help="the file to write")
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)
    p.add_argument(
        "--pages-wide", type=_positive, metavar="N", help="PDF: fit to N pages wide (default: 1)"
    )
    p.add_argument(
        "--pages-tall",
        type=_positive,
        metavar="M",
        help="PDF: at most M pages down (default: as many as keep the rows legible)",
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date("--from"),
        metavar="DATE",
        help="PDF and PNG: the chart's first day (PNG without --rows, or PDF with "
        "--active-only: also only the tasks active from then)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date("--to"),
        metavar="DATE",
        help="PDF and PNG: the chart's last day (PNG without --rows, or PDF with "
        "--active-only: also only the tasks active until then)",
    )
    p.add_argument(
        "--paper",
        type=paper_name,
        metavar="PAPER",
        help="PDF: paper size, A5, A4, A3, A2, A1, Letter, Legal, Tabloid or Ledger, in any case "
        "(default: A4)",
    )
    p.add_argument(
        "--landscape",
        action="store_true",
        default=None,
        help="PDF: landscape pages (without it: upright, or landscape when neither it nor "
        "--paper is given and the task columns would leave the chart little room)",
    )
    p.add_argument(
        "--blank-pages",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF: print the pages with no bar on them (the default, as MS Project's Page "
        "Setup > 'Print blank pages'); --no-blank-pages leaves them out",
    )
    _add_page_setup(p)
    add_print_flags(p)  # --today, --no-repeat-columns, --outline-level (app/cli/print_flags)
    p.add_argument(
        "--width", type=_positive, metavar="PX", help="PNG: image width in pixels (default: 1600)"
    )
    p.add_argument(
        "--table",
        metavar="NAME",
        help="PDF and PNG: print the task columns of one of MS Project's tables, as View > "
        f"Tables shows them ({', '.join(table_keys())}); default: the sheet's columns the "
        "plan was saved with, else WBS, Task name, Duration, Start, Finish",
    )
    p.add_argument(
        "--rows",
        metavar="FROM-TO",
        help="PNG: only the tasks with these IDs (row numbers, e.g. 1-200). A PNG taller "
        "than 16000 px (about 1000 rows) is refused: pick rows or dates, or write a .pdf",
    )
    add_baseline_bars(p)  # app/cli/chart_flags.py
    add_view_options(p, _filter)  # --filter, --sort, --group, --no-view (app/cli/saved_view)
    add_active_only(p)  # --active-only: a look-ahead sheet (app/cli/active_only_option)
    add_handoff_options(p)  # --client, --no-costs...: what a workbook carries (handoff_options)


def _fields_help() -> str:
    """The fields a header, footer or legend may hold: all Gantry fills."""
    from app.domain.page_setup import FIELDS

    return "fields: " + " ".join(f"&[{name}]" for name in FIELDS)


def _add_margins_header_footer(p: Any, lead: str = "PDF: ") -> None:
    """``--margins``, ``--header`` and ``--footer``: each stands in for what the plan's
    Page Setup keeps, for this printout only (convert's and report's; app/report/
    page_options.py judges them). ``lead``: what each help starts with."""
    p.add_argument(
        "--margins",
        metavar="MM",
        help=f"{lead}page margins, one for all sides or TOP,BOTTOM,LEFT,RIGHT, in mm or "
        "ending in cm or in (e.g. 15, 20,15,10,10, 0.5in; default: the plan's, else 10)",
    )
    for flag, where in (("--header", "top"), ("--footer", "foot")):
        p.add_argument(
            flag,
            metavar="TEXT",
            help=f"{lead}the text at the {where} of every page, centred, or LEFT|CENTRE|RIGHT "
            f"({_fields_help()}); '' prints none",
        )


def _add_page_setup(p: Any) -> None:
    """convert's Page Setup options (PDF): each stands in for what the plan keeps."""
    _add_margins_header_footer(p)
    p.add_argument(
        "--legend",
        choices=("every", "last", "none"),
        help="PDF: the legend on every page, on a page of its own at the end, or none",
    )
    p.add_argument(
        "--legend-text", metavar="TEXT", help=f"PDF: the legend's own text ({_fields_help()})"
    )
    p.add_argument(
        "--notes",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF: print the printed tasks' notes on pages at the end (MS Project's Page "
        "Setup > 'Print notes'). .xlsx: --no-notes leaves every note out of the workbook",
    )


def _add_diff(sub: Any) -> None:
    p = sub.add_parser(
        "diff",
        prog="gantry diff",
        help="what changed between two plans",
        description="Compare two plans in any formats: tasks, links, people, assignments, "
        "risks, and the project's name, start and custom fields, as a user entered them; "
        "then, both plans scheduled, the tasks whose start or finish moved (by how much "
        "working time and how many calendar days; the first 50, --json lists them all) "
        "and a summary line with the project's finish.",
    )
    p.add_argument("old", type=Path, metavar="OLD", help="the earlier plan")
    p.add_argument("new", type=Path, metavar="NEW", help="the later plan")
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"changes": [...]}, with "moved" and "summary" when dates moved',
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the change report to FILE (.csv, .xlsx or a landscape .pdf) with a "
        "header naming both files, when each was saved, their status dates, the baseline "
        "used and when the report was made (MS Project's Compare Project Versions)",
    )


def _add_info(sub: Any) -> None:
    p = sub.add_parser(
        "info",
        prog="gantry info",
        help="summary of a plan",
        description="A plan's name, tasks and links, start and finish (with the latest "
        "deadline a milestone or summary misses, and by how much), critical tasks, "
        "deadlines set and missed (the most late named), scheduling issues, people, cost "
        "and budget, who is over-allocated, earned value (CPI, SPI, EAC and VAC against "
        "baseline 0, to the status date, else the Current Date or today), risks and baselines.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--json",
        action="store_true",
        help="print the same as one JSON object (dates ISO, work in minutes, money as "
        "numbers; null where the file does not tell, with a note why), with the file's kind "
        "and the notes its read said",
    )
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def _add_move(sub: Any) -> None:
    p = sub.add_parser(
        "move",
        prog="gantry move",
        help="move the whole plan to a new start date",
        description="MS Project's Move Project: every date of the plan (constraints, "
        "deadlines, manual tasks, actual dates, the status date) moves by the working time "
        "from the old start to the new one. Writes OUT, or FILE itself without -o.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument(
        "--start",
        required=True,
        metavar="DATE",
        help="the new start date, YYYY-MM-DD or DD.MM.YYYY (at the plan's start time of day)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--keep-deadlines", action="store_true", help="leave deadlines where they are")
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def _lazy(module: str, name: str, *extra: Any) -> Callable[[Any], None]:
    """``module``'s adder ``name``, imported only for its command (schedule's time: s30cl)."""

    def add(sub: Any) -> None:
        getattr(importlib.import_module(module), name)(sub, *extra)

    return add


def _add_assign(sub: Any) -> None:
    """``gantry assign``'s parser, imported only for its command."""
    from app.cli.assign_parser import add_assign

    add_assign(sub)


_ADDERS: dict[str, Callable[[Any], None]] = {
    "schedule": _add_schedule,
    "convert": _add_convert,
    "diff": _add_diff,
    "info": _add_info,
    "report": _lazy("app.cli.report_parser", "add_report", _date, _add_margins_header_footer),
    "move": _add_move,
    "usage": _lazy("app.cli.usage_parser", "add_usage", _filter),
    "level": _lazy("app.cli.level_parser", "add_level"),
    "baseline": _lazy("app.cli.track_parser", "add_baseline", _filter),
    "status-date": _lazy("app.cli.track_parser", "add_status_date"),
    "update": _lazy("app.cli.track_parser", "add_update", _filter),
    "progress": _lazy("app.cli.track_parser", "add_progress"),
    "team": _lazy("app.cli.team_command", "add_team"),
    "project": _lazy("app.cli.project_command", "add_project"),
    "split": _lazy("app.cli.absence_commands", "add_split"),
    "days-off": _lazy("app.cli.absence_commands", "add_days_off"),
    "new": _lazy("app.cli.new_command", "add_new"),
    "risks": _lazy("app.cli.risk_command", "add_risks"),
    "risk": _lazy("app.cli.risk_command", "add_risk"),
    "assign": _add_assign,  # app/cli/assign_parser.py
}


def build_parser(args: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """``gantry`` with its sub-commands; given the command line, with only the one it names.

    Building all the sub-parsers (and the format registry and MS Project's tables for
    convert's help) cost every command ~16M instructions; a command's own parser gives the
    same help, usage and messages, so the others are built only for ``gantry --help`` and
    the like (a first argument that is an option).
    """
    parser = argparse.ArgumentParser(
        prog="gantry",
        usage=f"gantry [FILE] | gantry {{{','.join(COMMANDS)}}} ...",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    named = args[0] if args else None
    for name, add in _ADDERS.items():
        if named not in _ADDERS or name == named:
            add(sub)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    """``gantry [FILE]``: open the window."""
    parser = argparse.ArgumentParser(
        prog="gantry",
        description="Open the Gantry window on FILE (no FILE: a fresh copy of the demo plan).",
    )
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE", help="the plan to open")
    return parser
