"""What ``gantry progress`` remarks on after recording a task's progress (on stderr, the
plan written all the same, as MS Project takes such figures):

- progress dated after the plan's status date (an actual start or finish, or work done
  reaching past it: app.domain.progress_past_status), which a consultant billing
  "through Friday" would not expect to have entered;
- actual work far beyond the work planned (more than twice it: 500h on a 40h task), which
  raises the task's work to it, as MS Project raises it, and is most often a typing slip.
"""

from __future__ import annotations

from app.domain.notation import format_work
from app.domain.plan import Plan
from app.domain.progress_past_status import FAR_BEYOND, done_until
from app.domain.progress_points import ProgressPoints
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.report.locale_numbers import local_figure, system_marks


def progress_notes(
    plan: Plan, result: Schedule, uid: int, planned: int, typed: int | None
) -> list[str]:
    """The notes on task ``uid`` as recorded (``result``: the plan scheduled after it);
    ``planned``: its work before, ``typed``: the actual work given (None: none)."""
    task = plan.task(uid)
    name = quoted(task.name, NAME_LIMIT)
    project = plan.project
    notes: list[str] = []
    status = project.status_date
    reached = done_until(task, result, ProgressPoints(plan, result), plan)
    if status is not None and reached is not None and reached > status:
        notes.append(
            f"{name}: progress recorded up to {reached:%a %Y-%m-%d %H:%M}, after the status "
            f"date ({status:%a %Y-%m-%d %H:%M}); kept as given (gantry status-date FILE DATE "
            "moves the status date)"
        )
    if typed is not None and planned > 0 and typed > planned * FAR_BEYOND:
        times, marks = typed / planned, system_marks()  # 500h is 12,5 times in German
        typed_text = local_figure(format_work(typed, project), marks)
        notes.append(
            f"{name}: actual work {typed_text} is {local_figure(f'{times:.1f}', marks)} times "
            f"its work ({local_figure(format_work(planned, project), marks)}); the work is "
            "raised to it, as MS Project "
            "raises it: check the figure"
        )
    return notes
