"""The CPM forward pass: early dates, its inline fast path and the per-node form.

Summaries appear twice in the order: an entry node (the start bound their
links give their children) and a rollup (their span over the children).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from app.domain.no_working_time import NoWorkingTimeError
from app.domain.percent_shown import done_minutes
from app.domain.schedule import IssueKind
from app.domain.scheduling.constraints import ConstraintRules
from app.domain.scheduling.known_lookups import Misses
from app.domain.scheduling.lags import FF, FS, SS, TO_START, shift
from app.domain.scheduling.network import LAG_WORK
from app.domain.scheduling.state import ALWAYS, NEVER
from app.domain.splits import resume_offset
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime, to_minutes

_MSO = ConstraintType.MSO
_SNET = ConstraintType.SNET


class ForwardPass(ConstraintRules):
    """Early dates of every node, in dependency order or one node at a time."""

    def run_forward(self) -> None:
        """Early dates of every node in dependency order, then the project finish.

        Plain rows (automatic, no actuals, no dated constraint, one calendar) and
        plain summaries (see EngineState._plain_summary) are computed inline here,
        exactly as :meth:`forward_node` would; the rest go through it.
        """
        fwd = self.forward_node
        net = self.net
        n = self.n
        # By node: computed inline as a plain row (entry nodes n + s never are).
        plain = self.plain_fwd + [False] * n
        late = self.alap_placed
        plain_sum = self.plain_sum_fwd
        parent, children, preds = net.parent, net.children, net.preds
        if late:
            # A task placed as late as possible holds its successors to its late dates:
            # they go through forward_node, so the inline rows below read es/ef only.
            # An inactive one after it (net.held) too, as forward_node places it when it is
            # not plain (a constraint date): else it followed the early dates instead.
            held = net.held
            for j in late:
                for edge in net.succs[j]:
                    plain[edge[1]] = False
                for edge in held.get(j, ()):
                    plain[edge[1]] = False
            # and spans its summaries there: they roll up through _forward_rollup.
            plain_sum = list(plain_sum)
            for j in late:
                p = parent[j]
                while p >= 0:
                    plain_sum[p] = False
                    p = parent[p]
        cals, lag_cals = net.calendars, net.slack_calendars
        es, ef, durs, entry_es = self.es, self.ef, self.dur, self.entry_es
        issues = self.issues
        project_start = self.project_start
        # Link codes and lag kinds as locals; the tests below compare small ints or index a
        # tuple, which CPython runs in its fast path (``code & 1`` or ``if kind`` are calls).
        fs, lag_work, to_start, never = FS, LAG_WORK, TO_START, NEVER
        # The row's calendar lookups as locals, taken again only when the calendar changes,
        # and subscripted: index[t], at_start[w], at_end[w], the plain dicts of what is known
        # while ``known`` (see .known_lookups: a miss raises KeyError before the row stores
        # anything, and the pass goes on from that row).
        known = True
        misses = Misses()
        last_cal = net.project_calendar
        index, at_start, at_end = last_cal.known
        order = iter(net.order)
        rows: Iterator[int] = order
        while True:
            try:
                for i in rows:
                    if not plain[i]:
                        if i >= n:  # a summary's entry: the start bound its children inherit
                            s = i - n
                            if plain_sum[s]:
                                if issues:
                                    issues.pop(s, None)
                                entry_es[s] = entry_es[parent[s]]  # parent -1: the last, NEVER
                            else:
                                fwd(i)
                        elif plain_sum[i]:  # a summary's roll-up over its (active) children
                            children_of = children[i]
                            s_es = min(map(es.__getitem__, children_of))
                            s_ef = max(map(ef.__getitem__, children_of))
                            es[i] = s_es
                            ef[i] = s_ef
                            # A summary's duration is its span (a percentage lag from it needs it).
                            span_cal = lag_cals[i]
                            durs[i] = span_cal.index(s_ef) - span_cal.index(s_es)
                        else:
                            fwd(i)
                        continue
                    if issues:
                        issues.pop(i, None)
                    start = entry_es[parent[i]]  # parent -1: the last, NEVER
                    # The latest start a work lag on the task's own calendar allows, as a work
                    # index (``bound``): its moment would only be turned back into one below.
                    finish = bound = never
                    cal = cals[i]
                    if cal is not last_cal:
                        last_cal = cal
                        index, at_start, at_end = cal.known if known else cal.memos
                    for j, _i, code, kind, value in preds[i]:
                        base = ef[j] if code <= fs else es[j]  # FF, FS: from the finish
                        if kind != 0:  # not LAG_NONE
                            lag_cal = lag_cals[i]  # the task's own calendar or the project's
                            if kind == lag_work:  # shift(), inlined for the common lag (never 0)
                                if to_start[code] and lag_cal is cal:
                                    x = index[base] + value
                                    if x > bound:
                                        bound = x
                                    continue
                                if lag_cal is cal:  # a finish-to-finish or start-to-finish lag
                                    base = at_end[index[base] + value]
                                else:
                                    base = lag_cal.at_end(lag_cal.index(base) + value)
                            else:
                                base = shift(lag_cal, base, kind, value, durs[j], False)
                        if to_start[code]:  # FS, SS: bind the start
                            if base > start:
                                start = base
                        elif base > finish:
                            finish = base
                    dur = durs[i]
                    if finish != never:
                        s = finish if dur == 0 else at_start[index[finish] - dur]
                        if s > start:
                            start = s
                    if start < project_start:
                        start = project_start
                    w = index[start]
                    if dur == 0:
                        # _milestone_forward (a lag bound later than start: at_end[bound] is later)
                        if bound > w:
                            e = at_end[bound]
                        elif at_end[w] == start:
                            e = start
                        else:
                            e = at_start[w]
                        es[i] = ef[i] = e
                        continue
                    if bound > w:
                        w = bound
                    s = at_start[w]
                    e = at_end[w + dur]
                    if finish > e and s == at_start[index[finish] - dur]:
                        e = finish
                    es[i] = s
                    ef[i] = e
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
        self.project_finish = self.compute_project_finish()

    def compute_project_finish(self) -> int:
        """Latest early finish of an active top-level task (the project start if none)."""
        return max(map(self.ef.__getitem__, self.net.top), default=self.project_start)

    def compute_project_start(self) -> int:
        """Earliest early start of an active top-level task (the project start if none)."""
        return min(map(self.es.__getitem__, self.net.top), default=self.project_start)

    def _candidates(self, i: int, cal: WorkTime) -> tuple[int, int]:
        """(earliest start, earliest finish) the links into task ``i`` (and its parent) allow."""
        net = self.net
        p = net.parent[i]
        start = self.entry_es[p] if p >= 0 else NEVER
        finish = NEVER
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
        # A split task is placed over its duration and its pauses (app.domain.splits).
        gap = self.gaps.get(i, 0) if self.gaps else 0
        dur = self.dur[i] + gap
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
                ef = self.started_finish(i, self.waits_for_links(i, es))
        elif t.actual_finish is not None:
            # Finished, start never recorded: it ran for its duration up to the finish.
            ef = to_minutes(t.actual_finish)
            es = self._start_from_finish(cal, ef, dur, t.elapsed)
        else:
            cand, fcand = self.leaf_candidate(i)
            es, ef = self.leaf_place(i, cand, fcand, t.leveling_delay_minutes)
        self.es[i] = es
        self.ef[i] = ef
        return (es, ef) != old

    def leaf_candidate(self, i: int) -> tuple[int, int]:
        """An automatic leaf's earliest start before any leveling delay, and its finish bound.

        What its links (and its parent's), its constraint and the project start
        allow, read from the current early dates; the finish its finish-to-x
        links ask for (NEVER: none). Leveling (app.domain.leveling) asks it too,
        so that it places tasks by these very rules.
        """
        t = self.net.tasks[i]
        cal = self.net.calendars[i]
        dur = self.dur[i] + (self.gaps.get(i, 0) if self.gaps else 0)
        cand, fcand = self._candidates(i, cal)
        if fcand != NEVER:
            # A finish-to-x link: the finish may sit exactly where the link puts it.
            cand = max(cand, self._start_from_finish(cal, fcand, dur, t.elapsed))
        cand = self._apply_constraint(i, t.constraint_type, t.constraint_date, cand, cal, dur)
        return cand, fcand

    def leaf_place(self, i: int, cand: int, fcand: int, delay: int) -> tuple[int, int]:
        """(early start, early finish) of an automatic leaf from :meth:`leaf_candidate`'s
        values, ``delay`` minutes later (resource leveling): working minutes of its calendar,
        elapsed ones for an elapsed task (MS Project's Leveling Delay is elapsed time, so a
        cure leveling lets start Saturday starts Saturday)."""
        t = self.net.tasks[i]
        cal = self.net.calendars[i]
        gap = self.gaps.get(i, 0) if self.gaps else 0
        dur = self.dur[i] + gap
        if delay > 0:
            cand = cand + delay if t.elapsed else cal.at_start(cal.index(cand) + delay)
        spans = self.net.spans.get(i)
        if dur == 0:
            es = ef = _milestone_forward(cal, cand)
        elif spans:
            es = min(c.next_start(cand) for c, _ in spans)
            ef = max(c.at_end(c.index(cand) + d + gap) for c, d in spans)
        elif t.elapsed:
            # Around the clock (MS Project): from the very moment its links allow, working
            # time or not (a cure after a pour ending Fri 17:00 starts Fri 17:00).
            es = cand
            ef = es + dur
        else:
            w = cal.index(cand)
            es = cal.at_start(w)
            ef = cal.at_end(w + dur)
        if fcand > ef and es == self._start_from_finish(cal, fcand, dur, t.elapsed):
            ef = fcand
        return es, ef

    def started_finish(self, i: int, extra_pause: int = 0) -> int:
        """The finish of started task ``i`` (an actual start, no actual finish), as this pass
        puts it: its duration and pauses from the actual start on its calendar, paused
        ``extra_pause`` more minutes (leveling resuming its work left later asks that)."""
        t = self.net.tasks[i]
        assert t.actual_start is not None
        gap = self.gaps.get(i, 0) if self.gaps else 0
        dur = self.dur[i] + gap + extra_pause
        return self._finish(self.net.calendars[i], to_minutes(t.actual_start), dur, t)

    def waits_for_links(self, i: int, es: int) -> int:
        """Minutes the work left of started task ``i`` (actual start ``es``) waits for its links.

        MS Project's "Split in-progress tasks" (on by default): progress reported before a
        predecessor allows it keeps the done part where it ran, and the remaining work
        resumes once the links (and its summaries' links) allow: a pause at the resume
        point, as the backward pass lets predecessors finish by that point. Leveling asks
        it too (app.domain.leveling_engine), on the leveled dates.
        """
        t = self.net.tasks[i]
        dur = self.dur[i]
        done = done_minutes(dur, t.percent_complete)
        if done >= dur:
            return 0
        cal = self.net.calendars[i]
        start, finish = self._candidates(i, cal)
        if start == NEVER and finish == NEVER:
            return 0
        gap = self.gaps.get(i, 0) if self.gaps else 0
        resume = resume_offset(t.splits, done) if gap else done
        # Working minutes (elapsed ones for an elapsed task) from the start, as indexes.
        index = (lambda m: m) if t.elapsed else cal.index
        w = index(es)
        wait = index(start) - (w + resume) if start != NEVER else 0
        if finish != NEVER:
            wait = max(wait, index(finish) - (w + dur + gap))
        return max(0, wait)

    @staticmethod
    def _finish(cal: WorkTime, es: int, dur: int, t: Task) -> int:
        if dur == 0:
            return es
        if t.elapsed:
            return es + dur
        return cal.at_end(cal.index(es) + dur)

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
            if finish_bound != NEVER:
                self._issue(
                    s,
                    IssueKind.LINK_IGNORED,
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
        es = ALWAYS
        ef = NEVER
        late = self.alap_placed
        # An inactive summary spans its (inactive) subtasks, as MS Project shows it; an
        # active one only its active ones (nothing active hears of an inactive summary).
        own_active = net.active[s]
        for c in net.children[s]:
            if own_active and not net.active[c]:
                continue
            # A subtask placed as late as possible counts where it is shown (MS Project).
            c_es, c_ef = late[c] if late and c in late else (self.es[c], self.ef[c])
            if c_es < es:
                es = c_es
            if c_ef > ef:
                ef = c_ef
        t = net.tasks[s]
        if t.manual and t.start is not None and t.finish is not None:
            es, ef = to_minutes(t.start), to_minutes(t.finish)
        if es == ALWAYS:
            es = ef = max(self.entry_es[s], self.project_start)
        self.es[s] = es
        self.ef[s] = ef
        # A summary's duration is its span (a percentage lag from it needs it).
        cal = net.slack_calendars[s]
        self.dur[s] = cal.index(ef) - cal.index(es)
        return (es, ef) != old


def _milestone_forward(cal: WorkTime, t: int) -> int:
    """A milestone sits at ``t`` when work just ended or resumes there, else at the next start."""
    w = cal.index(t)
    if cal.at_end(w) == t:
        return t
    return cal.at_start(w)
