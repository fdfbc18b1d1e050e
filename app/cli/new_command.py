"""``gantry new FILE [--name TEXT] [--start DATE] [--calendar NAME] [--country CODE]
[--manager TEXT] [--force]``: File > New from the command line, the same empty plan
(app/domain/blank_plan.py) written as FILE's extension says, for a script that sets up a
project folder before anyone opens the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from app.domain.errors import AppError, OptionError
from app.domain.plan import Plan
from app.domain.quoting import quoted

# The plan formats a new plan is written in (not a printout: .pdf, .png).
PLAN_EXTENSIONS = (".gantry", ".xml", ".xlsx", ".csv", ".gan")


def add_new(sub: Any) -> None:
    """The ``new`` sub-command's options."""
    p = sub.add_parser(
        "new",
        prog="gantry new",
        help="make a new empty plan, as File > New",
        description="File > New: an empty plan with MS Project's blank project's base "
        "calendars (Standard, 24 Hours, Night Shift) and project defaults, in the system's "
        "currency, written to FILE in the format its extension names "
        f"({' '.join(PLAN_EXTENSIONS)}). An existing FILE is left as it is unless --force.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the plan to make")
    p.add_argument("--name", metavar="TEXT", help="the project's name (default: FILE's name)")
    p.add_argument(
        "--start",
        metavar="DATE",
        help="the project's start, YYYY-MM-DD or DD.MM.YYYY, at the start of work (default: today)",
    )
    p.add_argument(
        "--calendar",
        metavar="NAME",
        help="the project calendar: Standard (the default), '24 Hours' or 'Night Shift'",
    )
    p.add_argument(
        "--country",
        metavar="CODE",
        help="the project calendar's public holidays, as Project Information's: a country "
        "(DE, US, FR) and a region after a dash (DE-BY)",
    )
    p.add_argument("--manager", metavar="TEXT", help="the project's manager (File > Info)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _calendar_uid(text: str | None) -> int:
    """The base calendar ``--calendar`` names, in any case (Standard without it)."""
    from app.domain.blank_plan import base_calendar_names

    names = base_calendar_names()
    if text is None:
        return next(iter(names))
    wanted = " ".join(text.split()).casefold()
    for uid, name in names.items():
        if name.casefold() == wanted:
            return uid
    listed = ", ".join(quoted(n) for n in names.values())
    raise OptionError(f"--calendar {quoted(text)} is not a base calendar ({listed})")


def _holidays(text: str | None) -> tuple[str, str | None] | None:
    """The country (and region) ``--country`` names, checked against the holidays lists."""
    if text is None:
        return None
    from app.domain.holiday_places import read_place

    try:
        place = read_place(text)
    except AppError as exc:  # a country or region no list holds
        raise OptionError(f"--country {quoted(text)}: {exc}") from None
    if place is None:
        raise OptionError("--country: name a country (DE, US, FR), or leave the option out")
    return place


def _check_file(path: Path, force: bool) -> None:
    """Refuse FILE before anything is made: a format no plan is written in, a missing
    folder, a file there (unless --force) or a read-only one."""
    from app.cli.plan_output import check_output_folder, refuse_read_only

    if path.suffix.lower() not in PLAN_EXTENSIONS:
        raise AppError(
            f"{path.name}: a new plan is written as {', '.join(PLAN_EXTENSIONS)}; "
            "name FILE with one of them"
        )
    check_output_folder(path)
    if path.exists() and not force:
        raise AppError(f"{path.name}: exists; give --force to replace it")
    refuse_read_only(path, "no plan was made")


def run_new(args: argparse.Namespace, out: TextIO) -> int:
    """Make the empty plan and write it to FILE; say what was made."""
    from datetime import date

    from app import formats
    from app.cli.option_words import parse_day
    from app.cli.plan_output import note
    from app.domain.blank_plan import blank_plan
    from app.domain.custom_fields import TEXT_LIMIT, checked_text
    from app.domain.errors import InputError
    from app.report.system_currency import adopt_local_currency

    path = Path(args.file)
    # The options first (bad usage, exit 2), then the file: nothing is written for either.
    start = date.today() if args.start is None else parse_day(args.start, "--start")
    calendar_uid = _calendar_uid(args.calendar)
    place = _holidays(args.country)
    name = checked_text(args.name if args.name is not None else path.stem, "--name", "the name")
    if not name:
        raise InputError("--name: the project needs a name; no plan was made")
    manager = checked_text(args.manager or "", "--manager", "the manager", TEXT_LIMIT)
    _check_file(path, args.force)
    plan = blank_plan(name, start, calendar_uid=calendar_uid, holidays=place, manager=manager)
    adopt_local_currency(plan)  # the system's, as File > New takes it
    formats.write_plan(plan, path)
    for lost in [*formats.not_kept(plan, path.suffix, path), *_not_read_back(plan, path)]:
        note(lost)  # as convert says it
    calendar = plan.calendar(calendar_uid)
    holidays = f", public holidays of {'-'.join(p for p in place if p)}" if place else ""
    out.write(
        f"{name}: new plan starting {_first_working(plan, calendar_uid)} on the "
        f"{calendar.name} calendar{holidays}; written to {path}\n"
    )
    return 0


def _first_working(plan: Plan, calendar_uid: int) -> str:
    """The project start as its first task would take it: a start on a day off (a Saturday,
    a holiday) names the first working moment after it, as MS Project schedules from it."""
    from app.domain.worktime import WorkTime

    start = plan.project.start
    worktime = WorkTime.for_calendar(plan.calendar(calendar_uid), plan.calendars)
    first = worktime.next_working(start)
    if first == start:
        return f"{start:%Y-%m-%d %H:%M}"
    return f"{first:%a %Y-%m-%d %H:%M} ({start:%a %Y-%m-%d} is not a working day)"


def _not_read_back(plan: Plan, path: Path) -> list[str]:
    """What FILE, read back, does not hold of the options: a format that takes the project's
    start from its tasks (.csv) or has no place for a manager (.csv, .gan)."""
    from app import formats

    try:
        back = formats.read_plan(path, note=lambda _line: None)
    except AppError:  # unreadable: said by whoever opens it
        return []
    ext = path.suffix.lower()
    lines: list[str] = []
    if back.project.start.date() != plan.project.start.date():
        lines.append(
            f"{ext} keeps no project start: a plan with no task reads back starting "
            f"{back.project.start:%Y-%m-%d}; its first task's start sets it"
        )
    if plan.project.manager and back.project.manager != plan.project.manager:
        lines.append(f"{ext} keeps no project manager: {quoted(plan.project.manager)} not saved")
    return lines
