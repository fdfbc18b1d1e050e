"""A whole Plan as JSON text, for the snapshot an exported workbook carries.

The round trip needs to know exactly what was exported (the base of the
three-way merge) and to rebuild everything a sheet cannot show (calendars,
constraints, rate tables...). Only the domain's own value classes are
accepted when decoding, so a doctored workbook cannot make us build anything
else.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from app.domain import (
    baseline,
    calendar,
    contours,
    custom_fields,
    earned_value_method,
    edited_work,
    filters,
    grouping,
    hyperlinks,
    interim_plan,
    leveling_options,
    link,
    page_setup,
    progress_lines,
    project,
    recurrence_tasks,
    resource,
    risk,
    sorting,
    splits,
    task,
    usage_detail_rows,
    view_state,
)
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.io.snapshot_texts import FittedText, fit_tasks

_CLASSES: dict[str, type] = {}
for _module in (
    baseline,
    calendar,
    contours,
    custom_fields,
    earned_value_method,
    edited_work,
    filters,
    grouping,
    hyperlinks,
    interim_plan,
    leveling_options,
    link,
    page_setup,
    progress_lines,
    project,
    recurrence_tasks,
    resource,
    risk,
    sorting,
    splits,
    task,
    usage_detail_rows,
    view_state,  # the sheet's table, columns, filter, sort and group (Plan.view)
):
    for _name in dir(_module):
        _obj = getattr(_module, _name)
        if isinstance(_obj, type) and _obj.__module__ == _module.__name__:
            _CLASSES[_name] = _obj

SNAPSHOT_VERSION = 1


_FIELDS: dict[type, tuple[str, ...]] = {}
_DEFAULTS: dict[type, dict[str, object]] = {}


def _encode(value: object) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        names = _FIELDS[cls] = tuple(f.name for f in fields)
        _DEFAULTS[cls] = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    if names is not None:
        # fields left at their default are left out: the snapshot of a big plan stays small
        defaults = _DEFAULTS[cls]
        out: dict[str, Any] = {}
        for name in names:
            v = getattr(value, name)
            if name in defaults and v == defaults[name] and type(v) is type(defaults[name]):
                continue
            out[name] = v if v is None or type(v) in (int, float, str, bool) else _encode(v)
        return {"$c": cls.__name__, "f": out}
    if isinstance(value, Enum):
        return {"$e": cls.__name__, "v": value.value}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tu": [_encode(v) for v in value]}
    if isinstance(value, frozenset):  # a sheet view's folded group rows
        return {"$fs": sorted((_encode(v) for v in value), key=json.dumps)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"$map": [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot snapshot {cls.__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$e" in value:
        return _lookup(value["$e"])(value["v"])
    if "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if "$d" in value:
        return date.fromisoformat(value["$d"])
    if "$t" in value:
        return time.fromisoformat(value["$t"])
    if "$tu" in value:
        return tuple(_decode(v) for v in value["$tu"])
    if "$fs" in value:
        return frozenset(_decode(v) for v in value["$fs"])
    if "$map" in value:
        return {_decode(k): _decode(v) for k, v in value["$map"]}
    if "$c" in value:
        cls = _lookup(value["$c"])
        return cls(**{k: _decode(v) for k, v in value["f"].items()})
    raise ValueError("unknown value")


_TASKS_STEP = 2048  # tasks decoded between two reports (~0.05 s)


def _decoded_tasks(encoded: Any, progress: Progress | None) -> Any:
    if progress is None or not isinstance(encoded, list):
        return _decode(encoded)
    tasks: list[Any] = []
    for start in range(0, len(encoded), _TASKS_STEP):
        report(progress, start, len(encoded))
        tasks += [_decode(v) for v in encoded[start : start + _TASKS_STEP]]
    report(progress, len(encoded), len(encoded))
    return tasks


def _lookup(name: str) -> Any:
    cls = _CLASSES.get(name)
    if cls is None:
        raise ValueError(f"unknown type {name!r}")
    return cls


def plan_to_json(plan: Plan) -> str:
    """Everything the user entered in the plan, as compact JSON text."""
    body = {
        "version": SNAPSHOT_VERSION,
        "project": _encode(plan.project),
        "tasks": _encode(plan.tasks),
        "links": _encode(plan.links),
        "calendars": _encode(plan.calendars),
        "resources": _encode(plan.resources),
        "assignments": _encode(plan.assignments),
        "baselines": _encode(plan.baselines),
        "risks": _encode(plan.risks),
        "recurrences": _encode(plan.recurrences),
    }
    if plan.interims:  # Start1..10/Finish1..10 (left out when none: snapshots as before)
        body["interims"] = _encode(plan.interims)
    if plan.view is not None:  # the sheet's table and inserted columns, filter, sort, group
        body["view"] = _encode(plan.view)
    # ASCII only: the text is cut into cells of a fixed length, and Excel counts a
    # character outside the BMP (an emoji in a task name) twice against its cell limit
    return json.dumps(body, separators=(",", ":"))


def plan_from_json(text: str, where: str = "snapshot") -> Plan:
    """Rebuild a Plan from :func:`plan_to_json` text; FileFormatError if it is damaged.

    Custom Text values longer than a plan keeps (an older plan's) are cut to the limit:
    :func:`read_snapshot_plan` says which.
    """
    return read_snapshot_plan(text, where)[0]


def read_snapshot_plan(
    text: str, where: str = "snapshot", progress: Progress | None = None
) -> tuple[Plan, list[FittedText]]:
    """The plan of :func:`plan_from_json`, and the custom Text values it cut to the
    limit (app.io.snapshot_texts), as a sheet import cuts a long cell. ``progress`` hears
    how many tasks are read (of all), every ``_TASKS_STEP``, and stops the read with
    CancelledError (a 50k-task snapshot takes ~2 s)."""
    try:
        body = json.loads(text)
        if body.get("version") != SNAPSHOT_VERSION:
            raise ValueError("unknown snapshot version")
        tasks, fitted = fit_tasks(_decoded_tasks(body["tasks"], progress))
        plan = Plan(
            project=_decode(body["project"]),
            tasks=tasks,
            links=_decode(body["links"]),
            calendars=_decode(body["calendars"]),
            resources=_decode(body["resources"]),
            assignments=_decode(body["assignments"]),
            baselines=_decode(body["baselines"]),
            risks=_decode(body["risks"]),
            recurrences=_decode(body.get("recurrences", {"$map": []})),
            interims=_decode(body.get("interims", {"$map": []})),
            view=_decode(body["view"]) if "view" in body else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FileFormatError(f"{where}: the Gantry snapshot is damaged ({exc})") from None
    return plan, fitted
