"""``gantry convert IN OUT.pdf|.png``: the options that stand in for the plan's saved view.

A plan keeps its task sheet's view (table, filter, sort, group: ``Plan.view``), and a
PDF or PNG prints it as saved, as MS Project prints a view (app/report/saved_view.py).
Each part given on the command line wins over the saved one's: ``--table`` (parser.py),
``--filter`` (as ``gantry schedule``'s: ``all-tasks`` for none; ``late-tasks=DATE``
prints as of that status date), ``--sort`` (``id``
for none), ``--group`` (a View > Group by name, group fields, or ``none``);
``--no-view`` prints as if the plan kept none (every task in ID order, the default
columns), the options given aside. Nothing of the window is imported.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.domain.errors import InputError, OptionError

if TYPE_CHECKING:  # the parser imports this module: --help reads no plan code
    from app.domain.plan import Plan

_PRINTED = (".pdf", ".png")
_OPTIONS = ("filter", "sort", "group")
_NO_GROUP = ("none", "no-group", "no_group")


def add_view_options(parser: argparse.ArgumentParser, filter_type: Callable[[str], Any]) -> None:
    """``--filter``, ``--sort``, ``--group`` and ``--no-view`` of ``gantry convert``;
    ``filter_type``: the parser's reader of ``--filter`` (``gantry schedule``'s)."""
    parser.add_argument(
        "--filter",
        type=filter_type,
        metavar="NAME[=VALUE]",
        help="PDF and PNG: only the tasks an MS Project filter keeps, with their summaries, "
        "in place of the filter the plan was saved with (as gantry schedule's --filter; "
        "all-tasks: every task)",
    )
    parser.add_argument(
        "--sort",
        metavar="KEY[:desc],...",
        help="PDF and PNG: the tasks sorted so, the outline kept, in place of the saved sort "
        "(keys as gantry schedule's --sort; id: in ID order)",
    )
    parser.add_argument(
        "--group",
        metavar="NAME|FIELD,...",
        help="PDF and PNG: group the tasks as View > Group by (resource, critical, "
        "milestones, status, duration... or fields: resource-names,duration/2400:desc), in "
        "place of the saved group; none: not grouped",
    )
    parser.add_argument(
        "--no-view",
        dest="saved_view",
        action="store_false",
        help="PDF and PNG: print every task in ID order with the default columns, as if the "
        "plan kept no view (by default the table, filter, sort and group it was saved with "
        "print as saved)",
    )


def check_view_options(args: argparse.Namespace) -> None:
    """OptionError for a view option given with an output that prints no task sheet."""
    if args.output.suffix.lower() in _PRINTED:
        return
    for name in _OPTIONS:
        if getattr(args, name, None) is not None:
            raise OptionError(f"--{name} applies to .pdf and .png output only")
    if getattr(args, "saved_view", True) is False:
        raise OptionError("--no-view applies to .pdf and .png output only")


def view_options(args: argparse.Namespace, plan: Plan) -> dict[str, Any]:
    """The writer's options for what the command line gives in place of the saved view
    (app/report/saved_view.py's ``task_filter``, ``task_sort``, ``task_group`` and
    ``saved_view``); InputError for a person or field the plan lacks (exit 1), OptionError
    for a sort or group key no plan has (bad usage)."""
    options: dict[str, Any] = {}
    if getattr(args, "saved_view", True) is False:
        options["saved_view"] = False
    given = getattr(args, "filter", None)
    if given is not None:  # all-tasks: TaskFilter(), no filter
        from app.cli.filtering import task_filter_for

        options["task_filter"] = task_filter_for(plan, given)
        if given.kind.value == "late-tasks" and given.value:  # judged at that status date
            _set_status_date(plan, given.value)
    fields = plan.project.custom_fields
    if getattr(args, "sort", None) is not None:  # id: by ID, no sort
        from app.domain.sorting import TaskSort, parse_sort

        try:
            options["task_sort"] = TaskSort(parse_sort(args.sort, fields))
        except InputError as exc:
            raise OptionError(f"--sort: {exc}") from None
    if getattr(args, "group", None) is not None:
        options["task_group"] = group_option(args.group, plan)
    return options


def _set_status_date(plan: Plan, day: str) -> None:
    """``late-tasks=DATE``: the printout's status date is the end of that working day, as
    ``gantry schedule --filter late-tasks=DATE`` judges it."""
    from dataclasses import replace

    from app.cli.filtering import filter_day
    from app.domain.tracking import end_of_day

    plan.set_project(replace(plan.project, status_date=end_of_day(plan, filter_day(day))))


def group_option(text: str, plan: Plan) -> Any:
    """``--group`` as given (convert's, usage's): ``none``, a View > Group by name
    ("resource"), else group fields ("resource-names,duration/2400:desc"); OptionError
    naming the groups otherwise."""
    from app.domain.grouping import BUILT_IN, GroupBy, built_in, parse_group

    if text.strip().lower() in _NO_GROUP:
        return GroupBy()
    try:
        return built_in(text)
    except InputError:
        pass
    try:
        return GroupBy(parse_group(text, plan.project.custom_fields))
    except InputError as exc:
        names = ", ".join(g.replace("_", "-") for g, _t, _b in BUILT_IN[1:])
        raise OptionError(f"--group: {exc} (groups: none, {names}; or group fields)") from None
