"""What saving a plan as GanttProject (.gan) loses beyond whole days, one line each, as the
other formats' "not kept" notes say it (app.formats.not_kept): baselines' costs and
part-day dates, materials and cost items, a fixed cost beside the people's
(app/io/gan_costs.py), and the roles
nobody holds, which a .gan has no place for."""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.whole_days_not_kept import usual_day_minutes
from app.io.gan_costs import costs_not_kept, not_people_not_kept
from app.io.gan_fields_not_kept import fields_not_kept
from app.io.note_figures import note_amount


def gan_not_kept(plan: Plan) -> list[str]:
    """The lines saying what a .gan of ``plan`` does not keep ("" lines left out)."""
    lines = [
        *baselines_not_kept(plan),
        not_people_not_kept(plan),
        _costs(plan),
        *fields_not_kept(plan),  # overtime rates, initials, priorities... (gan_fields_not_kept)
    ]
    return [line for line in lines if line]


def _costs(plan: Plan) -> str:
    """costs_not_kept, the plan costed only when some task has a fixed cost and people."""
    fixed = {t.uid for t in plan.tasks if t.fixed_cost}
    if not fixed or not any(a.task_uid in fixed for a in plan.assignments):
        return ""
    from app.domain.costs import compute_costs
    from app.domain.scheduler import schedule

    try:
        task_cost = compute_costs(plan, schedule(plan)).task_cost
    except Exception:  # noqa: BLE001 - a plan that does not schedule is said elsewhere
        return ""
    return costs_not_kept(plan, task_cost)


def baselines_not_kept(plan: Plan) -> list[str]:
    """One line per baseline that loses something in a .gan, which keeps each task's
    baseline start day and whole working days only: its cost and work (so the budget,
    earned value, CPI and SPI), and dates that are not whole days, rounded."""
    per_day = usual_day_minutes(plan)
    clock = plan.project.default_start_time
    lines: list[str] = []
    for index in sorted(plan.baselines):
        baseline = plan.baselines[index]
        cost = sum(e.cost for e in baseline.entries if not plan.is_summary(e.task_uid))
        work = any(e.work_minutes for e in baseline.entries)
        rounded = sum(
            1
            for e in baseline.entries
            if e.start is not None
            and plan.has_task(e.task_uid)
            and not plan.is_summary(e.task_uid)
            and (e.duration_minutes % per_day or e.start.time() != clock)
        )
        parts: list[str] = []
        if cost:
            parts.append(f"its cost ({note_amount(cost)}: no budget, earned value, CPI or SPI)")
        if work:
            parts.append("its work")
        if rounded:
            parts.append(
                f"the part-day dates of {counted(rounded, 'task')} (rounded to whole days)"
            )
        if parts:
            lines.append(
                f".gan keeps a baseline's days only: {quoted(baseline.label())} loses "
                + ", ".join(parts)
            )
    return lines
