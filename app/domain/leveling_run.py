"""One leveling run: leaf tasks placed one by one in the leveling order, their people booked.

A task whose predecessors are placed is ready; among ready tasks the one the order
puts first (:mod:`~app.domain.leveling_order`) is placed first, at the first moment
its links allow at which every person on it has room
(:func:`~app.domain.leveling_placement.first_fit`), or laid in parts around the clash
when that finishes earlier (:mod:`~app.domain.leveling_split`); the work left of a
started task resumes where its people have room (:mod:`~app.domain.leveling_remaining`);
a task one of whose people it alone over-allocates is never delayed, only named
(:mod:`~app.domain.leveling_alone`, MS Project's rule).
What the run starts from is read by :mod:`~app.domain.leveling_setup`; the clashes it
cannot clear are named by :mod:`~app.domain.leveling_clashes`."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping
from dataclasses import replace

from app.domain.leveling_alone import alone_over, others_on, why_kept
from app.domain.leveling_assignments import adjustable, adjusted, book_people
from app.domain.leveling_bar import Bar
from app.domain.leveling_bookings import Booking, split_at
from app.domain.leveling_clashes import moment
from app.domain.leveling_options import LevelingOptions
from app.domain.leveling_order import order_key, successor_weight
from app.domain.leveling_placement import REPORT_EVERY, Shape, pieces_of
from app.domain.leveling_result import LevelingMove, LevelingResult
from app.domain.leveling_resume import LevelingDelay
from app.domain.leveling_rules import (
    DO_NOT_LEVEL,
    availability_ends,
    keeps_limit,
    limit_of,
    movable,
    slack_limits,
    why_done,
    why_fixed,
    why_late,
    why_limited,
)
from app.domain.leveling_setup import Setting
from app.domain.leveling_split import Cut, cut_to_fit, may_split
from app.domain.leveling_summary import leveled_spans, summary_people, why_summary
from app.domain.leveling_timeline import Timeline
from app.domain.no_working_time import NoWorkingTimeError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.scheduling.state import NEVER as NO_FINISH
from app.domain.splits import TaskClocks, link_wait, segments

# The search for room (first_fit): index, start, finish, and the person without room.
Fit = Callable[
    [dict[int, Timeline], list[Booking], Shape, int, Callable[[int], tuple[int, int]]],
    tuple[int, int, int, int | None],
]


class Leveler:
    """Places the leaf tasks of one :class:`~app.domain.leveling_setup.Setting` in the
    leveling order and hands back the delays (:meth:`run`).

    ``fit``: the search for room (:func:`~app.domain.leveling_placement.first_fit`,
    passed in so a test can count its tries).
    """

    __slots__ = (
        "_clocks",
        "adjusted",
        "alone",
        "alone_met",
        "bar",
        "ef",
        "es",
        "fit",
        "found",
        "found_at",
        "kept",
        "limited",
        "limits",
        "moved",
        "order",
        "own",
        "people",
        "plan",
        "ready",
        "reserved",
        "resumed",
        "s",
        "schedule",
        "split_uids",
        "splittable",
        "week",
    )

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        setting: Setting,
        options: LevelingOptions,
        bar: Bar,
        fit: Fit,
    ) -> None:
        s = self.s = setting
        self.plan, self.schedule, self.bar, self.fit = plan, schedule, bar, fit
        self.es = {u: sh.start for u, sh in s.shapes.items()}  # leveled dates, as placed
        self.ef = {u: sh.finish for u, sh in s.shapes.items()}
        self.own: dict[int, int] = {}  # each task's own delay, in the order placed
        self.moved: set[int] = set()
        self.ready: list[tuple[tuple[int, ...], int]] = []
        self.found: dict[int, tuple[int, int]] = {}  # the scheduler's candidate, finish bound
        self.order = options.order
        self.week = max(1, plan.project.minutes_per_week)
        self.limits = {u: lim for u, t in s.tasks.items() if (lim := limit_of(t)) is not None}
        self.limited = set(self.limits)  # no-later-than tasks: a key of the order
        if options.within_slack:  # the others wait no later than their late finish
            self.limits = slack_limits(schedule, s.tasks) | self.limits
        self.resumed: dict[int, tuple[int, int]] = {}  # paused started tasks: old, new resume
        self.found_at: dict[int, tuple[int, int]] = {}  # candidate, finish bound of those placed
        # Do-not-level tasks whose slot the others must leave free: where they go (clock
        # minutes), booked before anything is placed (app.domain.leveling_kept_first).
        self.reserved: dict[int, tuple[int, int]] = {}
        # Tasks not started that leveling may split rather than delay whole (leveling_split).
        self.splittable = (
            may_split(plan, s.tasks, s.booking, s.fixed, s.network, s.timelines)
            if options.split_remaining
            else set()
        )
        self.split_uids: set[int] = set()
        # Tasks whose people may wait one by one ("Leveling can adjust individual
        # assignments on a task"): person uid -> assignment uid; those so placed.
        self.people = (
            adjustable(plan, s.tasks, s.booking, s.stays) if options.adjust_assignments else {}
        )
        self.adjusted: dict[int, int] = {}  # task uid -> how many of its people wait
        self._clocks: TaskClocks | None = None
        self.kept: Mapping[int, int] = {}  # delays kept ("Clear leveling values" off): floors
        # Tasks kept in place (one person alone over-allocated by them) and the tasks placed
        # before them that hold those people there: those wait for them in another run.
        self.alone_met: dict[int, set[int]] = {}
        # Those tasks, placed first among the tasks ready with them (leveling_order): placed
        # after one, they met it and the plan was leveled again with their slots kept.
        # Only those leveling places (a started, fixed or following task keeps its turn).
        timelines, placed_elsewhere = s.timelines, s.fixed | s.resumable.keys() | s.follow
        self.alone = {
            u
            for u, b in s.booking.items()
            if b and u not in placed_elsewhere and alone_over(timelines, b)
        }

    def run(
        self, alap_at: dict[int, tuple[int, int]]
    ) -> tuple[LevelingResult, dict[int, tuple[int, int]]]:
        """Place every task; the result, and where the as-late-as-possible tasks were taken
        to be (``alap_at``: where this run was told they are, when it was)."""
        s = self.s
        self._place_all()
        clashes, es, ef = s.clashes, self.es, self.ef
        for uid in s.late:
            sh = s.shapes[uid]
            clashes.book(uid, sh.booked(sh.start, sh.finish), why_late(s.tasks[uid]))
        on_summary = self._book_summaries()
        for uid in s.tasks:  # tasks caught in a cycle (should not happen) stay put
            self.own.setdefault(uid, 0)
        moves = self._moves()
        self.bar.at(self.bar.total)
        original_fixed = {u for u in s.fixed if u not in s.late}
        left = clashes.left(self.plan, original_fixed, s.resumable, on_summary)
        self.moved.update(alap_at)  # as-late-as-possible tasks the new project finish moved
        where = {u: (es[u], ef[u]) for u in self.moved}
        late_at = {u: (es[u], ef[u]) for u in s.late}
        return LevelingResult(dict(self.own), moves, left, where), late_at

    def _place_all(self) -> None:
        """Place the tasks as they become ready, first in the leveling order first."""
        s, bar, es, ef, own = self.s, self.bar, self.es, self.ef, self.own
        placer, row_of, ready, push = s.placer, s.network.row_of, self.ready, self.push
        waiting = {u: len(s.preds[u]) for u in s.tasks}
        for k, uid in enumerate(s.tasks):
            if not k % (8 * REPORT_EVERY):
                bar.setting_up()
            if waiting[uid] == 0:
                push(uid)
        late, pinned, resumable, booking = s.late, s.pinned, s.resumable, s.booking
        for uid, (a, b) in self.reserved.items():  # kept for the do-not-level tasks
            s.clashes.book(uid, s.shapes[uid].booked(a, b), None)
        started, follow = s.started, s.follow
        placed = bar.read
        while ready:
            if not placed % (REPORT_EVERY // 4):  # ~0.1 s of placing at 100k tasks
                bar.placing(placed)
            placed += 1
            uid = heapq.heappop(ready)[1]
            row = row_of[uid]
            try:
                if uid in late:  # successors and its summary see it where it is (alap_placed)
                    placer.place(row, *placer.at(row, *placer.candidate(row), 0))
                elif uid in pinned:  # its start stays; a finish link may stretch its finish
                    pin = placer.at(row, *placer.candidate(row), 0)
                    placer.place(row, *pin)
                    if pin != (es[uid], ef[uid]):
                        es[uid], ef[uid] = pin
                        self.moved.add(uid)
                        self.rebook(uid)
                if uid in follow:
                    own[uid] = 0
                    self.follow(uid)
                elif uid in resumable:
                    own[uid] = self.resume(uid, booking[uid])
                elif uid in started:
                    own[uid] = 0
                    self.hold(uid)
                else:
                    own[uid] = 0 if uid in s.fixed else self.place_or_keep(uid, booking.get(uid))
            except NoWorkingTimeError as error:
                error.on_row(row)  # the task whose work it could not place (calendar_blame)
                raise
            for nxt in s.succs[uid]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    push(nxt)

    def push(self, uid: int) -> None:
        """Make task ``uid`` ready: on the heap at its leveling order's key."""
        s = self.s
        row = s.network.row_of[uid]
        if uid in s.resumable:
            cand = s.resumable[uid].rest.start
        elif uid in s.fixed:
            cand = s.shapes[uid].start
        else:
            try:
                found = self.found[uid] = s.placer.candidate(row)
            except NoWorkingTimeError as error:
                error.on_row(row)  # its links' lags on a calendar that ends (calendar_blame)
                raise
            cand = found[0]
        # The exact start comes after slack (before it, critical work starting later waited
        # behind tasks with slack: generated plans finished ~25% later); the start's day
        # comes first, as in MS Project's Standard order (leveling_order).
        n = len(s.succs[uid])
        weight = successor_weight(n, n if n and s.dates.free_slack[row] <= 0 else 0)
        key = order_key(
            self.order,
            row,
            s.tasks[uid].priority,
            uid in self.limited,
            s.shapes[uid].slack,
            weight,
            cand,
            self.week,
            uid in self.alone,
        )
        heapq.heappush(self.ready, (key, uid))

    def place_or_keep(self, uid: int, bookings: list[Booking] | None) -> int:
        """Place one task (:meth:`place`), or keep it where its links put it when one of its
        people alone is asked more than they ever have (:meth:`keep`); its own delay."""
        if uid in self.reserved:  # its slot was kept from the others: it takes it now
            self.s.clashes.unbook(uid)
        if bookings and alone_over(self.s.timelines, bookings):
            return self.keep(uid, bookings)
        return self.place(uid, bookings)

    def held_back(self) -> dict[int, tuple[int, int]]:
        """Where the do-not-level tasks that must keep a slot from the others went: those a
        task placed before them holds a person from, one leveling could have delayed, and
        those kept before (:mod:`~app.domain.leveling_kept_first` runs again with them);
        tasks kept in place because a person alone is over-allocated by them, likewise
        (:mod:`~app.domain.leveling_alone`)."""
        s = self.s
        tasks, clashes = s.tasks, s.clashes
        stay = s.fixed | s.late | s.started | s.follow | set(s.resumable) | clashes.held
        out = {u: (self.es[u], self.ef[u]) for u in self.reserved}
        for (_res, uid), (_at, holder) in clashes.clash_at.items():
            if (
                uid not in out
                and uid in tasks  # a summary's own people are named, never moved
                and tasks[uid].priority >= DO_NOT_LEVEL
                and uid not in stay
                and holder in tasks
                and holder not in stay
                and movable(tasks[holder])
            ):
                out[uid] = (self.es[uid], self.ef[uid])
        for uid, met in self.alone_met.items():  # kept in place: what holds its people waits
            if uid not in out and any(
                h in tasks and h not in stay and movable(tasks[h]) for h in met
            ):
                out[uid] = (self.es[uid], self.ef[uid])
        return out

    def keep(self, uid: int, bookings: list[Booking]) -> int:
        """Leave a task whose own assignment alone over-allocates its person (150 % on a task,
        or max units below the assignment's units) where its links put it, its people booked
        there and the clash named: no delay can mend it, so none is given. MS Project's rule:
        Level Resources leaves such a task as it is and reports the over-allocation it cannot
        resolve (delaying it first, 57 edays on a 40-person plan, only moved it)."""
        s = self.s
        sh = s.shapes[uid]
        row = s.network.row_of[uid]
        cand, fcand = self.found_at[uid] = self.found.pop(uid)
        floor = self.kept.get(uid, 0) if movable(s.tasks[uid]) else 0  # a delay it keeps
        start, finish = s.placer.at(row, cand, fcand, floor)
        s.placer.place(row, start, finish)
        if (start, finish) != (sh.start, sh.finish):
            self.es[uid], self.ef[uid] = start, finish
            self.moved.add(uid)
        s.clashes.too_much(uid, bookings)  # first: the reason named for the person asked too much
        spans = sh.booked(start, finish)
        if uid not in self.reserved:  # placed before it, others hold its people: they wait
            met = others_on(s.timelines, bookings, spans, uid)
            if met:
                self.alone_met[uid] = met
        s.clashes.book(uid, spans, why_kept(s.tasks[uid]))
        return floor

    def place(self, uid: int, bookings: list[Booking] | None) -> int:
        """Place one task where its links and its people allow, book them; its own delay."""
        s = self.s
        task = s.tasks[uid]
        sh = s.shapes[uid]
        row = s.network.row_of[uid]
        placer, unresolved = s.placer, s.clashes.unresolved
        cand, fcand = self.found_at[uid] = self.found.pop(uid)
        may_move = movable(task)
        w_links = sh.cal.index(cand)
        floor = self.kept.get(uid, 0) if may_move else 0
        w = w_links + floor
        start, finish = placer.at(row, cand, fcand, floor)
        if bookings and finish > start and may_move:

            def at(w: int) -> tuple[int, int]:
                return placer.at(row, cand, fcand, w - w_links)

            w, start, finish, stuck = self.fit(s.timelines, bookings, sh, w, at)
            if stuck is None and w > w_links + floor and uid in self.people and fcand == NO_FINISH:
                people = self.adjust(uid, bookings, w_links, floor, at)
                if people is not None:
                    return people
            cut = None
            # A kept delay ("Clear leveling values" off) is where its parts may start from:
            # the clash after it is cut around as any other (it was never split).
            split = stuck is None and w > w_links + floor and uid in self.splittable
            if split and fcand == NO_FINISH:
                cut = self.cut(uid, bookings, w_links + floor, finish, floor)
            if cut is not None:
                return self.place_cut(uid, cut)
            if stuck is not None:
                unresolved.setdefault((stuck, uid), availability_ends(task))
            elif w > w_links and not keeps_limit(self.limits.get(uid), start, finish):
                # Waiting would break its no-later-than date: it stays, the clash is named.
                w = w_links
                start, finish = at(w)
                for res_uid, _units, _lay in bookings:
                    unresolved.setdefault((res_uid, uid), why_limited(task))
            s.clashes.too_much(uid, bookings)
        placer.place(row, start, finish)
        if (start, finish) != (sh.start, sh.finish):
            self.es[uid], self.ef[uid] = start, finish
            self.moved.add(uid)
        if bookings or uid in s.stays:
            s.clashes.book(uid, sh.booked(start, finish), None if may_move else why_fixed(task))
        return w - w_links

    def adjust(
        self,
        uid: int,
        bookings: list[Booking],
        w_links: int,
        floor: int,
        at: Callable[[int], tuple[int, int]],
    ) -> int | None:
        """Place a task whose people first have room at different times: it starts with the
        first of them, each later one's assignment waits (app.domain.leveling_assignments),
        and it finishes with the last; its delay carrying theirs. None when they all wait
        alike, or its last person's finish would break its no-later-than date."""
        s = self.s
        sh = s.shapes[uid]
        booked = {b[0] for b in bookings}
        unleveled = [r for r in self.people[uid] if r not in booked]
        found = adjusted(self.fit, s.timelines, bookings, sh, w_links + floor, at, unleveled)
        if found is None:
            return None
        first, last = min(found.values()), max(found.values())
        start, finish = at(first)[0], at(last)[1]
        if not keeps_limit(self.limits.get(uid), start, finish):
            return None
        s.clashes.too_much(uid, bookings)
        s.placer.place(s.network.row_of[uid], start, finish)
        self.es[uid], self.ef[uid] = start, finish
        self.moved.add(uid)

        def spans_of(person: int) -> list[tuple[int, int]]:
            return sh.booked(*at(found[person]))

        book_people(s.clashes.clash, s.timelines, uid, bookings, spans_of)
        of = self.people[uid]
        people = tuple(sorted((of[r], w - first) for r, w in found.items() if w > first))
        self.adjusted[uid] = len(people)
        return LevelingDelay(first - w_links, (), people)

    def cut(
        self, uid: int, bookings: list[Booking], w: int, whole: int, floor: int = 0
    ) -> Cut | None:
        """The task laid in parts from index ``w`` when that finishes before ``whole`` (the
        finish of the whole task delayed), keeps its no-later-than date and lands where
        the scheduler puts a task so split; else None. ``floor``: the delay kept that ``w``
        already holds (the cut's delay counts from its links, as the scheduler's)."""
        s = self.s
        sh = s.shapes[uid]
        row = s.network.row_of[uid]
        duration = s.dates.duration[row]
        cut = cut_to_fit(s.timelines, bookings, sh.cal, w, duration, sh.cal.index(whole))
        if cut is None or not cut.pauses or cut.finish >= whole:
            return None
        if floor:
            cut = replace(cut, delay=cut.delay + floor)
        if not keeps_limit(self.limits.get(uid), cut.start, cut.finish):
            return None
        # The scheduler starts it where the delay puts it and ends it the pauses later;
        # the Gantt and over-allocation lay its parts on its pause clock: all must agree.
        start, _finish = s.placer.at(row, *self.found_at[uid], cut.delay)
        clock = self.clocks().of(s.tasks[uid])
        w0 = clock.index(start)
        parts = segments(cut.pauses, duration)
        laid = [(clock.at_start(w0 + a), clock.at_end(w0 + b)) for a, b in parts]
        if start != cut.start or laid != list(cut.parts):
            return None
        return cut

    def place_cut(self, uid: int, cut: Cut) -> int:
        """Place a task split by leveling, book its people on its parts; its own delay."""
        s = self.s
        s.placer.place(s.network.row_of[uid], cut.start, cut.finish)
        self.es[uid], self.ef[uid] = cut.start, cut.finish
        self.moved.add(uid)
        self.split_uids.add(uid)
        s.clashes.book(uid, list(cut.parts), None)
        return LevelingDelay(cut.delay, cut.pauses)

    def resume(self, uid: int, bookings: list[Booking]) -> int:
        """Place the work left of a started task where its links and its people allow;
        its pause (0: it resumes where its links let it, as the scheduler puts it)."""
        s = self.s
        task = s.tasks[uid]
        rem = s.resumable[uid]
        unresolved = s.clashes.unresolved
        row = s.network.row_of[uid]
        # Its links may hold the work left (progress out of sequence): the scheduler's
        # pause for them, on the leveled dates; leveling's pause, if any, holds it.
        w_links = rem.w + s.placer.started_wait(row)
        w, start, finish, stuck = self.fit(s.timelines, bookings, rem.rest, w_links, rem.at)
        if stuck is not None:
            unresolved.setdefault((stuck, uid), availability_ends(task))
        elif w > w_links and not keeps_limit(self.limits.get(uid), rem.start, finish):
            w = w_links
            start, finish = rem.at(w)
            for res_uid, _units, _lay in bookings:
                unresolved.setdefault((res_uid, uid), why_limited(task))
        s.clashes.too_much(uid, bookings)
        s.placer.place(row, rem.start, finish)
        if finish != self.ef[uid]:
            self.ef[uid] = finish
            self.moved.add(uid)
        if w > w_links:
            self.resumed[uid] = (rem.rest.start, start)
        rest = rem.rest.booked(start, finish)
        if rem.whole is not None and start != rem.rest.start:
            self._book_done_again(uid, rem.done, rest, rem.whole)
        s.clashes.book(uid, rest, None)
        return w - rem.w if w > w_links else 0

    def _book_done_again(
        self,
        uid: int,
        done: list[tuple[int, int]],
        rest: list[tuple[int, int]],
        whole: tuple[list[Booking], list[Booking]],
    ) -> None:
        """Book the done stretches of started task ``uid`` again, its people's own pieces
        laid with its work left where it now resumes (``rest``): a contour spreads its ten
        parts over the working time of all the task's parts, so they lie elsewhere over
        the done work too, as over-allocation finds them once the pause is in."""
        s = self.s
        left, left_stays = s.booking[uid], s.stays.get(uid, [])
        s.clashes.unbook(uid)  # only its done stretches are booked yet
        s.booking[uid] = [split_at(b, done, rest)[0] for b in whole[0]]
        s.stays[uid] = [split_at(b, done, rest)[0] for b in whole[1]]
        s.clashes.book(uid, done, why_done(s.tasks[uid]))
        s.booking[uid], s.stays[uid] = left, left_stays

    def follow(self, uid: int) -> None:
        """A task outside the range or selection after one that may move: where its links
        put it with the delay it has, as the scheduler places it; its people booked there
        (a clash with a task placed before it is named: it may not wait)."""
        s = self.s
        sh = s.shapes[uid]
        row = s.network.row_of[uid]
        delay = s.tasks[uid].leveling_delay_minutes
        start, finish = s.placer.at(row, *s.placer.candidate(row), delay)
        s.placer.place(row, start, finish)
        if (start, finish) != (sh.start, sh.finish):
            self.es[uid], self.ef[uid] = start, finish
            self.moved.add(uid)
        s.clashes.book(uid, sh.booked(start, finish), s.clashes.why_fixed_here(s.tasks[uid]))

    def hold(self, uid: int) -> None:
        """A started task leveling may not pause: its finish once its work left waits for its
        (leveled) links, as the scheduler puts it; its people booked there again if it moved."""
        s = self.s
        sh = s.shapes[uid]
        row = s.network.row_of[uid]
        finish = s.placer.started_finish(row, s.placer.started_wait(row))
        s.placer.place(row, sh.start, finish)
        if finish == sh.finish:
            return
        self.ef[uid] = finish
        self.moved.add(uid)
        task = s.tasks[uid]
        clock = sh.clock or self.clocks().of(task)
        duration = s.dates.duration[row]
        wait = link_wait(task, duration, sh.start, finish, clock)
        moved = Shape(sh.cal, sh.start, finish, pieces_of(task, duration, wait), clock, sh.slack)
        s.shapes[uid] = moved
        if uid in s.booking or uid in s.stays:
            s.clashes.unbook(uid)
            s.clashes.book(uid, moved.booked(sh.start, finish), s.clashes.why_fixed_here(task))
            s.clashes.too_much(uid, s.booking.get(uid, ()))

    def rebook(self, uid: int) -> None:
        """Book the people of fixed task ``uid`` again where its links took it (set up
        booked them where the unleveled schedule had it): the tasks placed after it
        must see them busy there, and its clashes are named where they are."""
        s = self.s
        if uid not in s.booking and uid not in s.stays:
            return
        s.clashes.unbook(uid)
        spans = s.shapes[uid].booked(self.es[uid], self.ef[uid])
        s.clashes.book(uid, spans, s.clashes.why_fixed_here(s.tasks[uid]))

    def clocks(self) -> TaskClocks:
        """The clocks tasks' pauses count on (built when a split is first tried)."""
        if self._clocks is None:
            self._clocks = TaskClocks(self.plan)
        return self._clocks

    def _book_summaries(self) -> dict[int, list[tuple[int, float]]]:
        """Book each summary's own people over its leveled span, last, their clashes named;
        returns those people by summary."""
        s, plan = self.s, self.plan
        on_summary = summary_people(plan, s.summaries, s.people, s.off)
        if on_summary:
            leaves = {u: (self.es[u], self.ef[u]) for u in s.tasks}
            spans = leveled_spans(plan, on_summary, self.schedule, leaves, self.moved)
            for s_uid, (s_start, s_finish) in spans.items():
                why = why_summary(plan.task(s_uid).name)
                for res_uid, units in on_summary[s_uid]:
                    if s_finish > s_start:
                        s.clashes.clash(res_uid, s_uid, s_start, s_finish, units, why)
                        s.timelines[res_uid].book(s_start, s_finish, units, s_uid)
        return on_summary

    def _moves(self) -> tuple[LevelingMove, ...]:
        """The tasks that moved, in row order, each with its old and new start."""
        s, own, split_uids, resumed = self.s, self.own, self.split_uids, self.resumed
        row_of, start_of, es, tasks = s.network.row_of, s.dates.start, self.es, s.tasks
        # A paused started task moves where its work left resumes (its start is history).
        adjusted = self.adjusted
        starts = {
            u: (start_of[row_of[u]], es[u])
            for u in tasks
            if own[u] > 0 or u in split_uids or u in adjusted
        }
        starts.update(resumed)
        return tuple(
            LevelingMove(
                uid,
                tasks[uid].name,
                int(own[uid]),
                moment(starts[uid][0]),
                moment(starts[uid][1]),
                uid in resumed,
                uid in split_uids,
                adjusted.get(uid, 0),
            )
            for uid in sorted(starts, key=row_of.__getitem__)
        )
