"""Critical path method: forward and backward passes over a :class:`Network`.

All moments are integer minutes (see :mod:`app.domain.worktime`); each task
does its arithmetic on its own calendar. The rules follow MS Project:
constraints win over links (the conflict shows as negative slack and a
reported issue), a summary's links bind its children, manually scheduled
tasks keep their dates, actual dates fix the part of a task already done.
"""

from __future__ import annotations

from app.domain.scheduling.network import LAG_ELAPSED, LAG_NONE, LAG_PERCENT, LAG_WORK, Network
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime, to_minutes

FF, FS, SF, SS = 0, 1, 2, 3
# The codes are chosen so that ``code <= FS`` means "from the predecessor's finish",
# ``code & 1`` "to the successor's start" and ``code >= SF`` "from the predecessor's start".
_NEVER = -(1 << 62)
_ALWAYS = 1 << 62

_MSO = ConstraintType.MSO
_MFO = ConstraintType.MFO
_SNET = ConstraintType.SNET
_SNLT = ConstraintType.SNLT
_FNET = ConstraintType.FNET
_FNLT = ConstraintType.FNLT
_ALAP = ConstraintType.ALAP


def shift(cal: WorkTime, t: int, kind: int, value: float, pred_duration: int, start: bool) -> int:
    """Move moment ``t`` by a link lag; ``start`` picks the start form for a working result."""
    if kind == LAG_NONE:
        return t
    if kind == LAG_ELAPSED:
        return t + int(value)
    lag = round(value * pred_duration / 100) if kind == LAG_PERCENT else int(value)
    if lag == 0:
        return t
    w = cal.index(t) + lag
    return cal.at_start(w) if start else cal.at_end(w)


def lag_minutes(kind: int, value: float, pred_duration: int) -> int:
    """A lag as signed working (or elapsed) minutes."""
    if kind == LAG_NONE:
        return 0
    if kind == LAG_PERCENT:
        return round(value * pred_duration / 100)
    return int(value)


class Engine:
    """Early/late dates of every node; re-runnable on one node for incremental updates."""

    def __init__(self, net: Network, project_start: int) -> None:
        self.net = net
        n = len(net.tasks)
        self.n = n
        self.project_start = project_start
        self.project_finish = project_start
        self.dur = [d if d > 0 else 0 for d in [t.duration_minutes for t in net.tasks]]
        self.es = [0] * n
        self.ef = [0] * n
        self.ls = [0] * n
        self.lf = [0] * n
        # The late start successors' links see: the late start, except for a task in
        # progress, whose predecessors need only finish by its resume point.
        self.link_ls = [0] * n
        # summary entry bounds: start bound (forward), finish bound (backward)
        self.entry_es = [_NEVER] * n  # no bound from links above
        self.roll_lf = [_ALWAYS] * n
        self.issues: dict[int, list[str]] = {}
        # ALAP tasks placed at their late dates: row -> (late start, late finish)
        self.alap_placed: dict[int, tuple[int, int]] = {}
        # Rows the passes may compute inline (see run_forward and run_backward).
        self.plain_fwd = [False] * n
        self.plain_bwd = [False] * n
        summary, spans, fwd, bwd = net.summary, net.spans, self.plain_fwd, self.plain_bwd
        for i, t in enumerate(net.tasks):
            if not summary[i] and i not in spans:
                fwd[i], bwd[i] = _plain(t)

    # ------------------------------------------------------------------ inputs

    def refresh_task(self, i: int) -> None:
        """Re-read what a task's dates depend on (after the task was edited)."""
        net = self.net
        t = net.tasks[i]
        self.dur[i] = max(0, t.duration_minutes)
        if net.summary[i] or i in net.spans:
            self.plain_fwd[i] = self.plain_bwd[i] = False
        else:
            self.plain_fwd[i], self.plain_bwd[i] = _plain(t)

    # ------------------------------------------------------------------ forward

    def run_forward(self) -> None:
        """Early dates of every node in dependency order, then the project finish.

        Plain rows (automatic, no actuals, no dated constraint, one calendar) are
        computed inline here, exactly as :meth:`forward_node` would; the rest go
        through it.
        """
        fwd = self.forward_node
        net = self.net
        n = self.n
        plain = self.plain_fwd
        parent, preds, cals, lag_cals = net.parent, net.preds, net.calendars, net.slack_calendars
        es, ef, durs, entry_es = self.es, self.ef, self.dur, self.entry_es
        late = self.alap_placed
        issues = self.issues
        project_start = self.project_start
        for i in net.order:
            if i >= n or not plain[i]:
                fwd(i)
                continue
            if issues:
                issues.pop(i, None)
            p = parent[i]
            start = entry_es[p] if p >= 0 else _NEVER
            finish = _NEVER
            lag_cal = lag_cals[i]
            for j, _i, code, kind, value in preds[i]:
                if late and j in late:
                    es_j, ef_j = late[j]
                else:
                    es_j, ef_j = es[j], ef[j]
                base = ef_j if code <= FS else es_j  # FF, FS: from the finish
                if kind == LAG_NONE:
                    x = base
                elif kind == LAG_WORK:  # shift(), inlined for the common lag
                    lag = int(value)
                    x = lag_cal.at_end(lag_cal.index(base) + lag) if lag else base
                else:
                    x = shift(lag_cal, base, kind, value, durs[j], False)
                if code & 1:  # FS, SS: bind the start
                    if x > start:
                        start = x
                elif x > finish:
                    finish = x
            cal = cals[i]
            dur = durs[i]
            if finish != _NEVER:
                s = finish if dur == 0 else cal.at_start(cal.index(finish) - dur)
                if s > start:
                    start = s
            if start < project_start:
                start = project_start
            if dur == 0:
                # _milestone_forward
                w = cal.index(start)
                e = start if cal.at_end(w) == start else cal.at_start(w)
                es[i] = ef[i] = e
                continue
            w = cal.index(start)
            s = cal.at_start(w)
            e = cal.at_end(w + dur)
            if finish > e and s == cal.at_start(cal.index(finish) - dur):
                e = finish
            es[i] = s
            ef[i] = e
        self.project_finish = self.compute_project_finish()

    def compute_project_finish(self) -> int:
        """Latest early finish of an active top-level task."""
        net = self.net
        finish = _NEVER
        ef = self.ef
        for i in range(self.n):
            if net.parent[i] < 0 and net.active[i] and ef[i] > finish:
                finish = ef[i]
        return self.project_start if finish == _NEVER else finish

    def compute_project_start(self) -> int:
        """Earliest early start of an active top-level task (the project start if none)."""
        net = self.net
        starts = [self.es[i] for i in range(self.n) if net.parent[i] < 0 and net.active[i]]
        return min(starts) if starts else self.project_start

    def _candidates(self, i: int, cal: WorkTime) -> tuple[int, int]:
        """(earliest start, earliest finish) the links into task ``i`` (and its parent) allow."""
        net = self.net
        p = net.parent[i]
        start = self.entry_es[p] if p >= 0 else _NEVER
        finish = _NEVER
        es, ef, durs = self.es, self.ef, self.dur
        late = self.alap_placed
        # Lags run on the successor's task calendar, else the project's; never on
        # resource calendars (MS Project).
        lag_cal = net.slack_calendars[i]
        for j, _i, code, kind, value in net.preds[i]:
            if late and j in late:
                # an as-late-as-possible predecessor sits at its late dates
                es_j, ef_j = late[j]
            else:
                es_j, ef_j = es[j], ef[j]
            if code == FS:
                x = shift(lag_cal, ef_j, kind, value, durs[j], False)
            elif code == SS:
                x = shift(lag_cal, es_j, kind, value, durs[j], False)
            else:
                base = ef_j if code == FF else es_j
                x = shift(lag_cal, base, kind, value, durs[j], False)
                if x > finish:
                    finish = x
                continue
            if x > start:
                start = x
        return start, finish

    def forward_node(self, node: int) -> bool:
        """Compute one node's early dates; returns whether they changed."""
        n = self.n
        net = self.net
        if node >= n:
            return self._forward_entry(node - n)
        i = node
        if net.summary[i]:
            return self._forward_rollup(i)
        t = net.tasks[i]
        cal = net.calendars[i]
        dur = self.dur[i]
        old = (self.es[i], self.ef[i])
        if self.issues:
            self.issues.pop(i, None)
        if t.manual and t.start is not None:
            es = to_minutes(t.start)
            ef = to_minutes(t.finish) if t.finish is not None else self._finish(cal, es, dur, t)
        elif t.actual_start is not None:
            es = to_minutes(t.actual_start)
            if t.actual_finish is not None:
                ef = to_minutes(t.actual_finish)
            else:
                ef = self._finish(cal, es, dur, t)
        elif t.actual_finish is not None:
            # Finished, start never recorded: it ran for its duration up to the finish.
            ef = to_minutes(t.actual_finish)
            es = self._start_from_finish(cal, ef, dur, t.elapsed)
        else:
            cand, fcand = self._candidates(i, cal)
            if fcand != _NEVER:
                # A finish-to-x link: the finish may sit exactly where the link puts it.
                cand = max(cand, self._start_from_finish(cal, fcand, dur, t.elapsed))
            cand = self._apply_constraint(i, t.constraint_type, t.constraint_date, cand, cal, dur)
            if t.leveling_delay_minutes > 0:  # resource leveling (app.domain.leveling)
                cand = cal.at_start(cal.index(cand) + t.leveling_delay_minutes)
            spans = net.spans.get(i)
            if dur == 0:
                es = ef = _milestone_forward(cal, cand)
            elif spans:
                es = min(c.next_start(cand) for c, _ in spans)
                ef = max(c.at_end(c.index(cand) + d) for c, d in spans)
            elif t.elapsed:
                es = cal.next_start(cand)
                ef = es + dur
            else:
                w = cal.index(cand)
                es = cal.at_start(w)
                ef = cal.at_end(w + dur)
            if fcand > ef and es == self._start_from_finish(cal, fcand, dur, t.elapsed):
                ef = fcand
        self.es[i] = es
        self.ef[i] = ef
        return (es, ef) != old

    @staticmethod
    def _finish(cal: WorkTime, es: int, dur: int, t: Task) -> int:
        if dur == 0:
            return es
        if t.elapsed:
            return es + dur
        return cal.at_end(cal.index(es) + dur)

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
        if ctype is _FNET:
            return max(cand, self._start_from_finish(cal, d, dur))
        if cand < self.project_start:
            cand = self.project_start
        if ctype is _MSO:
            if cand > d:
                self._issue(i, "must start on its constraint date but its links push it later")
            return d
        if ctype is _MFO:
            s = self._start_from_finish(cal, d, dur)
            if cand > s:
                self._issue(i, "must finish on its constraint date but its links push it later")
            return s
        if ctype is _SNLT:
            if cand > d:
                self._issue(i, "cannot start before its links allow and its 'start no later than'")
                return d
            return cand
        if ctype is _FNLT:
            s = self._start_from_finish(cal, d, dur)
            if cand > s:
                self._issue(
                    i, "cannot finish as its links require and meet its 'finish no later than'"
                )
                return s
            return cand
        return cand

    @staticmethod
    def _start_from_finish(cal: WorkTime, finish: int, dur: int, elapsed: bool = False) -> int:
        if dur == 0:
            return finish
        if elapsed:
            return finish - dur
        return cal.at_start(cal.index(finish) - dur)

    def _issue(self, i: int, message: str) -> None:
        self.issues.setdefault(i, []).append(message)

    def _forward_entry(self, s: int) -> bool:
        net = self.net
        t = net.tasks[s]
        old = self.entry_es[s]
        if self.issues:
            self.issues.pop(s, None)
        if t.manual and t.start is not None:
            bound = to_minutes(t.start)
        else:
            cal = net.calendars[s]
            bound, finish_bound = self._candidates(s, cal)
            if finish_bound != _NEVER:
                self._issue(
                    s,
                    "is a summary: finish-to-finish and start-to-finish links into it "
                    "are ignored (MS Project refuses them)",
                )
            if t.constraint_type in (_SNET, _MSO) and t.constraint_date is not None:
                bound = max(bound, to_minutes(t.constraint_date))
        self.entry_es[s] = bound
        return bound != old

    def _forward_rollup(self, s: int) -> bool:
        net = self.net
        old = (self.es[s], self.ef[s])
        es = _ALWAYS
        ef = _NEVER
        for c in net.children[s]:
            if not net.active[c]:
                continue
            if self.es[c] < es:
                es = self.es[c]
            if self.ef[c] > ef:
                ef = self.ef[c]
        t = net.tasks[s]
        if t.manual and t.start is not None and t.finish is not None:
            es, ef = to_minutes(t.start), to_minutes(t.finish)
        if es == _ALWAYS:
            es = ef = max(self.entry_es[s], self.project_start)
        self.es[s] = es
        self.ef[s] = ef
        # A summary's duration is its span (a percentage lag from it needs it).
        cal = net.slack_calendars[s]
        self.dur[s] = cal.index(ef) - cal.index(es)
        return (es, ef) != old

    # ------------------------------------------------------------------ backward

    def run_backward(self) -> None:
        """Late dates of every node in reverse dependency order.

        Plain rows (not started, no finish-bounding constraint or deadline, one
        calendar) are computed inline here, exactly as :meth:`backward_node`
        would; the rest go through it.
        """
        bwd = self.backward_node
        net = self.net
        n = self.n
        plain = self.plain_bwd
        parent, succs, cals, lag_cals = net.parent, net.succs, net.calendars, net.slack_calendars
        es, ls_, lf_, link_ls, durs, roll_lf = (
            self.es,
            self.ls,
            self.lf,
            self.link_ls,
            self.dur,
            self.roll_lf,
        )
        project_finish = self.project_finish
        for i in reversed(net.order):
            if i >= n or not plain[i]:
                bwd(i)
                continue
            cal = cals[i]
            dur = durs[i]
            # _finish_candidates
            p = parent[i]
            cand = roll_lf[p] if p >= 0 else project_finish
            if cand == _ALWAYS:
                cand = project_finish
            for _j, k, code, kind, value in succs[i]:
                base = link_ls[k] if code & 1 else lf_[k]  # FS, SS: to the start
                if kind == LAG_NONE:
                    x = base
                elif kind == LAG_WORK:  # shift(), inlined for the common lag
                    lag = int(-value)
                    lag_cal = lag_cals[k]
                    x = lag_cal.at_start(lag_cal.index(base) + lag) if lag else base
                else:
                    x = shift(lag_cals[k], base, kind, -value, dur, True)
                if dur and code >= SF:  # SF, SS: from the start
                    x = cal.at_end(cal.index(x) + dur)
                if x < cand:
                    cand = x
            w = cal.index(cand)
            if dur == 0:
                # _milestone_backward
                late = cand if cal.at_start(w) == cand else cal.at_end(w)
                es_i = es[i]
                if late < es_i and cal.index(late) >= cal.index(es_i):
                    late = es_i  # same point in working time: show it where it is
                ls_[i] = lf_[i] = link_ls[i] = late
                continue
            lf_[i] = cal.at_end(w)
            ls_[i] = link_ls[i] = cal.at_start(w - dur)

    def alap_rows(self) -> list[int]:
        """Automatic, not started, as-late-as-possible tasks (leaves)."""
        net = self.net
        return [
            i
            for i, t in enumerate(net.tasks)
            if t.constraint_type is _ALAP
            and not t.manual
            and t.actual_start is None
            and not net.summary[i]
            and net.active[i]
        ]

    def place_alap(self) -> None:
        """Put ALAP tasks at their late dates and move their successors after them.

        Their late dates come from the backward pass, so a second forward pass
        lets successors follow; late dates do not depend on early ones and
        stay valid (successors only lose slack).
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

    def _finish_candidates(self, i: int, cal: WorkTime, dur: int) -> int:
        """Latest finish the links out of task ``i`` (and its parent) allow."""
        net = self.net
        p = net.parent[i]
        cand = self.roll_lf[p] if p >= 0 else self.project_finish
        if cand == _ALWAYS:
            cand = self.project_finish
        ls, lf, my_dur = self.link_ls, self.lf, self.dur[i]
        lag_cals = net.slack_calendars  # the successor's task or project calendar
        for _j, k, code, kind, value in net.succs[i]:
            if code == FS:
                x = shift(lag_cals[k], ls[k], kind, -value, my_dur, True)
            elif code == FF:
                x = shift(lag_cals[k], lf[k], kind, -value, my_dur, True)
            else:
                base = ls[k] if code == SS else lf[k]
                x = shift(lag_cals[k], base, kind, -value, my_dur, True)
                if dur:
                    x = cal.at_end(cal.index(x) + dur)
            if x < cand:
                cand = x
        return cand

    def backward_node(self, node: int) -> bool:
        """Compute one node's late dates; returns whether they changed."""
        n = self.n
        net = self.net
        if node >= n:
            return self._backward_entry(node - n)
        i = node
        if net.summary[i]:
            return self._backward_roll_bound(i)
        t = net.tasks[i]
        cal = net.calendars[i]
        dur = self.dur[i]
        old = (self.ls[i], self.lf[i], self.link_ls[i])
        if t.actual_finish is not None:
            # Finished work cannot move: its late dates are its dates.
            changed = (self.es[i], self.ef[i], self.es[i]) != old
            self.ls[i], self.lf[i] = self.es[i], self.ef[i]
            self.link_ls[i] = self.es[i]
            return changed
        cand = self._finish_candidates(i, cal, dur)
        cand = self._late_constraint(t.constraint_type, t.constraint_date, cand, cal, dur)
        if t.deadline is not None:
            cand = min(cand, to_minutes(t.deadline))
        spans = net.spans.get(i)
        if dur == 0:
            ls = lf = _milestone_backward(cal, cand)
            es_i = self.es[i]
            if ls < es_i and cal.index(ls) >= cal.index(es_i):
                ls = lf = es_i  # same point in working time: show it where it is
        elif spans:
            lf = max(c.prev_end(cand) for c, _ in spans)
            ls = min(c.at_start(c.index(cand) - d) for c, d in spans)
        elif t.elapsed:
            lf = cand
            ls = lf - dur
        else:
            w = cal.index(cand)
            lf = cal.at_end(w)
            ls = cal.at_start(w - dur)
        link_ls = ls
        if t.actual_start is not None and t.actual_finish is None:
            # In progress: the start is history (MS Project reports the actual start as
            # the late start); the remaining work resumes where the done part stops and
            # predecessors need only finish by then (MS Project's stored slack).
            done = round(dur * t.percent_complete / 100)
            if dur and not t.elapsed and not spans:
                w = cal.index(lf)
                link_ls = min(
                    cal.at_start(cal.index(self.es[i]) + done), cal.at_start(w - dur + done)
                )
            ls = self.es[i]
        self.link_ls[i] = link_ls
        self.ls[i] = ls
        self.lf[i] = lf
        return (ls, lf, link_ls) != old

    def _late_constraint(
        self, ctype: ConstraintType, cdate: object, cand: int, cal: WorkTime, dur: int
    ) -> int:
        if cdate is None:
            return cand
        d = to_minutes(cdate)  # type: ignore[arg-type]
        if ctype is _MFO:
            return d
        if ctype is _FNLT:
            return min(cand, d)
        if ctype is _MSO:
            return self._finish_from_start(cal, d, dur)
        if ctype is _SNLT:
            return min(cand, self._finish_from_start(cal, d, dur))
        return cand

    @staticmethod
    def _finish_from_start(cal: WorkTime, start: int, dur: int) -> int:
        if dur == 0:
            return start
        return cal.at_end(cal.index(start) + dur)

    def _backward_roll_bound(self, s: int) -> bool:
        """A summary's finish bound from its own successors; passed to its children."""
        net = self.net
        t = net.tasks[s]
        cal = net.calendars[s]
        old = self.roll_lf[s]
        p = net.parent[s]
        cand = self.roll_lf[p] if p >= 0 else self.project_finish
        if cand == _ALWAYS:
            cand = self.project_finish
        if net.succs[s]:
            cand = min(cand, self._finish_candidates(s, cal, 0))
        if t.deadline is not None:
            cand = min(cand, to_minutes(t.deadline))
        if t.constraint_type in (_FNLT, _MFO) and t.constraint_date is not None:
            cand = min(cand, to_minutes(t.constraint_date))
        if t.manual and t.finish is not None:
            # A manually scheduled summary holds its children to its own finish.
            cand = min(cand, to_minutes(t.finish))
        self.roll_lf[s] = cand
        return cand != old

    def _backward_entry(self, s: int) -> bool:
        """A summary's late dates rolled up from its children."""
        net = self.net
        old = (self.ls[s], self.lf[s])
        ls = _ALWAYS
        lf = _NEVER
        for c in net.children[s]:
            if not net.active[c]:
                continue
            if self.ls[c] < ls:
                ls = self.ls[c]
            if self.lf[c] > lf:
                lf = self.lf[c]
        if ls == _ALWAYS:
            ls = lf = self.roll_lf[s]
        t = net.tasks[s]
        if t.manual and t.start is not None and t.finish is not None:
            ls, lf = to_minutes(t.start), to_minutes(t.finish)  # as MS Project shows them
        self.ls[s] = ls
        self.link_ls[s] = ls
        self.lf[s] = lf
        return (ls, lf) != old


def _plain(t: Task) -> tuple[bool, bool]:
    """Whether the passes may compute a leaf on one calendar inline (forward, backward).

    Plain: automatic, not started, no elapsed duration; forward also no leveling
    delay and no dated constraint but ASAP/ALAP; backward no deadline and no
    constraint that bounds the finish.
    """
    if t.elapsed or t.actual_start is not None or t.actual_finish is not None:
        return False, False
    ctype, cdate = t.constraint_type, t.constraint_date
    forward = (
        not (t.manual and t.start is not None)
        and t.leveling_delay_minutes <= 0
        and (cdate is None or ctype is ConstraintType.ASAP or ctype is _ALAP)
    )
    backward = t.deadline is None and (cdate is None or ctype not in (_MFO, _FNLT, _MSO, _SNLT))
    return forward, backward


def _milestone_forward(cal: WorkTime, t: int) -> int:
    """A milestone sits at ``t`` when work just ended or resumes there, else at the next start."""
    w = cal.index(t)
    if cal.at_end(w) == t:
        return t
    return cal.at_start(w)


def _milestone_backward(cal: WorkTime, t: int) -> int:
    """A late milestone sits at ``t`` when work resumes there (a successor's late start,
    as MS Project shows it), else where work last ended before ``t``."""
    w = cal.index(t)
    if cal.at_start(w) == t:
        return t
    return cal.at_end(w)
