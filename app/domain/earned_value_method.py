"""How a task's earned value (BCWP) is measured, as MS Project's "Earned Value method" says.

* % Complete (MSPDI 0, MS Project's default): baseline cost x % Complete, the share of
  the duration done.
* Physical % Complete (MSPDI 1): baseline cost x Physical % Complete, a figure the
  project manager types for the work's own progress (a wall half built after 80 % of its
  time), independent of the duration.

The project's choice (File > Options > Advanced, "Default task Earned Value method") is
what a task follows unless it was given its own (a task read from MS Project keeps its
own when it differs). The project also names the baseline earned value reads ("Baseline
for Earned Value calculations", 0 to 10).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.task import Task


class EarnedValueMethod(Enum):
    """A task's Earned Value method (values are MSPDI's <EarnedValueMethod> codes)."""

    PERCENT_COMPLETE = 0
    PHYSICAL_PERCENT_COMPLETE = 1

    @property
    def title(self) -> str:
        """As MS Project's options and Task Information name it."""
        return "% Complete" if self is EarnedValueMethod.PERCENT_COMPLETE else "Physical % Complete"


def is_physical(task: Task, default: EarnedValueMethod) -> bool:
    """Whether ``task``'s earned value reads its Physical % Complete: its own method, else
    the project's ``default``."""
    return (task.ev_method or default) is EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE
