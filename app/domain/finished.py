"""When a task is finished: the one rule cost accrual, earned value, the status columns and
the tracking commands share (beside app/domain/started.py, when it has started).

A task is finished once it has an Actual Finish or is 100 % complete. MS Project keeps the
two together: typing an Actual Finish makes the task 100 % complete, and typing 100 %
records the scheduled Finish as the Actual Finish. A task read with one and not the other
(a CSV's 100 % with no date, a hand-made file's date with 0 %) is finished all the same.
"""

from __future__ import annotations

from app.domain.task import Task

# % complete at which a task is complete (MS Project's Status "Complete").
COMPLETE = 100.0


def is_finished(task: Task) -> bool:
    """Whether ``task`` is finished: an actual finish, or % complete at 100."""
    return task.actual_finish is not None or task.percent_complete >= COMPLETE
