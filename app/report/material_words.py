"""A material's quantity and rate as ``gantry diff`` and the Import review write them:
``60 m³`` and ``12 m³/d`` (the diff wrote a material's quantity as units, ``6000%``)."""

from __future__ import annotations

from app.domain.material_rates import shown_rate
from app.domain.plan import Plan
from app.domain.resource import ResourceType


def material_amount(uid: str, field: str, value: float, plan: Plan) -> str | None:
    """``value`` of ``field`` (``units`` or ``material_rate``) of the assignment ``uid``
    (``task:resource``) in its material's words; None when it is no material's in ``plan``."""
    task, _, resource = uid.partition(":")
    if not (task.isdigit() and resource.isdigit()):
        return None
    found = next((r for r in plan.resources if r.uid == int(resource)), None)
    if found is None or found.type is not ResourceType.MATERIAL:
        return None
    label = found.material_label.strip()
    if field == "material_rate":
        on = [a for a in plan.assignments_of_task(int(task)) if a.resource_uid == found.uid]
        scale = on[0].rate_scale if on and on[0].rate_scale else ""
        if scale and value:
            return shown_rate(value, scale, label)
        return "fixed" if not value else f"{value:g}"
    number = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{number} {label}" if label else number
