"""Critical path method: forward and backward passes over a :class:`Network`.

All moments are integer minutes (see :mod:`app.domain.worktime`); each task
does its arithmetic on its own calendar. The rules follow MS Project:
constraints win over links (the conflict shows as negative slack and a
reported issue), a summary's links bind its children, manually scheduled
tasks keep their dates, actual dates fix the part of a task already done.

The engine is assembled from one module per concern: :mod:`.state` (the date
arrays, plain-row flags), :mod:`.lags` (link codes, lag arithmetic),
:mod:`.constraints`, :mod:`.forward` and :mod:`.backward` (each pass with its
inline fast path); as-late-as-possible placement, which runs both, lives here.
"""

from __future__ import annotations

from app.domain.scheduling.backward import BackwardPass
from app.domain.scheduling.forward import ForwardPass
from app.domain.scheduling.lags import FF, FS, SF, SS, lag_minutes, shift
from app.domain.task import ConstraintType

__all__ = ["FF", "FS", "SF", "SS", "Engine", "lag_minutes", "shift"]

_ALAP = ConstraintType.ALAP


class Engine(ForwardPass, BackwardPass):
    """Early/late dates of every node; re-runnable on one node for incremental updates."""

    def alap_rows(self) -> list[int]:
        """Automatic, not started, as-late-as-possible tasks (leaves)."""
        net = self.net
        tasks = net.tasks
        return [
            i
            for i in self.special  # the only rows not as soon as possible
            if (t := tasks[i]).constraint_type is _ALAP
            and not t.manual
            and t.actual_start is None
            and not net.summary[i]
            and net.active[i]
        ]

    def place_alap(self) -> None:
        """Put ALAP tasks at their late dates and move their successors after them.

        Their late dates come from the backward pass, so a second forward pass
        lets successors follow, and the summaries over them span them where
        they are shown (ForwardPass._forward_rollup). Late dates stay valid
        (successors only lose slack): they depend on early ones only through
        which subtasks start a phase whose start is limited
        (BackwardPass.inherited_start_limit), read before the placement.
        Placing may move such a phase's start to a later subtask, never past
        the limit: every subtask that bounded it, ALAP ones included, still
        starts by it. Working the late dates out again from the moved start
        would bind the subtask now first as well, which the phase does not need
        (test_s16s_alap_phases: delaying it by the slack it has keeps the finish).
        """
        rows = self.alap_rows()
        self.alap_placed = {}
        if not rows:
            return
        self.alap_placed = {i: (self.ls[i], self.lf[i]) for i in rows}
        self.run_forward()
        # A milestone's early date may now sit just across a break from its late
        # one (same point in working time): show them at the same moment.
        es, ls, lf, cals = self.es, self.ls, self.lf, self.net.calendars
        for i in range(self.n):
            if ls[i] < es[i] and self.dur[i] == 0 and cals[i].index(ls[i]) >= cals[i].index(es[i]):
                ls[i] = lf[i] = es[i]
