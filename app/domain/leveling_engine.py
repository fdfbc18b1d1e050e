"""Where the scheduler puts a task once its predecessors are leveled: its own rules, asked.

Leveling places leaf tasks one at a time in its own order (earliest start,
priority, slack, row), each once every task it depends on is placed. Where a
task may start is the scheduler's forward pass on the leveled dates: its links
(a summary's too, with the summary rolled up from its leveled children), their
lags on the lag calendar, its constraint, the project start; and a leveling
delay moves it as the scheduler moves it. :class:`LinkedPlacement` holds one
:class:`~app.domain.scheduling.cpm.Engine` over the plan's network for that and
asks it, node by node, so that the leveled dates are the ones the scheduler
computes from the delays, by construction rather than by a second copy of its
rules.
"""

from __future__ import annotations

from app.domain.leveling_placement import Dates
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import Network
from app.domain.task import ConstraintType
from app.domain.worktime import to_minutes


class LinkedPlacement:
    """The forward pass run one leaf at a time over leveled dates (clock minutes).

    ``placed`` gives each leaf row's (start, finish) where leveling starts from
    (the unleveled schedule's ``dates``). :attr:`alap` holds the rows of
    as-late-as-possible tasks: the scheduler keeps them at those (late) dates,
    and both their successors and the summaries over them follow them there (a
    summary spans an ALAP subtask where it is shown, as the scheduler's second
    forward pass rolls it up): the engine's ``alap_placed`` holds where they are
    shown, its ``es``/``ef`` their early dates.
    The network is read, never changed.
    """

    __slots__ = ("_engine", "_entered", "_net", "_rolled", "alap")

    def __init__(
        self,
        net: Network,
        project_start: int,
        placed: dict[int, tuple[int, int]],
        dates: Dates,
    ) -> None:
        self._net = net
        engine = self._engine = Engine(net, project_start)
        es, ef = engine.es, engine.ef
        for row, (start, finish) in placed.items():
            es[row] = start
            ef[row] = finish
        self.alap = {row for row in engine.alap_rows() if row in placed}
        for row in self.alap:
            es[row], ef[row] = dates.early_start[row], dates.early_finish[row]
            engine.alap_placed[row] = placed[row]
        # An inactive one has no links, but shows at its late dates all the same.
        self.alap.update(
            row
            for row, t in enumerate(net.tasks)
            if not net.active[row]
            and row in placed
            and t.constraint_type is ConstraintType.ALAP
            and not t.manual
            and t.actual_start is None
        )
        self._entered: set[int] = set()  # summaries whose entry bound is final
        self._rolled: set[int] = set()  # summaries whose roll-up is final

    def candidate(self, row: int) -> tuple[int, int]:
        """The leaf's earliest start before any delay and its finish bound (-2**30+1: none).

        Every task it depends on must be placed (see :meth:`place`).
        """
        self._links_of(row)
        return self._engine.leaf_candidate(row)

    def at(self, row: int, cand: int, fcand: int, delay: int) -> tuple[int, int]:
        """(start, finish) of the leaf ``delay`` working minutes after ``cand``."""
        return self._engine.leaf_place(row, cand, fcand, delay)

    def started_wait(self, row: int) -> int:
        """Working minutes the work left of started leaf ``row`` waits for its links (and
        its summaries' links) on the leveled dates, as the scheduler pauses it there
        (progress reported out of sequence). Every task it depends on must be placed."""
        self._links_of(row)
        start = self._net.tasks[row].actual_start
        assert start is not None
        return self._engine.waits_for_links(row, to_minutes(start))

    def started_finish(self, row: int, pause: int) -> int:
        """The scheduler's finish of started leaf ``row`` paused ``pause`` more minutes."""
        return self._engine.started_finish(row, pause)

    def place(self, row: int, start: int, finish: int) -> None:
        """Record where the leaf went: its successors start from there."""
        self._engine.es[row] = start
        self._engine.ef[row] = finish

    def _links_of(self, row: int) -> None:
        """Make final what leaf ``row``'s links read: its summaries' entry bounds and the
        roll-ups of the summaries it follows."""
        net = self._net
        self._enter(net.parent[row])
        for edge in net.preds[row]:
            if net.summary[edge[0]]:
                self._roll(edge[0])

    def _enter(self, s: int) -> None:
        """The start bound a summary's links (and its parents') hand its children."""
        if s < 0 or s in self._entered:
            return
        net = self._net
        self._enter(net.parent[s])
        for edge in net.preds[s]:
            if net.summary[edge[0]]:
                self._roll(edge[0])
        self._engine.forward_node(len(net.tasks) + s)
        self._entered.add(s)

    def _roll(self, s: int) -> None:
        """A summary's span over its (leveled) children, for links out of it."""
        if s in self._rolled:
            return
        net = self._net
        for c in net.children[s]:
            if net.summary[c]:
                self._roll(c)
        self._engine.forward_node(s)
        self._rolled.add(s)
