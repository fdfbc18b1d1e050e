"""A material used at a rate (``Concrete[12 m³/d]``) in MS Project XML.

MSPDI keeps MS Project's variable material consumption as the assignment's <RateScale>
(the time the rate is per: 0 minute, 1 hour, 2 day, 3 week, 5 month, 7 year, as the
schema lists them) beside <Units> holding the rate per hour (12 m³ a day at 8 hours a day:
1.5), as MS Project and Aspose write it. A fixed quantity has no <RateScale> (or 0 with
its Units the quantity: MS Project writes 0 for every assignment, so 0 reads as fixed).
"""

from __future__ import annotations

from dataclasses import replace
from xml.etree.ElementTree import Element

from app.domain.material_rates import scale_minutes
from app.domain.project import Project
from app.domain.resource import Assignment
from app.domain.task import Task
from app.io.mspdi_values import Q

CODES = {"min": 0, "h": 1, "d": 2, "w": 3, "mo": 5, "y": 7}
_SCALES = {code: scale for scale, code in CODES.items()}


def rate_fields(a: Assignment, project: Project) -> tuple[str, list[tuple[str, str]]]:
    """The <Units> text of a material used at a rate (its rate per hour) and the
    <RateScale> row; ("", []) for any other assignment."""
    if not a.rate_scale:
        return "", []
    per_hour = a.material_rate * 60.0 / scale_minutes(a.rate_scale, project)
    return repr(per_hour), [("RateScale", str(CODES[a.rate_scale]))]


def read_rate(
    code: int | None, units: float, duration_minutes: int, project: Project
) -> tuple[float, float, str]:
    """(quantity, rate, scale) of a material's assignment read with <RateScale> ``code`` and
    <Units> ``units``: the rate over the task's duration, or ``units`` as a fixed quantity
    (no code, 0 or one the schema does not list)."""
    scale = _SCALES.get(code or 0, "")
    if scale in ("", "min"):  # 0: MS Project's default on every row, a fixed quantity
        return units, 0.0, ""
    rate = units * scale_minutes(scale, project) / 60.0
    minutes = scale_minutes(scale, project)
    return rate * duration_minutes / minutes, rate, scale


def with_material_rates(
    root: Element,
    assignments: list[Assignment],
    tasks: list[Task],
    materials: set[int],
    project: Project,
) -> list[Assignment]:
    """The assignments, each of a material (uid in ``materials``) whose row gives a
    <RateScale> used at that rate over its task's duration (:func:`read_rate`)."""
    wanted = {a.uid: a for a in assignments if a.resource_uid in materials}
    container = root.find(Q + "Assignments") if wanted else None
    if container is None:
        return assignments
    durations = {t.uid: t.duration_minutes for t in tasks}
    found: dict[int, Assignment] = {}
    for elem in container.iterfind(Q + "Assignment"):
        text = (elem.findtext(Q + "UID") or "").strip()
        a = wanted.get(int(text)) if text.isdigit() else None
        code = (elem.findtext(Q + "RateScale") or "").strip()
        if a is None or not code.isdigit() or code == "0":
            continue
        duration = durations.get(a.task_uid, 0)
        quantity, rate, scale = read_rate(int(code), a.units, duration, project)
        if scale:
            found[a.uid] = replace(a, units=quantity, material_rate=rate, rate_scale=scale)
    if not found:
        return assignments
    return [found.get(a.uid, a) for a in assignments]
