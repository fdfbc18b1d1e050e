"""Reading a plan file for a ``gantry`` command and scheduling it, each refusal starting with
the file's name, and the short form of a moment the text outputs write: what every
sub-command module shares (app/cli/commands.py and the commands split from it)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import formats
from app.cli.plan_output import note
from app.cli.read_losses import hearing
from app.domain.errors import AppError, FileFormatError, PlanError
from app.domain.plan import Plan
from app.domain.schedule import Schedule

# What app.domain.scheduler.schedule runs, without importing the window's
# incremental scheduler (a few ms of compiling per command).
from app.domain.scheduling.run import schedule_only as schedule


def reader_options(args: argparse.Namespace) -> dict[str, Any]:
    """The reader's options a command's ``args`` give (``--sheet``), and where notes go."""
    # note: a file that is not what its name says is read as what it is, and that is said
    options: dict[str, Any] = {"note": note}
    sheet = getattr(args, "sheet", None)
    if sheet is not None:
        options["sheet"] = sheet
    return options


def load_plan(path: Path, args: argparse.Namespace, **options: Any) -> Plan:
    """The plan in ``path``, read with ``args``' options (:func:`read_plan_file`)."""
    return read_plan_file(path, **(reader_options(args) | options))


def read_plan_file(path: Path, **options: Any) -> Plan:
    """formats.read_plan, its message starting with the file's name when the reader named
    only an element or a cell ("Task #1 (UID 1): ...", "Plan!B2: ..."): with two files
    (diff) or a long command line, the one line says which file.

    Every command reads its files here, so each says the same notes on stderr: all that
    ``formats.read_plan`` hears from the reader and after it (rows left out, dates read
    day first, a mislabelled encoding, people renamed), as the window's Notes list them.
    """
    if options.get("note") is not None:  # what it leaves out, should FILE be written back
        options["note"] = hearing(Path(path), options["note"])
    try:
        plan = formats.read_plan(path, **options)
    except AppError as exc:
        text = str(exc)
        if Path(path).name not in text:
            exc.args = (f"{Path(path).name}: {text}",)
        raise
    if not plan.project.currency_stated:  # the system's currency, as the window takes it
        from app.report.system_currency import adopt_local_currency  # (Qt: only then)

        adopt_local_currency(plan)
    return plan


def read_and_schedule_xml(path: Path, args: argparse.Namespace) -> tuple[Plan, Schedule] | None:
    """An MS Project XML plan read without its loop check (app.domain.loop_links), then
    scheduled: the scheduler finds any loop itself, so a plan it schedules holds none and
    the check would have left out nothing (82M instructions, 2.5 % of ``schedule --json``
    on 10k tasks; more where links touch summaries). The read's notes are said once it
    scheduled.

    None when the file is not read as XML, or when scheduling it failed in any way (a
    loop...): the caller then reads and schedules it as ever, leaving loops out and
    saying so, and says the same notes and refusals as before.
    """
    if formats.real_extension(path) != ".xml":
        return None  # another reader (a .gantry named .xml) takes no loop option
    heard: list[str] = []
    plan = load_plan(path, args, note=heard.append, check_cycles=False)
    try:
        result = schedule(plan)
    except Exception:  # noqa: BLE001 - read again and refused exactly as before
        return None
    say = reader_options(args)["note"]
    for line in heard:
        say(line)
    return plan, result


def say_saved_dates(path: Path, plan: Plan, result: Schedule, say: Callable[[str], None]) -> None:
    """Say when the schedule of an MS Project file (.xml, .mpp) moves tasks without progress
    from the dates the file saved (app.domain.saved_dates): splits or leveling it lost."""
    line = formats.saved_dates_said(Path(path), plan, result)
    if line is not None:
        say(line)


def schedule_read(path: Path, plan: Plan) -> Schedule:
    """schedule(plan), a refusal (a task no calendar can hold...) starting with the file's
    name, as :func:`load_plan`'s messages do."""
    try:
        return schedule(plan)
    except PlanError as exc:  # a .gantry holding a loop too: said as the window says it
        raise file_refusal(path, exc) from exc


def file_refusal(path: Path, exc: PlanError) -> FileFormatError:
    """A plan's refusal, its message starting with the file's name (unless it names it)."""
    text = str(exc)
    return FileFormatError(text if path.name in text else f"{path.name}: {text}")


def short_moment(moment: str | None) -> str:
    """An ISO moment as the text outputs write it: ``2027-01-04 08:00`` ("" for none)."""
    return "" if moment is None else moment[:16].replace("T", " ")
