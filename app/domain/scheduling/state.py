"""The CPM engine's per-row date arrays and which rows the passes may compute inline.

:class:`EngineState` is the base the pass mixins (:mod:`.constraints`,
:mod:`.forward`, :mod:`.backward`) share; :class:`app.domain.scheduling.cpm.Engine`
combines them.
"""

from __future__ import annotations

from bisect import insort

from app.domain.schedule import IssueKind
from app.domain.scheduling.network import Network
from app.domain.splits import total_gap
from app.domain.task import ConstraintType, Task

# No bound yet. NEVER lies below every moment (minute counts are >= 0) and every work index
# (counted from a calendar's first table over 1800-2999, whose window moves: |index| <
# 6.4e8 even round the clock, below 2**30) and is still a one-digit int
# (|x| < 2**30), which CPython compares in its fast path: the passes compare each date and
# index against it several times a row (COMPARE_OP specialises for such ints only).
# ALWAYS must exceed every moment, which passes 2**30 in 2042; work indexes never reach
# LAST_INDEX, a one-digit int the backward pass's index bounds start from.
NEVER = -(1 << 30) + 1
ALWAYS = 1 << 62
LAST_INDEX = (1 << 30) - 1

_ASAP = ConstraintType.ASAP
_MSO = ConstraintType.MSO
_MFO = ConstraintType.MFO
_SNLT = ConstraintType.SNLT
_FNLT = ConstraintType.FNLT
_ALAP = ConstraintType.ALAP


class EngineState:
    """Early/late dates of every node, the summary bounds, issues and the plain-row flags."""

    def __init__(self, net: Network, project_start: int) -> None:
        self.net = net
        n = len(net.tasks)
        self.n = n
        self.project_start = project_start
        self.project_finish = project_start
        tasks = net.tasks
        durs = [t.duration_minutes for t in tasks]
        if durs and min(durs) < 0:
            durs = [d if d > 0 else 0 for d in durs]
        self.dur = durs
        self.es = [0] * n
        self.ef = [0] * n
        self.ls = [0] * n
        self.lf = [0] * n
        # The late start successors' links see: the late start, except for a task in
        # progress, whose predecessors need only finish by its resume point.
        self.link_ls = [0] * n
        # summary entry bounds: start bound (forward), finish bound (backward). One more at
        # the end, read through parent -1 by the passes: the top level's (none; the project
        # finish, set by run_backward).
        self.entry_es = [NEVER] * (n + 1)  # no bound from links above
        self.roll_lf = [ALWAYS] * (n + 1)
        # The latest a summary's phase may start, from its start-to-start and start-to-finish
        # successors (and its parent's): a moment, or this very ALWAYS object for none (the
        # passes test it with ``is``). See BackwardPass.inherited_start_limit.
        self.roll_ls = [ALWAYS] * (n + 1)
        # row -> (kind, what the task does: "must start on ...") of each conflict found
        self.issues: dict[int, list[tuple[IssueKind, str]]] = {}
        # Split tasks: row -> working minutes of their pauses (app.domain.splits). The passes
        # place such a task over duration + gaps of working time; only they look it up.
        self.gaps: dict[int, int] = {}
        # ALAP tasks placed at their late dates: row -> (late start, late finish)
        self.alap_placed: dict[int, tuple[int, int]] = {}
        # Rows the passes may compute inline (see run_forward and run_backward). Most rows
        # have none of the fields that take them off the inline path: one comprehension
        # (nine quick tests a row) lists the others, ``special``, and _plain() sorts them.
        summary, spans = net.summary, net.spans
        # (No ``if`` in the comprehension: CPython 3.11 warms a loop up, and specialises its
        # attribute reads, only on the jumps back of rows kept. Dates tested for truth, not
        # ``is not None``: a datetime is always true, and a truth test is one opcode less.)
        ordinary = [
            not (  # _off_ordinary(t), inline: a call a row would cost more
                t.constraint_date
                or t.deadline
                or t.actual_start
                or t.actual_finish
                or t.elapsed
                or t.manual
                or t.leveling_delay_minutes
                or t.splits
                or t.constraint_type is not _ASAP
            )
            for t in tasks
        ]
        self.special = special = _rows_where(ordinary, False)
        summaries = _rows_where(summary, True)
        fwd = self.plain_fwd = [True] * n
        for i in summaries:
            fwd[i] = False
        for i in spans:
            fwd[i] = False
        bwd = self.plain_bwd = list(fwd)
        gaps = self.gaps
        for i in special:
            t = tasks[i]
            if not summary[i] and t.splits:
                gap = total_gap(t.splits, t.duration_minutes)
                if gap > 0:
                    gaps[i] = gap
            if not summary[i] and i not in spans:
                fwd[i], bwd[i] = _plain(t)
        # Summaries the passes may also compute inline: rolled up from children that are
        # all active, with no link, date or manual dates of their own (see _plain_summary).
        self.plain_sum_fwd = [False] * n
        self.plain_sum_bwd = [False] * n
        self.all_active = all(net.active)
        for s in summaries:
            self.plain_sum_fwd[s], self.plain_sum_bwd[s] = self._plain_summary(s)

    def refresh_task(self, i: int) -> None:
        """Re-read what a task's dates depend on (after the task was edited)."""
        net = self.net
        t = net.tasks[i]
        self.dur[i] = max(0, t.duration_minutes)
        gap = 0 if net.summary[i] or not t.splits else total_gap(t.splits, t.duration_minutes)
        if gap > 0:
            self.gaps[i] = gap
        else:
            self.gaps.pop(i, None)
        if net.summary[i] or i in net.spans:
            self.plain_fwd[i] = self.plain_bwd[i] = False
        else:
            self.plain_fwd[i], self.plain_bwd[i] = _plain(t)
        if net.summary[i]:
            self.plain_sum_fwd[i], self.plain_sum_bwd[i] = self._plain_summary(i)
        if _off_ordinary(t) and i not in self.special:
            insort(self.special, i)

    def _plain_summary(self, s: int) -> tuple[bool, bool]:
        """Whether the passes may roll summary ``s`` up inline (forward, backward).

        Plain: automatic, no constraint date nor deadline, every child active;
        forward also no link into it, backward no link out of it.
        """
        net = self.net
        t = net.tasks[s]
        if t.manual or t.constraint_date is not None or t.deadline is not None:
            return False, False
        if not (self.all_active or all(map(net.active.__getitem__, net.children[s]))):
            return False, False
        return not net.preds[s], not net.succs[s]

    def _issue(self, i: int, kind: IssueKind, message: str) -> None:
        self.issues.setdefault(i, []).append((kind, message))


def _off_ordinary(t: Task) -> object:
    """Truthy when a field may take the task off the passes' inline path.

    An ordinary task (no dates fixed, automatic, not split, no leveling delay, as soon as
    possible) is plain both ways (_plain); the engine lists the others as special: _plain
    sorts them, and they are the only rows with a deadline or as late as possible.
    """
    return (
        t.constraint_date is not None
        or t.deadline is not None
        or t.actual_start is not None
        or t.actual_finish is not None
        or t.elapsed
        or t.manual
        or t.leveling_delay_minutes
        or t.splits
        or t.constraint_type is not _ASAP
    )


def _rows_where(flags: list[bool], value: bool) -> list[int]:
    """The indexes of the entries equal to ``value``, found by list.index (a C scan) between
    them: cheaper than a loop over every row when they are few."""
    rows: list[int] = []
    at = -1
    try:
        while True:
            at = flags.index(value, at + 1)
            rows.append(at)
    except ValueError:
        return rows


def _plain(t: Task) -> tuple[bool, bool]:
    """Whether the passes may compute a leaf on one calendar inline (forward, backward).

    Plain: automatic, not started, no elapsed duration, not split; forward also no leveling
    delay and no dated constraint but ASAP/ALAP; backward no deadline and no
    constraint that bounds the finish.
    """
    if t.elapsed or t.actual_start is not None or t.actual_finish is not None or t.splits:
        return False, False
    ctype, cdate = t.constraint_type, t.constraint_date
    forward = (
        not (t.manual and t.start is not None)
        and t.leveling_delay_minutes <= 0
        and (cdate is None or ctype is ConstraintType.ASAP or ctype is _ALAP)
    )
    backward = t.deadline is None and (cdate is None or ctype not in (_MFO, _FNLT, _MSO, _SNLT))
    return forward, backward
