"""``gantry risks FILE`` and ``gantry risk add|edit|close FILE``: the risk register without
the window. ``risks`` prints the register (or --json, or writes -o risks.csv/.xlsx/.pdf),
filtered by --status and --owner, sorted (--sort exposure), cut to --top N, with the exposure
and contingency of the risks shown and a line saying what the filter left out. ``risk``
adds, edits or closes one risk and writes FILE in place (or -o OUT), as the other editing
commands do; a bad value is one line naming its option, and nothing is written."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP
from app.domain.risk_register import SORT_KEYS, STATUS_FILTERS

if TYPE_CHECKING:
    from app.domain.plan import Plan

_OUTPUTS = (".csv", ".xlsx", ".pdf")
_FIELDS = (  # option, Risk field, what it holds (help)
    ("title", "title", "the risk's title"),
    ("probability", "probability", "40, 40%% or 0.4 (as the Risks view reads it)"),
    ("impact", "impact", "a cost in the plan's currency: 12000, 12,000"),
    ("owner", "owner", "who owns it (someone not on the team is taken, with a note)"),
    ("mitigation", "mitigation", "what is done to make it less likely or smaller"),
    ("contingency", "contingency", "the reserve held for it, in the plan's currency"),
    ("status", "status", "open, mitigating, occurred or closed"),
    ("tasks", "task_uids", 'linked tasks by ID, range or WBS: "5-7, 12" ("" unlinks)'),
    ("description", "description", "more about the risk"),
    ("category", "category", "the register's category: Technical, Supplier..."),
    ("response", "response", "response strategy: avoid, transfer, mitigate or accept"),
    ("raised", "raised", "the day it was raised, YYYY-MM-DD or DD.MM.YYYY ('' clears)"),
    ("next-review", "next_review", "the day of its next review ('' clears)"),
    ("residual-probability", "residual_probability", "the probability after the response"),
    ("residual-impact", "residual_impact", "the impact after the response ('' clears)"),
    ("trigger", "trigger", "what tells you the risk is happening ('' clears)"),
    ("trigger-date", "trigger_date", "the day to look for the trigger by ('' clears)"),
)


def _top(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return value


def add_risks(sub: Any) -> None:
    """``gantry risks FILE [--json | -o OUT] [--status S] [--owner NAME] [--sort KEY] [--top N]``."""
    p = sub.add_parser(
        "risks",
        prog="gantry risks",
        help="the risk register: list it, or write it as CSV, a workbook or a PDF",
        description="The Risks view without the window: one line per risk (ID, title, "
        "probability, impact, exposure, owner, status, linked tasks), then the exposure and "
        "contingency of the risks shown, the reserve of those not closed, and what --status "
        "or --owner left out. -o writes the register as .csv, .xlsx or .pdf instead.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument("--json", action="store_true", help="print the register as JSON")
    p.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write it to OUT: .csv, .xlsx or .pdf"
    )
    p.add_argument(
        "--status",
        choices=tuple(STATUS_FILTERS),
        default="all",
        help="open: every risk not closed (as the view's 'Not closed'); closed, mitigating, "
        "occurred: those of the status; all (default)",
    )
    p.add_argument("--owner", metavar="NAME", help="only the risks NAME owns (any case)")
    p.add_argument(
        "--sort",
        choices=SORT_KEYS,
        metavar="KEY",  # the keys are in the help: listed in the usage line they passed 80 columns
        help="order: exposure, probability, impact, contingency largest first; id, title, "
        "owner A to Z; status (default: the register's order)",
    )
    p.add_argument("--top", type=_top, metavar="N", help="only the first N (after --sort)")
    p.add_argument(
        "--task",
        metavar="IDS",
        help='only the risks linked to these tasks: by ID, range or WBS ("5", "5-7, 12", "1.2")',
    )
    p.add_argument(
        "--matrix",
        action="store_true",
        help="print the probability x impact heat map of the risks shown (not closed) "
        "instead of the list (with --json: each cell's count and risk IDs); the PDF "
        "(-o risks.pdf) has it on its first page",
    )
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def add_risk(sub: Any) -> None:
    """``gantry risk add|edit|close FILE [--risk ID] [--title TEXT] ... [-o OUT]``."""
    p = sub.add_parser(
        "risk",
        prog="gantry risk",
        help="add, edit or close one risk of the register",
        description="gantry risk add FILE --title TEXT [fields]: a new risk (its ID is "
        "printed). gantry risk edit FILE --risk R-07 [fields]: change those given. gantry risk "
        "close FILE --risk R-07: its status closed (it leaves the exposure and the contingency "
        "reserve). Writes OUT, or FILE itself without -o; a bad value is refused in one line "
        "and nothing is written.",
    )
    p.add_argument("action", choices=("add", "edit", "close"), help="what to do")
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    p.add_argument("--risk", metavar="ID", help="edit, close: the risk's ID, R-07 or 7")
    for option, _field, what in _FIELDS:
        p.add_argument(f"--{option}", metavar="TEXT", help=what)
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def run_risks(args: argparse.Namespace, out: TextIO) -> int:
    """Print the register, or write it to ``-o``."""
    from app.cli.plan_io import load_plan
    from app.cli.plan_output import check_output_folder, same_file
    from app.domain.errors import AppError, OptionError
    from app.domain.risk_register import register_view

    output = None if args.output is None else Path(args.output)
    if output is not None:
        if args.json or args.matrix:
            what = "--json" if args.json else "--matrix"
            raise OptionError(f"{what} prints to the terminal: leave out -o, or {what}")
        if output.suffix.lower() not in _OUTPUTS:
            raise OptionError(f"-o {output.name}: name it .csv, .xlsx or .pdf")
        if same_file(output, Path(args.file)):
            raise AppError(f"{output.name}: input and output are the same file")
        check_output_folder(output)
    plan = load_plan(Path(args.file), args)
    tasks, named = _task_filter(plan, args.task)
    view = register_view(
        plan.risks,
        STATUS_FILTERS[args.status],
        owner=args.owner or "",
        sort=args.sort or "",
        top=args.top,
        tasks=tasks,
        tasks_named=named,
    )
    from app.cli.risk_output import print_register, register_json, write_register

    if output is not None:
        write_register(plan, view, output, args.sort or "")
        count = len(view.shown)
        out.write(f"{count} risk{'s' * (count != 1)} written to {output}\n")
    elif args.json and args.matrix:
        from app.cli.risk_matrix_text import matrix_json
        from app.domain.risk_matrix import risk_matrix

        out.write(matrix_json(plan, view, risk_matrix(view.shown, plan.risks)))
    elif args.matrix:
        from app.cli.risk_matrix_text import print_matrix
        from app.domain.risk_matrix import risk_matrix

        print_matrix(plan, view, risk_matrix(view.shown, plan.risks), out)
    elif args.json:
        out.write(register_json(plan, view))
    else:
        print_register(plan, view, out)
    return 0


def _task_filter(plan: Plan, text: str | None) -> tuple[frozenset[int] | None, str]:
    """The task uids ``--task`` names and how the note names them (None: no --task); a task
    not in the plan is one line naming the option."""
    from app.domain.errors import InputError
    from app.domain.risk_typing import format_task_refs, parse_task_refs

    if text is None:
        return None, ""
    try:
        uids = parse_task_refs(plan, text)
        if not uids:
            raise InputError("name a task: 5, 5-7 or 1.2")
    except InputError as exc:
        raise InputError(f"--task: {exc}") from None
    return frozenset(uids), format_task_refs(plan, uids)


def run_risk(args: argparse.Namespace, out: TextIO) -> int:
    """Add, edit or close one risk and write the plan."""
    from app.cli.plan_io import load_plan
    from app.cli.plan_output import note, plan_output, write_plan_output
    from app.domain.errors import InputError, OptionError
    from app.domain.quoting import quoted
    from app.domain.risk import Risk, RiskStatus
    from app.domain.risk_register import (
        closed_on,
        owner_on_team,
        owner_warning,
        read_risk_id,
        risk_id,
    )

    given = {
        o: getattr(args, o.replace("-", "_"))
        for o, _f, _w in _FIELDS
        if getattr(args, o.replace("-", "_")) is not None
    }
    if args.action == "add" and args.risk is not None:
        raise OptionError("risk add: leave out --risk; the new risk's ID is given to it")
    if args.action != "add" and args.risk is None:
        raise OptionError(f"risk {args.action}: give --risk ID (R-07), the risk to change")
    if args.action == "close" and "status" in given:
        raise OptionError("risk close: leave out --status; close sets it to closed")
    if args.action == "edit" and not given:
        raise OptionError("risk edit: give a field to change (--title, --probability...)")
    if args.action == "add" and "title" not in given:
        raise OptionError("risk add: give --title, the risk's title")
    uid = None
    if args.risk is not None:
        try:
            uid = read_risk_id(args.risk)
        except InputError as exc:
            raise OptionError(f"--risk: {exc}") from None
    output = plan_output(args, "changed")
    plan = load_plan(Path(args.file), args)
    from app.cli.risk_output import probability_notes, typed_fields

    fields = typed_fields(plan, given)
    for line in probability_notes(given):
        note(line)
    if args.action == "close":
        fields["status"] = RiskStatus.CLOSED
    if uid is None:
        risk = Risk(plan.next_risk_uid(), str(fields.pop("title")))
        risk = replace(risk, **fields)
        plan.add_risk(risk)
        said = f"added {risk_id(risk.uid)} {quoted(risk.title)}"
    else:
        if not any(r.uid == uid for r in plan.risks):
            raise InputError(f"--risk: there is no risk {risk_id(uid)} in {Path(args.file).name}")
        old = plan.risk(uid)
        if "status" in fields:  # closing dates it, reopening clears the date
            fields["closed_on"] = closed_on(old, fields["status"])
        risk = replace(old, **fields)
        if risk == old and args.output is None:
            out.write(
                f"{risk_id(uid)} {quoted(old.title)}: unchanged; {args.file} left as it was\n"
            )
            return 0
        plan.update_risk(risk)
        said = f"{'closed' if args.action == 'close' else 'changed'} {risk_id(uid)} {quoted(risk.title)}"
    if not owner_on_team(risk.owner, (r.name for r in plan.resources)):
        note(owner_warning(risk.owner))
    write_plan_output(plan, output, "no risk was changed")
    out.write(f"{plan.project.name}: {said}; written to {output}\n")
    return 0
