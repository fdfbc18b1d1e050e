"""``gantry convert A.gantry A.xlsx``'s choice of what the client workbook carries.

``--client`` is File > Export's "Client hand-off" preset (tasks, dates and the names of
who works on them, the round trip kept); ``--no-team``, ``--no-costs``, ``--no-risks``,
``--no-notes`` (the PDF's Page Setup option, which a workbook takes too), ``--people`` and
``--no-roundtrip`` each leave one part out, on their own or on top of the preset
(app/io/excel_export_choice.py). A .csv takes the choices a task table can:
``--client``, ``--no-costs`` and ``--no-notes`` (no Fixed cost, Cost or Notes column).
Given for another output they are refused before anything is read.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built for every command: the plan's modules load later
    from app.io.excel_export_choice import ExportChoice

# (dest, flag, the ExportChoice field it turns off)
_LEAVE_OUT = (
    ("no_team", "--no-team", "team"),
    ("no_costs", "--no-costs", "costs"),
    ("no_risks", "--no-risks", "risks"),
    ("no_roundtrip", "--no-roundtrip", "roundtrip"),
)
_WORKBOOK = ".xlsx"
_CSV = ".csv"
_CSV_FLAGS = ("client", "no_costs")  # what a task table can leave out (--no-notes too)
_PEOPLE = ("all", "on-tasks", "names")  # excel_export_choice.PeopleShown's values
_DIALECTS = ("locale", "excel")  # app.io.csv_dialect.DIALECTS, not loaded with the parser


def add_handoff_options(p: argparse.ArgumentParser) -> None:
    """convert's client workbook options (each given only for .xlsx output)."""
    group = p.add_argument_group(
        "client hand-off (.xlsx output; .csv: --client, --no-costs)",
        "What the workbook carries; left out, it is in no sheet, the hidden _gantry one "
        "included. Default: everything. --no-notes (above) leaves the notes out. A .csv "
        "takes --client, --no-costs and --no-notes: no Fixed cost, Cost or Notes column.",
    )
    group.add_argument(
        "--client",
        action="store_true",
        default=None,
        help="the client hand-off: no Team sheet, costs, rates, risks or notes; people by "
        "name only (those on the plan's tasks); the round trip kept",
    )
    helps = {
        "team": "leave out the Team sheet",
        "costs": "leave out the Budget sheet, the cost columns, rates and amounts",
        "risks": "leave out the Risks sheet and the plan's risks",
        "roundtrip": "leave out the hidden _gantry sheet: Gantry reads the workbook back as "
        "a plan of its own, matched by the Plan sheet's hidden UIDs",
    }
    for dest, flag, part in _LEAVE_OUT:
        group.add_argument(flag, dest=dest, action="store_true", default=None, help=helps[part])
    group.add_argument(
        "--work",
        action="store_true",
        default=None,
        help="add the Plan sheet's Work and Remaining Work columns, in hours (the estimates a "
        "product owner reviews; shown, not read back)",
    )
    group.add_argument(
        "--people",
        choices=_PEOPLE,
        help="all: everyone on the team (the default); on-tasks: only those on this plan's "
        "tasks; names: those, by name alone (no e-mail, role, skills, calendar names, rates; "
        "no costs either)",
    )
    group.add_argument(
        "--csv-dialect",
        choices=_DIALECTS,
        help=".csv: locale (the default) writes ; between cells and decimal commas where "
        "this computer's decimal mark is a comma, as Excel there opens a CSV; excel writes "
        ", and . whatever the locale",
    )


def check_handoff_options(ns: argparse.Namespace) -> None:
    """A client workbook option for another output than .xlsx: OptionError (bad usage)."""
    if getattr(ns, "work", None) and ns.output.suffix.lower() != _WORKBOOK:
        from app.domain.errors import OptionError

        raise OptionError("--work applies to .xlsx output only (the workbook's Plan sheet)")
    given = getattr(ns, "client", None) or getattr(ns, "people", None) is not None
    if not given and not any(getattr(ns, dest, None) for dest, _flag, _part in _LEAVE_OUT):
        return
    suffix = ns.output.suffix.lower()
    if suffix == _WORKBOOK:
        return
    from app.domain.errors import OptionError

    given = [
        (dest, flag)
        for dest, flag in (("client", "--client"), *((d, f) for d, f, _p in _LEAVE_OUT))
        if getattr(ns, dest, None)
    ]
    if getattr(ns, "people", None) is not None:
        given.append(("people", "--people"))
    if suffix == _CSV:
        given = [(dest, flag) for dest, flag in given if dest not in _CSV_FLAGS]
        if not given:
            return
        raise OptionError(f"{given[0][1]} applies to .xlsx output only (the client workbook)")
    raise OptionError(f"{given[0][1]} applies to .xlsx and .csv output only (the hand-off)")


def handoff_choice(ns: argparse.Namespace) -> ExportChoice | None:
    """The workbook's choice the options make (None: none given, the full export)."""
    from app.io.excel_export_choice import CLIENT_HANDOFF, FULL_EXPORT, PeopleShown

    base = CLIENT_HANDOFF if getattr(ns, "client", None) else FULL_EXPORT
    changes: dict[str, Any] = {
        part: False for dest, _flag, part in _LEAVE_OUT if getattr(ns, dest, None)
    }
    if getattr(ns, "notes", None) is False:  # --no-notes, a PDF's Page Setup option too
        changes["notes"] = False
    people = getattr(ns, "people", None)
    if people is not None:
        changes["people"] = PeopleShown(people)
    if getattr(ns, "work", None):
        changes["work"] = True
    if base is FULL_EXPORT and not changes:
        return None
    return replace(base, **changes)


def handoff_write_options(ns: argparse.Namespace) -> dict[str, object]:
    """The writer's ``choice`` option, when the command line made one; a .csv's
    ``csv_dialect`` when given."""
    choice = handoff_choice(ns)
    options: dict[str, object] = {} if choice is None else {"choice": choice}
    dialect = getattr(ns, "csv_dialect", None)
    if dialect is not None and str(getattr(ns, "output", "")).lower().endswith(".csv"):
        options["csv_dialect"] = dialect  # ; and decimal commas, or , and . (csv_dialect)
    return options
