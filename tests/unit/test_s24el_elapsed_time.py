"""An elapsed-duration task runs around the clock (MS Project), in both CPM passes.

MS Project's word: "Elapsed time counts all time, including non-working time"
(DurationFormat element, Project XML reference); an elapsed task "will ignore all
calendars and will be scheduled 24 hours a day and 7 days per week" (Eastwood
Harris); KB 87301: a 9eh task from Fri 08:00 ends Fri 17:00 and, before a Monday
successor, has 2.63ed of slack, its late finish Mon 08:00 itself.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY = 480
EDAY = 1440


def _plan(start: datetime, *tasks: Task, links: tuple[Link, ...] = ()) -> Plan:
    plan = Plan(project=Project(name="s24el", start=start))
    for t in tasks:
        plan.append_task(t)
    for link in links:
        plan.add_link(link)
    return plan


def test_s24el_kb87301_elapsed_slack_runs_to_the_successors_start():
    plan = _plan(
        datetime(1992, 7, 24, 8),  # a Friday
        Task(1, "8h", duration_minutes=DAY),
        Task(2, "9eh", duration_minutes=9 * 60, elapsed=True),
        Task(3, "1d", duration_minutes=DAY),
        links=(Link(1, 3, LinkType.FS), Link(2, 3, LinkType.FS)),
    )
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (datetime(1992, 7, 24, 8), datetime(1992, 7, 24, 17))
    assert s[3].start == datetime(1992, 7, 27, 8)
    # Slack 2.63ed (MS Project): the late finish is Monday 08:00, not Friday 17:00.
    assert s[2].late_finish == datetime(1992, 7, 27, 8)
    assert s[2].total_slack_minutes == 63 * 60
    assert s[1].total_slack_minutes == 0
