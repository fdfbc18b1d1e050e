"""How much of a delayed person's work a task's % complete has done.

MS Project lays a task's progress along its span: at 25 % of a 4-day task the task is
complete through the end of its first day, and each person has done the work their own
span holds before that point. A person spanning the whole task has done the task's %
complete; one whose work ends early (less work than their units over the task, say when
someone else's Delay stretched it) has done all of it once the task is complete past their
last day; a reviewer delayed 2 days (MS Project's
assignment Delay, :mod:`app.domain.assignment_delay`) has done nothing yet at 25 % and
half their work at 75 % (their own span is the task's last two days). Their actual work,
and so the task's Actual Work, Remaining Work, actual cost (ACWP) and the Usage view's
actual rows, follow this share. A contoured person's share is of their span's working
time, not of the contour's shape.
"""

from __future__ import annotations

from app.domain.contours import WorkContour, fills_task, own_need, regular_share
from app.domain.delay_laying import working_delay
from app.domain.percent_shown import done_minutes
from app.domain.resource import Assignment


def done_share(
    a: Assignment,
    work: float,
    duration: int,
    percent: float,
    minutes_per_day: int,
    person: bool = True,
) -> float:
    """The share (0..1) of ``a``'s ``work`` done when its task, lasting ``duration`` working
    minutes, is ``percent`` complete: the task's share, or for a delayed one the part of
    their own span before the task's complete-through point (a delay of working minutes,
    an elapsed one counted by the plan's ``minutes_per_day``). ``person``: a work resource,
    whose span lasts their work at their units; a material's (units a quantity) runs from
    its delayed start to the task's finish."""
    share = min(max(percent, 0.0), 100.0) / 100.0
    if share <= 0.0 or share >= 1.0 or (a.laid_delay <= 0 and not person):
        return share
    length = 0.0
    if person and work > 0:
        overtime = float(a.overtime_work_minutes)
        length = own_need(work, a.units, a.contour) * regular_share(work, overtime)
    if a.laid_delay <= 0:  # from the task's start: the task's share, unless it ends early
        # ends early by its work at its units (overtime moves the task's span, not theirs)
        need = own_need(work, a.units, a.contour)
        if length <= 0 or need >= duration or fills_task(work, a.units, a.contour, duration):
            return share
        if a.contour is not WorkContour.FLAT:  # a contour shapes their work over the task's
            return share  # whole span (Back Loaded 80h at 25 %: 20h done, test_s14ls)
        return min(1.0, done_minutes(duration, percent) / length)
    delay = working_delay(a.laid_delay, a.delay_elapsed, minutes_per_day)
    done = done_minutes(duration, percent) - delay
    if done <= 0:
        return 0.0
    if length <= 0:  # no units (or a material): the rest of the task after the delay
        length = float(duration - delay)
    if length <= 0:
        return 1.0
    return min(1.0, done / length)
