"""``gantry project FILE [--name TEXT] [--company TEXT] [--manager TEXT] [--author TEXT]``:
Project Information from the command line. A plan copied from the last client's (``cp``,
``gantry move ... -o``) keeps that client's name, company and manager, which its status
report then prints; this renames it. Without an option it prints the four."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from app.cli.track_parser import OUTPUT_HELP, PLAN_HELP, SHEET_HELP
from app.domain.custom_fields import TEXT_LIMIT, checked_text
from app.domain.errors import InputError, OptionError
from app.domain.quoting import quoted

# option, Project field, what the field is called (Project Information, File > Info)
FIELDS = (
    ("name", "name", "Name"),
    ("company", "company", "Company"),
    ("manager", "manager", "Manager"),
    ("author", "author", "Author"),
)


def add_project(sub: Any) -> None:
    """The ``project`` sub-command's options."""
    p = sub.add_parser(
        "project",
        prog="gantry project",
        help="show or set the plan's name, company, manager and author",
        description="Project Information: without an option, prints the plan's name, "
        "company, manager and author; with any, sets those given (an empty --company, "
        "--manager or --author clears it; a plan always keeps a name) and writes OUT, or "
        "FILE itself without -o. The status report is headed with the name and company "
        "and names the manager.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help=PLAN_HELP)
    for option, _field, label in FIELDS:
        p.add_argument(f"--{option}", metavar="TEXT", help=f"the plan's {label.lower()}")
    p.add_argument("-o", "--output", type=Path, metavar="OUT", help=OUTPUT_HELP)
    p.add_argument("--sheet", metavar="NAME", help=SHEET_HELP)


def asked(args: argparse.Namespace) -> dict[str, str]:
    """The fields the command line sets, by Project field, checked before the file is read:
    one line each (tabs and breaks become spaces), no control character, at most
    TEXT_LIMIT characters, and a name that is not empty."""
    values: dict[str, str] = {}
    for option, field, label in FIELDS:
        given = getattr(args, option)
        if given is None:
            continue
        text = checked_text(given, f"--{option}", f"the {label.lower()}", TEXT_LIMIT)
        if field == "name" and not text:
            raise InputError("--name: the project needs a name; nothing written")
        values[field] = text
    return values


def run_project(args: argparse.Namespace, out: TextIO) -> int:
    """Print Project Information, or set the fields given and write the plan."""
    from app.cli.plan_io import load_plan  # here: gantry's parser imports this module
    from app.cli.plan_output import plan_output, write_plan_output

    values = asked(args)
    if not values and args.output is not None:
        raise OptionError("-o: give --name, --company, --manager or --author to write a plan")
    output = plan_output(args, "renamed") if values else None
    plan = load_plan(Path(args.file), args)
    old = plan.project
    if output is None:
        for _option, field, label in FIELDS:
            out.write(f"{label + ':':<9}{getattr(old, field)}".rstrip() + "\n")
        return 0
    changed = {f: v for f, v in values.items() if getattr(old, f) != v}
    if not changed and args.output is None:  # FILE stays as it was
        out.write(f"{old.name}: Project Information unchanged; {args.file} left as it was\n")
        return 0
    plan.set_project(
        replace(
            old,
            name=changed.get("name", old.name),
            company=changed.get("company", old.company),
            manager=changed.get("manager", old.manager),
            author=changed.get("author", old.author),
        )
    )
    write_plan_output(plan, output, "Project Information was not changed")
    said = "; ".join(
        f"{label.lower()} {_shown(values[f])} (was {_shown(getattr(old, f))})"
        for _option, f, label in FIELDS
        if f in changed
    )
    out.write(f"{plan.project.name}: {said or 'unchanged'}; written to {output}\n")
    return 0


def _shown(text: str) -> str:
    return quoted(text) if text else "none"
