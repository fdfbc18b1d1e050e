"""The plan turned into a dependency network the CPM passes can walk quickly.

Each task row ``i`` is node ``i``. A summary also gets an *entry* node
``n + i`` that collects the links into the summary and hands their effect to
its children; node ``i`` of a summary is its *roll-up* (min/max of children)
from which links out of the summary leave. Links are flattened into tuples of
small integers so the passes do no attribute lookups on domain objects.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, groupby
from operator import attrgetter
from typing import Any

from app.domain.calendar import Calendar
from app.domain.errors import CycleError, PlanError
from app.domain.link import LinkType
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.scheduling.calendar_blame import tasks_named
from app.domain.task import Task, TaskType
from app.domain.worktime import WorkTime

# Lag kinds of a flattened link.
LAG_NONE = 0
LAG_WORK = 1
LAG_ELAPSED = 2
LAG_PERCENT = 3
LAG_PERCENT_ELAPSED = 4  # a percentage of the predecessor's duration in calendar time (50e%)

# (predecessor row, successor row, link type code 0=FF 1=FS 2=SF 3=SS, lag kind, lag value);
# one tuple per link, shared by the predecessor's succs and the successor's preds. The
# value is an int of minutes (never 0 for LAG_WORK), a float for the percentages: typed Any
# so the passes add it to work indexes without a conversion per link.
Edge = tuple[int, int, int, int, Any]
EDGE_SIZE = 5

# A link's type code is its LinkType's value, read as the member's ``_value_`` attribute:
# Enum.value (a property) and Enum hashing are Python-level calls, too slow for one per link.
assert [t._value_ for t in (LinkType.FF, LinkType.FS, LinkType.SF, LinkType.SS)] == [0, 1, 2, 3]
_NO_EDGES: list[int] = []  # shared by nodes without out-edges or children (never appended to)
_NO_PREDS: list[Edge] = []  # the predecessors of every row that has none (never appended to)
_SUCCESSOR = attrgetter("successor")


class FlatEdges:
    """Every link's five :data:`Edge` values in one flat list of numbers, in link order.

    What a schedule keeps of the links to compute free slack when read: one
    list of ints is nothing for the cyclic collector to walk, where the
    network's per-row lists of edge tuples are ~25k objects at 10k tasks
    (~0.25M at 100k) that its first pass after a run would visit.
    """

    __slots__ = ("_by_pred", "values")

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._by_pred: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.values) // EDGE_SIZE

    def out_of(self, row: int) -> list[Edge]:
        """The edges leaving ``row`` (found through an index built on first use)."""
        index = self._by_pred
        if index is None:
            preds = self.values[0::EDGE_SIZE]
            order = sorted(range(len(preds)), key=preds.__getitem__)
            index = self._by_pred = (sorted(preds), order)
        keys, order = index
        v = self.values
        lo, hi = bisect_left(keys, row), bisect_right(keys, row)
        return [
            (v[at], v[at + 1], v[at + 2], v[at + 3], v[at + 4])
            for at in (EDGE_SIZE * e for e in order[lo:hi])
        ]


@dataclass(slots=True)
class Network:
    """Tasks, calendars, outline and links of a plan, indexed by row."""

    tasks: list[Task]
    uids: list[int]
    row_of: dict[int, int]
    summary: list[bool]
    parent: list[int]  # -1 at the top level
    children: list[list[int]]  # a leaf's is one empty list shared by all leaves
    active: list[bool]
    calendars: list[WorkTime]  # effective calendar of each task
    slack_calendars: list[WorkTime]  # task calendar or project calendar: slack is counted on it
    project_calendar: WorkTime
    preds: list[list[Edge]]  # by row, in link order; rows without any share one list: read only
    succs: list[list[Edge]]  # by row, by successor uid
    order: list[int]  # nodes (rows, and n + row for summary entries) in dependency order
    # Tasks whose resources work on different calendars: (calendar, assignment span) each.
    spans: dict[int, list[tuple[WorkTime, int]]]
    top: list[int]  # active rows at the top level (they span the project)
    flat: FlatEdges  # the same links again, for the schedule's free slack
    position: list[int] = field(default_factory=list)  # see positions()
    # Links from an active task into an inactive one, by predecessor row: in the successor's
    # preds (it is scheduled by them, as in MS Project) but in no succs nor flat (an inactive
    # task holds no predecessor's late dates nor free slack); edits follow them (incremental).
    # A link between two inactive tasks is an ordinary one (it binds only inactive tasks);
    # one from an inactive task into an active one is dropped: it moves no active task.
    held: dict[int, list[Edge]] = field(default_factory=dict)
    # The plan's "Tasks will always honor their constraint dates" (app/domain/project.py)
    honor_constraints: bool = True

    def positions(self) -> list[int]:
        """Position of each node in ``order`` (len 2n); computed on first use (edits need it)."""
        if not self.position:
            position = [0] * (2 * len(self.tasks))
            for pos, node in enumerate(self.order):
                position[node] = pos
            self.position = position
        return self.position


def build_network(plan: Plan) -> Network:
    """Flatten a plan; raises CycleError when the links (with the outline) form a loop."""
    tasks = list(plan.tasks)
    n = len(tasks)
    uids = [t.uid for t in tasks]
    numbers = list(range(n))  # each row's int made once: the lists below share them
    row_of = dict(zip(uids, numbers, strict=True))
    levels = [t.outline_level for t in tasks]
    summary, parent, children, last, row_order, roots = _outline(levels, numbers)
    active = [t.active for t in tasks]
    all_active = all(active)
    if not all_active:
        # An inactive summary makes its whole branch inactive.
        for i in range(n):
            if parent[i] >= 0 and not active[parent[i]]:
                active[i] = False

    # A calendar without working time names the task (and person) it is for: calendar_blame.
    with tasks_named(plan):
        cals, slack_cals, spans = _task_calendars(plan, tasks)
        project_calendar = WorkTime.for_calendar(plan.calendar(), plan.calendars)

    # A row without predecessors shares one empty list (never appended to).
    preds: list[list[Edge]] = [_NO_PREDS] * n
    succs: list[list[Edge]] = [[] for _ in range(n)]
    into = _NO_PREDS
    filling = -1  # the row whose predecessor list ``into`` is
    rows = _row_lookup(uids, row_of, numbers)
    flat = FlatEdges()
    keep = flat.values.extend
    held: dict[int, list[Edge]] = {}
    along_rows = True  # every link leaves its predecessor's branch before its successor's row
    # Links taken by successor (uids follow the rows in generated plans and most files; a
    # file's links come so already, and the stable sort then only checks it): each row's
    # predecessor list fills at once and its edge tuples lie together in memory, where the
    # forward pass reads them row after row. Links in random order (a plan built by edits)
    # cost a cache miss per link at 100k tasks: the network and both passes take 0.3 s more.
    # A row's predecessors keep their link order; the order of a row's successors, which
    # changes, only feeds minima (late dates, free slack).
    try:
        for lk in sorted(plan.links, key=_SUCCESSOR):
            # An unknown uid gives row n, past the end of every list indexed below: the
            # IndexError it raises says so (no test a link).
            j = rows[lk.predecessor]
            i = rows[lk.successor]
            if not all_active and active[i] and not active[j] and i < n and j < n:
                continue  # an inactive task drives no active task (an unknown uid: its error)
            code = lk.type._value_  # the codes are the LinkType values (asserted above)
            if lk.lag_percent is not None:
                kind = LAG_PERCENT_ELAPSED if lk.lag_elapsed else LAG_PERCENT
                value = float(lk.lag_percent)
            elif lk.lag_minutes:
                kind = LAG_ELAPSED if lk.lag_elapsed else LAG_WORK
                value = int(lk.lag_minutes)  # work indexes are ints: the passes add it as is
            else:
                kind = value = LAG_NONE
            edge = (j, i, code, kind, value)
            if i == filling:
                into.append(edge)
            else:  # the row's first link: its others follow at once (sorted by successor)
                into = preds[i] = [edge]
                filling = i
            if all_active or active[i] or not active[j]:
                succs[j].append(edge)
                keep(edge)
            else:  # an inactive task after an active one: placed by it, binding none of its dates
                held.setdefault(j, []).append(edge)
            if j >= i:
                along_rows = False
    except IndexError:
        raise PlanError(_unknown_task(plan, rows, n)) from None
    refused: set[tuple[int, int]] = set()
    for s in compress(numbers, summary):
        for edge in preds[s]:
            if edge[2] == 0 or edge[2] == 2:
                # Finish-to-finish and start-to-finish links into a summary: MS Project refuses
                # them and the forward pass ignores them (with an issue), so the backward pass
                # must not bound the predecessor by them either (its slack went negative),
                # nor free slack count them (it measured the room to the summary's finish).
                (held[edge[0]] if active[edge[0]] > active[s] else succs[edge[0]]).remove(edge)
                refused.add((edge[0], s))
    if refused:
        flat.values = _without_links(flat.values, refused)
    if along_rows:
        # A link out of a summary leaves from its roll-up, after the summary's whole branch.
        along_rows = all(last[s] < edge[1] for s in compress(numbers, summary) for edge in succs[s])
        if held:
            along_rows = along_rows and all(
                last[s] < edge[1] for s in compress(numbers, summary) for edge in held.get(s, ())
            )

    if along_rows:
        order = row_order
    else:
        try:
            order = _topological_order(n, summary, parent, children, preds, tasks)
        except CycleError as exc:
            raise _with_closing_link(plan, exc) from None
    return Network(
        tasks,
        uids,
        row_of,
        summary,
        parent,
        children,
        active,
        cals,
        slack_cals,
        project_calendar,
        preds,
        succs,
        order,
        spans,
        roots if all_active else [i for i in roots if active[i]],
        flat,
        held=held,
        honor_constraints=plan.project.honor_constraints,
    )


def _without_links(values: list[Any], pairs: set[tuple[int, int]]) -> list[Any]:
    """Flat edge values (:class:`FlatEdges`) less the finish-to-finish and start-to-finish
    links between the (predecessor, successor) row ``pairs``."""
    kept: list[Any] = []
    for at in range(0, len(values), EDGE_SIZE):
        if (values[at], values[at + 1]) not in pairs or values[at + 2] not in (0, 2):
            kept.extend(values[at : at + EDGE_SIZE])
    return kept


def _unknown_task(plan: Plan, rows: Sequence[int] | Mapping[int, int], n: int) -> str:
    """The message for the first link, in the plan's order, that names an unknown task."""
    for lk in plan.links:
        for uid in (lk.predecessor, lk.successor):
            try:
                known = rows[uid] < n
            except IndexError:
                known = False
            if not known:
                return f"link {lk.predecessor} -> {lk.successor} names an unknown task"
    raise AssertionError("no link names an unknown task")  # pragma: no cover


class _RowOfUid(dict[int, int]):
    """uid -> row, the row count (past every row) for an unknown uid."""

    __slots__ = ("_unknown",)

    def __init__(self, row_of: dict[int, int]) -> None:
        super().__init__(row_of)
        self._unknown = len(row_of)

    def __missing__(self, uid: int) -> int:
        return self._unknown


def _row_lookup(
    uids: list[int], row_of: dict[int, int], numbers: list[int]
) -> Sequence[int] | Mapping[int, int]:
    """uid -> row (n, the row count: no such task) as a list indexed by uid when uids are
    small and dense.

    Indexing a list is cheaper than hashing into a dict, and at 100k tasks the
    dict's scattered entries cost a cache miss per lookup. The list is twice as
    long as the largest uid with the upper half n, so that a negative uid, which
    indexes from the end, lands in that half (or past it: IndexError).
    """
    n = len(uids)
    if not uids or min(uids) < 0 or (top := max(uids)) > 4 * n + 64:
        return _RowOfUid(row_of)
    size = top + 1
    table = [n] * (2 * size)
    # A loop, not map(table.__setitem__, ...): a list's __setitem__ called from C goes
    # through a wrapper that packs each pair into a tuple; the loop's store is one opcode.
    for uid, row in zip(uids, numbers, strict=True):
        table[uid] = row
    return table


def _outline(
    levels: list[int], rows: list[int] | None = None
) -> tuple[list[bool], list[int], list[list[int]], list[int], list[int], list[int]]:
    """Summary flags, parents, children and branch ends of rows from their outline levels,
    the row order as a dependency order (a summary's entry node at its row and its
    roll-up after its branch: valid when every link points along it, see
    :func:`build_network`) and the top-level rows.

    ``rows`` is ``list(range(len(levels)))`` (made here if not given): the rows laid in
    bulk below are slices of it, whose ints exist already, where a range makes each anew.
    """
    n = len(levels)
    if rows is None:
        rows = list(range(n))
    summary = [False] * n
    parent = [-1] * n
    children = [_NO_EDGES] * n  # summaries get their own list with their first child
    last = [n - 1] * n  # last row of each branch
    order: list[int] = []
    emit = order.append
    roots: list[int] = []
    stack: list[int] = []  # the open rows, levels rising
    # Rows come in runs at one level: each row after a run's first is a sibling of the row
    # before, which is a leaf and ends its branch. A run's first row takes the steps below,
    # the rest are laid in bulk (slices, extend) rather than row by row.
    a = 0
    for b in _run_ends(levels):  # the run of rows a .. b - 1
        level = levels[a]
        while stack and levels[stack[-1]] >= level:
            done = stack.pop()
            last[done] = a - 1
            if summary[done]:
                emit(done)  # its roll-up, after its last descendant
        if stack:
            p = stack[-1]
            parent[a] = p
            if summary[p]:
                children[p].append(a)
            else:
                summary[p] = True
                children[p] = [a]
                order[-1] = n + p  # emitted just before as a leaf: its entry node instead
        else:
            p = -1
            roots.append(a)
        emit(a)
        if b - a > 1:
            siblings = rows[a + 1 : b]
            last[a : b - 1] = rows[a : b - 1]
            parent[a + 1 : b] = [p] * (b - a - 1)
            (children[p] if p >= 0 else roots).extend(siblings)
            order += siblings
            stack.append(b - 1)
        else:
            stack.append(a)
        a = b
    while stack:
        done = stack.pop()
        if summary[done]:
            emit(done)
    return summary, parent, children, last, order, roots


def _run_ends(levels: list[int]) -> list[int]:
    """The end (one past the last row) of each run of rows at one outline level, in order.

    groupby finds the runs in C; comparing neighbours through map(ne, ...) costs a call
    a row, and a regular expression over the levels as bytes a match object a run and more.
    """
    return list(accumulate([len(list(run)) for _level, run in groupby(levels)]))


def assigned_calendars(
    plan: Plan,
) -> tuple[dict[int, set[int | None]], dict[int, list[tuple[int | None, int]]]]:
    """By task uid: the calendars of the work resources assigned to it, and each assignment's.

    Only people (work resources) with units above zero narrow a task's
    calendar; each assignment comes with its calendar uid and its span (regular work
    / units, -1 when it holds no work). The engine's rule, shared with
    :class:`app.domain.splits.TaskClocks`.
    """
    resource_cal: dict[int, int | None] = {
        r.uid: r.calendar_uid for r in plan.resources if r.type is ResourceType.WORK
    }
    task_resource_cals: dict[int, set[int | None]] = {}
    task_assignments: dict[int, list[tuple[int | None, int]]] = {}
    for a in plan.assignments:
        if a.resource_uid in resource_cal and a.units > 0:
            cal_uid = resource_cal[a.resource_uid]
            task_resource_cals.setdefault(a.task_uid, set()).add(cal_uid)
            span = (
                round((a.work_minutes - a.overtime_work_minutes) / a.units)
                if a.work_minutes > 0
                else -1
            )
            task_assignments.setdefault(a.task_uid, []).append((cal_uid, span))
    return task_resource_cals, task_assignments


def resources_worktime(
    own: WorkTime | None, resource_cals: set[int | None], worktime: Callable[[int | None], WorkTime]
) -> WorkTime:
    """The working time of a task whose people work ``resource_cals`` (not empty).

    A task works whenever one of its people does: the union of their
    calendars, within the task's own calendar ``own`` when it has one.
    """
    res_wt: WorkTime | None = None
    for res_uid in sorted(resource_cals, key=lambda u: -1 if u is None else u):
        wt = worktime(res_uid)
        res_wt = wt if res_wt is None else WorkTime.union(res_wt, wt)
    assert res_wt is not None
    return WorkTime.intersection(own, res_wt) if own is not None else res_wt


def _task_calendars(
    plan: Plan, tasks: list[Task]
) -> tuple[list[WorkTime], list[WorkTime], dict[int, list[tuple[WorkTime, int]]]]:
    """Each task's calendar: its own or the project's, narrowed by its resources' calendars.

    MS Project schedules a task with work resources on the resources' calendars
    (intersected with the task calendar, when the task has one), unless the
    task ignores resource calendars. When the resources work on different
    calendars, each assignment runs its own span (work / units) on its own
    calendar and the task lasts from the first start to the last finish.
    """
    calendars: Mapping[int, Calendar] = plan.calendars
    project_cal = plan.calendar()
    by_uid: dict[int | None, WorkTime] = {}

    def worktime(uid: int | None) -> WorkTime:
        found = by_uid.get(uid)
        if found is None:
            cal = calendars.get(uid) if uid is not None else project_cal
            found = WorkTime.for_calendar(cal or project_cal, calendars)
            by_uid[uid] = found
        return found

    task_resource_cals, task_assignments = assigned_calendars(plan)

    out: list[WorkTime] = []
    slack: list[WorkTime] = []
    spans: dict[int, list[tuple[WorkTime, int]]] = {}
    default = worktime(None)
    if not task_resource_cals:
        # No task has work resources: each works on its own calendar or the project's.
        cal_uids = [t.calendar_uid for t in tasks]
        own_cal = {uid: worktime(uid) for uid in set(cal_uids)}
        out = list(map(own_cal.__getitem__, cal_uids))
        return out, list(out), spans
    for row, t in enumerate(tasks):
        cal_uid = t.calendar_uid
        if cal_uid is None and (not task_resource_cals or t.uid not in task_resource_cals):
            out.append(default)  # the common case: project calendar, no resources
            slack.append(default)
            continue
        own = worktime(cal_uid) if cal_uid is not None else None
        slack.append(own if own is not None else default)
        res = task_resource_cals.get(t.uid) if not t.ignore_resource_calendar else None
        if res:
            out.append(resources_worktime(own, res, worktime))
            distinct = {id(worktime(c)) for c in res}
            if (
                len(distinct) > 1
                and t.task_type is not TaskType.FIXED_DURATION
                and t.actual_start is None
                and not t.elapsed  # elapsed time runs on no one's calendar
            ):
                spans[row] = [
                    (
                        WorkTime.intersection(own, worktime(c)) if own else worktime(c),
                        span if span >= 0 else t.duration_minutes,
                    )
                    for c, span in task_assignments[t.uid]
                ]
        else:
            out.append(own if own is not None else default)
    return out, slack, spans


def _topological_order(
    n: int,
    summary: list[bool],
    parent: list[int],
    children: list[list[int]],
    preds: list[list[Edge]],
    tasks: list[Task],
) -> list[int]:
    """Kahn's algorithm over rows and summary entry nodes, stable by row order.

    Only needed when some link points against the row order: otherwise the
    row order from :func:`_outline` is a dependency order already.
    """
    size = 2 * n
    # Only rows and the entry nodes of summaries have out-edges.
    out_edges: list[list[int]] = [[] for _ in range(n)]
    out_edges += [[] if s else _NO_EDGES for s in summary]
    indegree = [0] * size
    for i in range(n):
        target = n + i if summary[i] else i
        into = preds[i]
        if into:
            for edge in into:
                out_edges[edge[0]].append(target)
            indegree[target] += len(into)
        p = parent[i]
        if p >= 0:
            # parent's entry -> child (entry when the child is a summary); child -> parent roll-up
            out_edges[n + p].append(target)
            indegree[target] += 1
            out_edges[i].append(p)
            indegree[p] += 1
    nodes = list(range(n)) + [n + i for i in range(n) if summary[i]]
    ready = [v for v in reversed(nodes) if indegree[v] == 0]
    order: list[int] = []
    push, pop, emit = ready.append, ready.pop, order.append
    while ready:
        v = pop()
        emit(v)
        for w in out_edges[v]:
            indegree[w] -= 1
            if indegree[w] == 0:
                push(w)
    if len(order) < len(nodes):
        stuck = _one_cycle(out_edges, {v for v in nodes if indegree[v] > 0}, n)
        from app.domain.loop_closing import LOOP_NAMED, task_label

        # a task's ID is its row from 1: ``tasks`` are the plan's, in its order
        names = ", ".join(
            task_label(i + 1, tasks[i].name, tasks[i].uid) for i in stuck[:LOOP_NAMED]
        )
        more = "" if len(stuck) <= LOOP_NAMED else f" and {len(stuck) - LOOP_NAMED} more"
        raise CycleError(
            f"the links form a loop through {names}{more}",
            tuple(tasks[i].uid for i in stuck),
        )
    return order


def _with_closing_link(plan: Plan, exc: CycleError) -> CycleError:
    """``exc`` naming the link to remove as well: a plan read from a file holding a loop is
    refused, and the user must know which of its links to take out."""
    from app.domain.loop_closing import closing_link, link_words

    link = closing_link(plan, exc.task_uids)
    if link is None:
        return exc
    return CycleError(f"{exc}; the link {link_words(plan, link)} closes it", exc.task_uids)


def _one_cycle(out_edges: list[list[int]], stuck: set[int], n: int) -> list[int]:
    """Rows of one loop among the nodes Kahn's algorithm could not order.

    Every stuck node has a stuck predecessor, so walking backwards from any
    of them must revisit a node; the walk between the two visits is a loop.
    """
    preds: dict[int, int] = {}
    for v in stuck:
        for w in out_edges[v]:
            if w in stuck:
                preds.setdefault(w, v)
    node = min(stuck)
    seen: dict[int, int] = {}
    path: list[int] = []
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = preds[node]
    loop = path[seen[node] :]
    rows: list[int] = []
    for v in reversed(loop):  # predecessor first
        if v % n not in rows:
            rows.append(v % n)
    first = rows.index(min(rows))
    return rows[first:] + rows[:first]
