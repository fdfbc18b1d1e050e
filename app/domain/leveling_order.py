"""The order leveling gives tasks their place in: the ones placed later are the ones delayed.

A task is ready once every task it depends on is placed; among ready tasks
the lowest key goes first (:func:`order_key`). MS Project's orders:

- Standard, in MS Project's documented order (KB 197106): predecessors first
  (a task is ready only once its predecessors are placed, so a successor is
  the one delayed); then the later scheduled start waits first, counted by
  the day, as MS Project levels day by day (a started task: where its work
  left starts); then a task with a no-later-than
  date is placed first (it may only wait so long); then weighted slack: less
  total slack, counted in whole weeks, then more tasks waiting on it (its
  successors, each counting double when one starts right at its finish),
  then the exact start; then the higher priority, the less slack and the row
  (the task further down waits first). Slack in whole weeks lets the
  successors weigh between tasks of about the same slack. Slack came before
  the start day until a sprint plan showed why MS Project does not: sprints
  not linked to one another have less slack the later they are, so the
  leftover stories of Sprint 1 went after Sprints 3 and 4.
- ID Only: the row (the task further down waits first).
- Priority, Standard: priority first, then as Standard.

In every order a priority 1000 task (do not level) comes first among the
ready tasks: MS Project never delays it, so the others are placed around it. So does
a task one of whose people it alone over-allocates (150 % of a full-time person,
:mod:`~app.domain.leveling_alone`): it is never delayed either, and placed after a task
ready with it, it met that task and the whole plan was leveled a second time.
One its predecessors take onto a slot a task ready before it already holds
keeps that slot from the others in a run again
(:mod:`~app.domain.leveling_kept_first`): the other task is the one delayed.
"""

from __future__ import annotations

from app.domain.leveling_options import LevelingOrder
from app.domain.leveling_rules import DO_NOT_LEVEL
from app.domain.worktime import MINUTES_PER_DAY


def order_key(
    order: LevelingOrder,
    row: int,
    priority: int,
    limited: bool,
    slack: int,
    weight: int,
    start: int,
    week: int = 2400,
    first: bool = False,
) -> tuple[int, ...]:
    """The key of a ready task (lowest first): see the module's text for each order.

    ``slack``: total slack in working minutes, ``week`` of them a week;
    ``weight``: how many tasks wait on it (:func:`successor_weight`);
    ``start``: where its links let it start, in clock minutes;
    ``first``: never delayed for another reason (a person it alone over-allocates).
    """
    kept = 0 if first or priority >= DO_NOT_LEVEL else 1  # never delayed: placed first
    if order is LevelingOrder.ID_ONLY:
        return (kept, row)
    day = start // MINUTES_PER_DAY
    standard = (day, 0 if limited else 1, slack // week, -weight, start, -priority, slack, row)
    if order is LevelingOrder.PRIORITY_STANDARD:
        return (kept, -priority, *standard)
    return (kept, *standard)


def successor_weight(successors: int, close: int) -> int:
    """How much a task's successors weigh: each counts once, a close one (no free slack) twice."""
    return successors + close
