"""Which summaries have started: rolled up from their subtasks, as MS Project's Actual Start.

Once work has started only the finish can still slip, so a started row's total
slack is its finish slack (EngineResults.slack). A summary has started when a
subtask below it has (app.domain.started's rule; MS Project rolls the summary's Actual Start up from its
subtasks'): its own stored actual start is not used, so a Gantry plan (whose
summaries hold none) and the same plan read back from MS Project XML (whose
summary rows carry the rolled-up date) give the same slack. An inactive
subtask does not count, as the % complete roll-up leaves it out.
"""

from __future__ import annotations

from collections.abc import Collection

from app.domain.started import has_started
from app.domain.task import Task


def started_summaries(
    tasks: list[Task],
    summary: list[bool],
    parent: list[int],
    active: list[bool],
    rows: Collection[int],
) -> frozenset[int]:
    """The summary rows with a started subtask below them.

    ``rows``: every row that may have started (app.domain.started; more do no harm),
    such as the engine's ``special`` rows and those started by % complete alone: a plan
    with little progress costs little.
    """
    found: set[int] = set()
    for i in rows:
        if summary[i] or not has_started(tasks[i]):
            continue
        row = i
        while active[row]:
            up = parent[row]
            if up < 0 or up in found:
                break  # the rows above it were marked with it
            found.add(up)
            row = up
    return frozenset(found)


def own_start_differs(
    tasks: list[Task], summary: list[bool], started: frozenset[int], rows: Collection[int]
) -> list[int]:
    """The summary rows whose own actual start says otherwise than their subtasks
    (``started``): the rows a slack worked out from the row's own field gets wrong.

    ``rows``: as :func:`started_summaries` takes them (a summary with an actual start of
    its own is among them).
    """
    out = [i for i in started if not has_started(tasks[i])]
    out.extend(i for i in rows if summary[i] and has_started(tasks[i]) and i not in started)
    return out
