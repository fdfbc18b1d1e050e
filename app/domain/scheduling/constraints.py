"""How a task's date constraint bounds its early start and its late finish (MS Project rules)."""

from __future__ import annotations

from app.domain.schedule import IssueKind
from app.domain.scheduling.state import EngineState
from app.domain.task import ConstraintType
from app.domain.worktime import WorkTime, to_minutes

_MSO = ConstraintType.MSO
_MFO = ConstraintType.MFO
_SNET = ConstraintType.SNET
_SNLT = ConstraintType.SNLT
_FNET = ConstraintType.FNET
_FNLT = ConstraintType.FNLT
_ALAP = ConstraintType.ALAP
_BROKEN = IssueKind.CONSTRAINT_BROKEN
# What a task with constraint dates not honored misses, by constraint
_MISSED = {
    _MSO: "misses its 'must start on' date",
    _MFO: "misses its 'must finish on' date",
    _SNLT: "misses its 'start no later than' date",
    _FNLT: "misses its 'finish no later than' date",
}


class ConstraintRules(EngineState):
    """Constraint handling used by the forward and backward passes."""

    def _apply_constraint(
        self,
        i: int,
        ctype: ConstraintType,
        cdate: object,
        cand: int,
        cal: WorkTime,
        dur: int,
    ) -> int:
        # Without links a task starts at the project start, unless a start-no-earlier
        # (or must-on) constraint places it, even before the project start (MS Project).
        if cdate is None or ctype is ConstraintType.ASAP or ctype is _ALAP:
            return self.project_start if cand < self.project_start else cand
        d = to_minutes(cdate)  # type: ignore[arg-type]
        if ctype is _SNET:
            return max(cand, d)
        elapsed = self.net.tasks[i].elapsed  # its finish is its start + its minutes
        if ctype is _FNET:
            return max(cand, self._start_from_finish(cal, d, dur, elapsed))
        if not self.net.honor_constraints:
            return self._links_first(i, ctype, d, cand, cal, dur, elapsed)
        if cand < self.project_start:
            cand = self.project_start
        if ctype is _MSO:
            if cand > d:
                self._issue(
                    i, _BROKEN, "must start on its constraint date but its links push it later"
                )
            return d
        if ctype is _MFO:
            s = self._start_from_finish(cal, d, dur, elapsed)
            if cand > s:
                self._issue(
                    i, _BROKEN, "must finish on its constraint date but its links push it later"
                )
            return s
        if ctype is _SNLT:
            if cand > d:
                self._issue(
                    i, _BROKEN, "cannot start before its links allow and its 'start no later than'"
                )
                return d
            return cand
        if ctype is _FNLT:
            s = self._start_from_finish(cal, d, dur, elapsed)
            if cand > s:
                self._issue(
                    i,
                    _BROKEN,
                    "cannot finish as its links require and meet its 'finish no later than'",
                )
                return s
            return cand
        return cand

    def _links_first(
        self,
        i: int,
        ctype: ConstraintType,
        d: int,
        cand: int,
        cal: WorkTime,
        dur: int,
        elapsed: bool,
    ) -> int:
        """The early start when constraint dates are not honored (MS Project's option off).

        The links win: a Must Start/Finish On date holds the task no earlier than it (as a
        Start/Finish No Earlier Than), a No Later Than date does not pull it before its
        predecessors. A date the links push past is noted; the backward pass still bounds
        the late dates by it, so the task and its predecessors show negative slack.
        """
        if ctype is _MSO or ctype is _MFO:
            at = d if ctype is _MSO else self._start_from_finish(cal, d, dur, elapsed)
            if cand > at:
                self._issue(i, _BROKEN, f"{_MISSED[ctype]}: its links move it later")
            return max(cand, at)
        if cand < self.project_start:
            cand = self.project_start
        if ctype is _SNLT or ctype is _FNLT:
            at = d if ctype is _SNLT else self._start_from_finish(cal, d, dur, elapsed)
            if cand > at:
                self._issue(i, _BROKEN, f"{_MISSED[ctype]}: its links move it later")
        return cand

    @staticmethod
    def _start_from_finish(cal: WorkTime, finish: int, dur: int, elapsed: bool = False) -> int:
        if dur == 0:
            return finish
        if elapsed:
            return finish - dur
        return cal.at_start(cal.index(finish) - dur)

    def _late_constraint(
        self,
        ctype: ConstraintType,
        cdate: object,
        cand: int,
        cal: WorkTime,
        dur: int,
        elapsed: bool = False,
    ) -> int:
        if cdate is None:
            return cand
        d = to_minutes(cdate)  # type: ignore[arg-type]
        if ctype is _MFO:
            return d
        if ctype is _FNLT:
            return min(cand, d)
        if ctype is _MSO:
            return self._finish_from_start(cal, d, dur, elapsed)
        if ctype is _SNLT:
            return min(cand, self._finish_from_start(cal, d, dur, elapsed))
        return cand

    @staticmethod
    def _finish_from_start(cal: WorkTime, start: int, dur: int, elapsed: bool = False) -> int:
        if dur == 0:
            return start
        if elapsed:
            return start + dur
        return cal.at_end(cal.index(start) + dur)
