"""Which pauses of a task leveling made, told from how long the task spanned before leveling.

A file that keeps splits only as work pausing (MS Project XML's timephased work,
app.io.mspdi_splits) does not say who made each pause; Gantry keeps leveling's
pauses marked (``Split.leveling``) so that Clear Leveling takes them out and
leaves the user's. What such a file does keep is the task's dates before
leveling (<PreLeveledStart>/<PreLeveledFinish>): the span they cover, in working
time, is the duration and the user's own pauses. So on a task that has not
started:

- a span of just its duration: every pause is leveling's;
- a longer one: the pauses whose gaps add up to the difference are the user's,
  the others leveling's, when exactly one set of them does;
- otherwise (no set, several, an elapsed duration) the pauses stay as they are:
  nothing says which are whose.

A started task's pause of its work left is its leveling delay
(app.domain.leveling_resume), which the file carries as its delay. The reader
(app.io.mspdi_preleveled) marks with :func:`marked_by_span`; the note said on
saving (app.domain.leveling_not_kept) asks :func:`marks_read_back` of the same rule.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from app.domain.leveling_resume import delay_is_pause
from app.domain.splits import Split, normalized
from app.domain.task import Task

_MOST_PAUSES = 12  # sets of pauses tried: 2**12 at most, for one task


def marks_can_tell(task: Task) -> bool:
    """The span before leveling can tell whose the task's pauses are: it has pauses, has not
    started (a started one's pause is its delay) and counts in working time (not elapsed)."""
    return bool(task.splits) and not delay_is_pause(task) and not task.elapsed


def marked_by_span(task: Task, span: int) -> Task:
    """``task`` with its pauses marked as leveling's or the user's from ``span``, the working
    minutes it covered before leveling; ``task`` as it is when that does not tell."""
    if not marks_can_tell(task):
        return task
    mine = users_pauses(task.splits, span - task.duration_minutes)
    if mine is None:
        return task
    marked = tuple(replace(s, leveling=k not in mine) for k, s in enumerate(task.splits))
    marked = normalized(marked, task.duration_minutes)
    return task if marked == task.splits else replace(task, splits=marked)


def marks_read_back(task: Task) -> bool:
    """A read back of the task's splits and its span before leveling (the duration and the
    user's pauses) marks leveling's pauses as they are marked now; True with none to mark."""
    if not any(s.leveling for s in task.splits):
        return True
    span = task.duration_minutes + sum(s.gap_minutes for s in task.splits if not s.leveling)
    return marked_by_span(replace(task, splits=_unmarked(task.splits)), span).splits == (
        task.splits
    )


def users_pauses(splits: tuple[Split, ...], gaps: int) -> frozenset[int] | None:
    """The positions of the pauses that are the user's: the one set of them whose gaps add
    up to ``gaps`` (none for 0 or less); None when no set or several do."""
    if gaps <= 0:
        return frozenset()
    if len(splits) > _MOST_PAUSES:
        return None
    found: frozenset[int] | None = None
    for size in range(1, len(splits) + 1):
        for chosen in combinations(range(len(splits)), size):
            if sum(splits[k].gap_minutes for k in chosen) == gaps:
                if found is not None:
                    return None  # two sets would do: nothing says which
                found = frozenset(chosen)
    return found


def _unmarked(splits: tuple[Split, ...]) -> tuple[Split, ...]:
    """The splits as a file with no mark reads them: all the user's."""
    return tuple(replace(s, leveling=False) for s in splits)
