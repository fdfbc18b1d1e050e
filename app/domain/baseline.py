"""Saved baselines: a snapshot of dates, work and cost per task and per assignment (0..10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.edited_work import EditedWork
from app.domain.task import CostAccrual

BASELINE_COUNT = 11


def baseline_label(index: int, name: str = "") -> str:
    """A baseline's name if it has one, else MS Project's "Baseline", "Baseline 1".."Baseline 10"."""
    if name.strip():
        return name.strip()
    return "Baseline" if index == 0 else f"Baseline {index}"


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One task's values when the baseline was saved.

    ``fixed_cost`` is the task's own Fixed Cost then (MS Project's Baseline Fixed Cost): a
    summary's is its own, never its subtasks' summed, as MS Project's Fixed Cost field is.
    It is already part of ``cost``, which holds the task's whole cost.
    ``fixed_cost_accrual`` is its Fixed Cost Accrual then (MS Project's Baseline Fixed Cost
    Accrual): planned value lays the baseline's fixed cost at the start, prorated or at the
    end as it was when saved. None: not known (saved before Gantry kept it, or read from
    a file that keeps none, MS Project XML among them): the task's accrual now is used.
    """

    task_uid: int
    start: datetime | None
    finish: datetime | None
    duration_minutes: int = 0
    work_minutes: int = 0
    cost: float = 0.0
    fixed_cost: float = 0.0
    fixed_cost_accrual: CostAccrual | None = None


@dataclass(frozen=True, slots=True)
class AssignmentBaselineEntry:
    """One assignment's values when the baseline was saved (MS Project's assignment
    Baseline Start, Finish, Work and Cost), and how its work was laid then.

    ``units``, ``overtime_work_minutes``, ``contour`` and ``edited_work`` are the
    assignment's then: with the dates they are its timephased baseline, what planned value
    lays its share of the task's baseline cost by, so a contour or overtime changed since
    does not move it. ``laid`` False: the shape is not known (read from a file that keeps
    only the four figures): planned value lays the person's work as it is now.
    """

    assignment_uid: int
    task_uid: int
    resource_uid: int
    start: datetime | None
    finish: datetime | None
    work_minutes: int = 0
    cost: float = 0.0
    units: float = 1.0
    overtime_work_minutes: int = 0
    contour: WorkContour = WorkContour.FLAT
    edited_work: EditedWork = ()
    laid: bool = True


@dataclass(frozen=True, slots=True)
class Baseline:
    """Baseline number ``index`` (0 = "Baseline", 1..10 = "Baseline 1".."Baseline 10").

    ``name`` is the name the source file gave it (GanttProject's "baseline A");
    empty for MS Project's numbered baselines. ``assignments``: its assignments' entries
    (none in a baseline saved before Gantry kept them: planned value then lays each
    person's work as it is now).
    """

    index: int
    saved_at: datetime | None
    entries: tuple[BaselineEntry, ...] = ()
    name: str = ""
    assignments: tuple[AssignmentBaselineEntry, ...] = ()

    def label(self) -> str:
        """The name a user knows it by: its own, else MS Project's numbered one."""
        return baseline_label(self.index, self.name)

    def entry(self, task_uid: int) -> BaselineEntry | None:
        """The entry of one task, if the baseline holds it."""
        for e in self.entries:
            if e.task_uid == task_uid:
                return e
        return None

    def assignment_entry(self, assignment_uid: int) -> AssignmentBaselineEntry | None:
        """The entry of one assignment, if the baseline holds it."""
        for e in self.assignments:
            if e.assignment_uid == assignment_uid:
                return e
        return None
