"""The CPM backward pass: late dates, its inline fast path and the per-node form.

Summaries appear twice in the order: the bounds their links give their
children, and an entry node rolling their late dates up from the children.

A summary's links bind it as MS Project reads them: a finish-to-start or
finish-to-finish successor bounds the summary's finish, so every subtask's
late finish (``roll_lf``); a start-to-start or start-to-finish successor bounds
the summary's start (``roll_ls``), which is the start of its earliest subtask.
That start limit bounds the late start of the subtasks that start the phase
(early start at the summary's); a subtask starting later does not move the
summary's start, so the link does not bound it. Bounding every subtask's late
start by the limit would give such a subtask negative slack, and a false
critical path, in a plan without any constraint or deadline.

A summary's own constraint date binds the same way: 'finish no later than' and
'must finish on' its finish, 'start no later than' and 'must start on' its
start (the forward pass does not pull subtasks earlier for them: a missed one
shows as negative slack and an issue, see results.issues_of).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from app.domain.no_working_time import NoWorkingTimeError
from app.domain.percent_shown import done_minutes
from app.domain.scheduling.constraints import ConstraintRules
from app.domain.scheduling.known_lookups import Misses
from app.domain.scheduling.lags import FF, FS, SF, SS, TO_START, shift
from app.domain.scheduling.network import LAG_WORK
from app.domain.scheduling.state import ALWAYS, LAST_INDEX, NEVER
from app.domain.splits import resume_offset
from app.domain.task import ConstraintType
from app.domain.worktime import WorkTime, to_minutes

_MFO = ConstraintType.MFO
_FNLT = ConstraintType.FNLT
_MSO = ConstraintType.MSO
_SNLT = ConstraintType.SNLT


class BackwardPass(ConstraintRules):
    """Late dates of every node, in reverse dependency order or one node at a time."""

    def run_backward(self) -> None:
        """Late dates of every node in reverse dependency order.

        Plain rows (not started, no finish-bounding constraint or deadline, one
        calendar) and plain summaries (see EngineState._plain_summary) are
        computed inline here, exactly as :meth:`backward_node` would; the rest
        go through it.
        """
        bwd = self.backward_node
        net = self.net
        n = self.n
        plain = self.plain_bwd + [False] * n  # by node (entry nodes n + s never are)
        plain_sum = self.plain_sum_bwd
        parent, children, succs = net.parent, net.children, net.succs
        cals, lag_cals = net.calendars, net.slack_calendars
        es, ls_, lf_, link_ls, durs, roll_lf, roll_ls = (
            self.es,
            self.ls,
            self.lf,
            self.link_ls,
            self.dur,
            self.roll_lf,
            self.roll_ls,
        )
        inherited = self.inherited_start_limit
        project_finish = self.project_finish
        roll_lf[-1] = project_finish  # the top level's bound, read through parent -1
        # Link codes and lag kinds as locals (see ForwardPass.run_forward).
        sf, lag_work, to_start, always, last_index = SF, LAG_WORK, TO_START, ALWAYS, LAST_INDEX
        # The row's calendar lookups as locals, subscripted (see ForwardPass.run_forward).
        known = True
        misses = Misses()
        last_cal = net.project_calendar
        index, at_start, at_end = last_cal.known
        order = reversed(net.order)
        rows: Iterator[int] = order
        while True:
            try:
                for i in rows:
                    if not plain[i]:
                        if i >= n:  # a summary's entry: its late dates rolled up from its children
                            s = i - n
                            if plain_sum[s]:
                                children_of = children[s]
                                s_ls = min(map(ls_.__getitem__, children_of))
                                ls_[s] = link_ls[s] = s_ls
                                lf_[s] = max(map(lf_.__getitem__, children_of))
                            else:
                                bwd(i)
                        elif plain_sum[i]:  # a summary's bounds, passed to its children
                            p = parent[i]
                            cand = roll_lf[p]
                            roll_lf[i] = project_finish if cand == ALWAYS else cand
                            roll_ls[i] = always if roll_ls[p] is always else inherited(i, p)
                        else:
                            bwd(i)
                        continue
                    cal = cals[i]
                    if cal is not last_cal:
                        last_cal = cal
                        index, at_start, at_end = cal.known if known else cal.memos
                    dur = durs[i]
                    # _finish_candidates
                    p = parent[i]
                    # parent -1: the last, the project finish. A parent's bound is set before
                    # its children (its roll-up comes after them in the order), never ALWAYS.
                    cand = roll_lf[p]
                    # The earliest finish bound that is a work index on the task's calendar
                    # anyway (a work lag on it, a link from the start): kept as one.
                    bound = last_index
                    if roll_ls[p] is not always and index[es[i]] <= index[es[p]]:
                        # it starts the phase, whose start is limited (inherited_start_limit)
                        if dur != 0:
                            bound = index[roll_ls[p]] + dur
                        elif roll_ls[p] < cand:
                            cand = roll_ls[p]
                    for _j, k, code, kind, value in succs[i]:
                        x = link_ls[k] if to_start[code] else lf_[k]  # FS, SS: to the start
                        if kind != 0:  # not LAG_NONE
                            lag_cal = lag_cals[k]
                            if kind == lag_work:  # shift(), inlined for the common lag (never 0)
                                if lag_cal is cal:
                                    wx = index[x] - value
                                    if code >= sf and dur != 0:
                                        wx += dur
                                    if wx < bound:
                                        bound = wx
                                    continue
                                x = lag_cal.at_start(lag_cal.index(x) - value)
                            else:
                                x = shift(lag_cal, x, kind, -value, dur, True)
                        if code >= sf and dur != 0:  # SF, SS: from the start
                            wx = index[x] + dur
                            if wx < bound:
                                bound = wx
                            continue
                        if x < cand:
                            cand = x
                    w = index[cand]
                    if dur == 0:
                        # _milestone_backward (a lag bound before cand: at_start[bound] earlier)
                        if bound < w:
                            late = at_start[bound]
                        elif at_start[w] == cand:
                            late = cand
                        else:
                            late = at_end[w]
                        es_i = es[i]
                        if late < es_i and index[late] >= index[es_i]:
                            late = es_i  # same point in working time: show it where it is
                        ls_[i] = lf_[i] = link_ls[i] = late
                        continue
                    if bound < w:
                        w = bound
                    lf_[i] = at_end[w]
                    ls_[i] = link_ls[i] = at_start[w - dur]
                break
            except NoWorkingTimeError as error:
                error.on_row(i % n)  # the row whose work it could not place (calendar_blame)
                raise
            except KeyError:
                if not known:
                    raise  # the memos miss nothing: another dict raised it
                rows = chain((i,), order)  # row i again
                known = misses.after(last_cal)
                index, at_start, at_end = last_cal.known if known else last_cal.memos

    def _finish_candidates(self, i: int, cal: WorkTime, dur: int) -> int:
        """Latest finish the links out of task ``i`` (and its parent) allow."""
        net = self.net
        p = net.parent[i]
        cand = self.roll_lf[p] if p >= 0 else self.project_finish
        if cand == ALWAYS:
            cand = self.project_finish
        limit = self.inherited_start_limit(i, p)
        finish_from = self._finish_from_start
        elapsed = net.tasks[i].elapsed  # its finish is its start + its minutes
        if limit is not ALWAYS:  # it starts the phase, whose start is limited
            x = finish_from(cal, limit, dur, elapsed)
            if x < cand:
                cand = x
        ls, lf, my_dur = self.link_ls, self.lf, self.dur[i]
        lag_cals = net.slack_calendars  # the successor's task or project calendar
        for _j, k, code, kind, value in net.succs[i]:
            if code == FS:
                x = shift(lag_cals[k], ls[k], kind, -value, my_dur, True)
            elif code == FF:
                x = shift(lag_cals[k], lf[k], kind, -value, my_dur, True)
            else:
                base = ls[k] if code == SS else lf[k]
                x = finish_from(
                    cal, shift(lag_cals[k], base, kind, -value, my_dur, True), dur, elapsed
                )
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
        # A split task keeps its pauses in its late dates too (app.domain.splits).
        gap = self.gaps.get(i, 0) if self.gaps else 0
        dur = self.dur[i] + gap
        old = (self.ls[i], self.lf[i], self.link_ls[i])
        if t.actual_finish is not None or (t.percent_complete >= 100 and t.actual_start):
            # Finished work cannot move: its late dates are its dates. At 100 % it is
            # finished even without an actual finish (MS Project sets Actual Finish =
            # Finish as % complete reaches 100).
            changed = (self.es[i], self.ef[i], self.es[i]) != old
            self.ls[i], self.lf[i] = self.es[i], self.ef[i]
            self.link_ls[i] = self.es[i]
            return changed
        cand = self._finish_candidates(i, cal, dur)
        cand = self._late_constraint(
            t.constraint_type, t.constraint_date, cand, cal, dur, t.elapsed
        )
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
            ls = min(c.at_start(c.index(cand) - d - gap) for c, d in spans)
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
            # predecessors need only finish by then (MS Project's stored slack). Counted
            # back from the finish: the work left may wait for its links (ForwardPass).
            done = done_minutes(self.dur[i], t.percent_complete)  # the sheet's Actual Duration
            if gap:
                done = resume_offset(t.splits, done)
            if dur and t.elapsed and not spans:  # the same, around the clock
                link_ls = min(self.ef[i], lf) - dur + done
            elif dur and not spans:
                w = cal.index(lf)
                link_ls = min(
                    cal.at_start(cal.index(self.ef[i]) - dur + done), cal.at_start(w - dur + done)
                )
            ls = self.es[i]
        self.link_ls[i] = link_ls
        self.ls[i] = ls
        self.lf[i] = lf
        return (ls, lf, link_ls) != old

    def inherited_start_limit(self, i: int, p: int) -> int:
        """The latest start summary ``p`` (``i``'s parent; -1: none) allows ``i`` from its
        start limit: the limit when ``i`` starts the phase (its early start, in working time
        of its calendar, is the summary's), else ALWAYS (that object): no limit.

        Reads early dates: the backward pass runs after the forward one.
        """
        limit = self.roll_ls[p]
        if limit is ALWAYS:
            return ALWAYS
        index = self.net.calendars[i].index
        return limit if index(self.es[i]) <= index(self.es[p]) else ALWAYS

    def _backward_roll_bound(self, s: int) -> bool:
        """A summary's finish bound and start limit from its own successors (and its
        parent's); passed to its children."""
        net = self.net
        t = net.tasks[s]
        old = (self.roll_lf[s], self.roll_ls[s])
        p = net.parent[s]
        cand = self.roll_lf[p] if p >= 0 else self.project_finish
        if cand == ALWAYS:
            cand = self.project_finish
        limit = self.inherited_start_limit(s, p)
        ls, lf, my_dur = self.link_ls, self.lf, self.dur[s]
        lag_cals = net.slack_calendars  # the successor's task or project calendar
        for _j, k, code, kind, value in net.succs[s]:
            base = ls[k] if TO_START[code] else lf[k]  # FS, SS: to the start
            x = shift(lag_cals[k], base, kind, -value, my_dur, True)
            if code >= SF:  # SF, SS: from the summary's start
                if x < limit:
                    limit = x
            elif x < cand:
                cand = x
        if t.deadline is not None:
            cand = min(cand, to_minutes(t.deadline))
        if t.constraint_date is not None:
            ctype = t.constraint_type
            if ctype is _FNLT or ctype is _MFO:  # bounds the phase's finish: every subtask's
                cand = min(cand, to_minutes(t.constraint_date))
            elif ctype is _SNLT or ctype is _MSO:  # bounds the phase's start, as an SS link
                date = to_minutes(t.constraint_date)
                if limit is ALWAYS or date < limit:
                    limit = date
        if t.manual and t.finish is not None:
            # A manually scheduled summary holds its children to its own finish.
            cand = min(cand, to_minutes(t.finish))
        self.roll_lf[s] = cand
        self.roll_ls[s] = limit
        return (cand, limit) != old

    def _backward_entry(self, s: int) -> bool:
        """A summary's late dates rolled up from its children."""
        net = self.net
        old = (self.ls[s], self.lf[s])
        ls = ALWAYS
        lf = NEVER
        own_active = net.active[s]  # an inactive summary spans its (inactive) subtasks
        for c in net.children[s]:
            if own_active and not net.active[c]:
                continue
            if self.ls[c] < ls:
                ls = self.ls[c]
            if self.lf[c] > lf:
                lf = self.lf[c]
        if ls == ALWAYS:  # no active subtask: the bounds it would pass them
            ls = lf = min(self.roll_lf[s], self.roll_ls[s])
        t = net.tasks[s]
        if t.manual and t.start is not None and t.finish is not None:
            ls, lf = to_minutes(t.start), to_minutes(t.finish)  # as MS Project shows them
        self.ls[s] = ls
        self.link_ls[s] = ls
        self.lf[s] = lf
        return (ls, lf) != old


def _milestone_backward(cal: WorkTime, t: int) -> int:
    """A late milestone sits at ``t`` when work resumes there (a successor's late start,
    as MS Project shows it), else where work last ended before ``t``."""
    w = cal.index(t)
    if cal.at_start(w) == t:
        return t
    return cal.at_end(w)
