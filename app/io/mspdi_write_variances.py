"""The variance and earned-value fields of an MS Project XML file's ``<Task>`` rows.

MS Project writes on every task row its variances against Baseline (0) and its earned
value at the status date, in the units of its own files (mspdiassignmentfields.xml of
the shared files, checked against the XML reference):

* <StartVariance>, <FinishVariance>: working time from the baseline date to the current
  one in tenths of a minute (FinishVariance 23410 for 2341 minutes, 4.88 days late;
  the reference says "minutes x 1000", MS Project's files hold tenths, as LinkLag);
* <WorkVariance>: work less baseline work in thousandths of a minute, two decimals
  (6180000.00 for 103 h over a baseline without work);
* <ACWP>, <CV> (after <RemainingOvertimeWork>) and <BCWS>, <BCWP> (after <Rollup>):
  money in hundredths as the row's <ActualCost>, two decimals (ACWP 29908.45 = the row's
  ActualCost, CV = BCWP - ACWP).

A task row has no <CostVariance> nor <SV> in the schema (MS Project leaves them out of
its files and works them out on open). The variances are written for the rows baseline 0
holds (absent is 0, MS Project's own for a row without one); the earned value only where
the plan has a status date, as it is measured at that date (a file written today and
tomorrow from the same plan stays the same), against the project's "Baseline for Earned
Value calculations" (app.domain.earned_value).
"""

from __future__ import annotations

from app.domain.baseline import BaselineEntry
from app.domain.baselines import Variance, variances
from app.domain.costs import CostReport
from app.domain.earned_value import (
    EarnedValue,
    actual_to_date,
    earned_value,
    project_earned_value,
)
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.status_report import finish_variance
from app.domain.workload import DayCalendar


def hundredths(value: float) -> str:
    """An earned-value amount as MS Project writes it: hundredths, two decimals."""
    return f"{value * 100:.2f}"


class RowFigures:
    """Each task row's variance and earned-value elements, found once for the plan."""

    def __init__(self, plan: Plan, result: Schedule | None, costs: CostReport | None) -> None:
        self._plan, self._result, self._costs = plan, result, costs
        self._variances: dict[int, Variance] = {}
        self._earned: dict[int, EarnedValue] = {}
        self._project: EarnedValue | None = None  # the project row's, ac up to the status date
        if result is None or costs is None:
            return
        self._variances = variances(plan, result, costs, 0)
        status = plan.project.status_date
        if status is not None:
            self._earned = earned_value(plan, result, costs, status)
            total = project_earned_value(plan, self._earned)
            spent = actual_to_date(plan, costs, self._earned)
            self._project = EarnedValue(total.bac, total.pv, total.ev, spent)

    def project_schedule_xml(self, entry: BaselineEntry | None) -> str:
        """The project summary row's variances against ``entry``, its Baseline 0 as written
        (mspdi_write_tasks.project_baseline); "" without one, as a task row's."""
        result, costs = self._result, self._costs
        if entry is None or result is None or costs is None:
            return ""
        cal = DayCalendar(self._plan, None)
        start = finish_variance(cal, result.start, entry.start) or 0
        finish = finish_variance(cal, result.finish, entry.finish) or 0
        return _schedule_xml(
            Variance(start, finish, 0, costs.total_work_minutes - entry.work_minutes, 0.0)
        )

    def project_spent_xml(self) -> str:
        """The project row's <ACWP> and <CV>: its actual cost up to the status date."""
        return _spent_xml(self._project)

    def project_earned_xml(self) -> str:
        """The project row's <BCWS> and <BCWP>: the top-level tasks' summed."""
        return _earned_xml(self._project)

    def schedule_xml(self, uid: int) -> str:
        """<StartVariance>, <FinishVariance> and <WorkVariance> (after <LateFinish>)."""
        return _schedule_xml(self._variances.get(uid))

    def spent_xml(self, uid: int) -> str:
        """<ACWP> and <CV> (after <RemainingOvertimeWork>)."""
        return _spent_xml(self._earned.get(uid))

    def earned_xml(self, uid: int) -> str:
        """<BCWS> and <BCWP> (after <Rollup>, before <PhysicalPercentComplete>)."""
        return _earned_xml(self._earned.get(uid))


def _schedule_xml(v: Variance | None) -> str:
    """A row's variance elements, "" without a baseline."""
    if v is None:
        return ""
    # a baseline date not held: 0, as MS Project writes it (its Start Variance shows 0d)
    return (
        f"<StartVariance>{(v.start_minutes or 0) * 10}</StartVariance>"
        f"<FinishVariance>{(v.finish_minutes or 0) * 10}</FinishVariance>"
        f"<WorkVariance>{v.work_minutes * 1000:.2f}</WorkVariance>"
    )


def _spent_xml(e: EarnedValue | None) -> str:
    """A row's <ACWP> and <CV>, "" without a status date."""
    if e is None:
        return ""
    return f"<ACWP>{hundredths(e.ac)}</ACWP><CV>{hundredths(e.ev - e.ac)}</CV>"


def _earned_xml(e: EarnedValue | None) -> str:
    """A row's <BCWS> and <BCWP>, "" without a status date."""
    if e is None:
        return ""
    return f"<BCWS>{hundredths(e.pv)}</BCWS><BCWP>{hundredths(e.ev)}</BCWP>"
