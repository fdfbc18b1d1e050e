"""Copy, cut and paste whole task rows, as MS Project does with Ctrl+C, Ctrl+X and Ctrl+V.

Copy puts the rows on the system clipboard as tab-separated text (for Excel,
mail and wikis) and keeps the tasks themselves, with their subtasks, the links
among them, their people and recurring patterns, in the session. Paste inserts copies of those
tasks above the current row, at its outline level, as one undoable step; it
pastes those only while the clipboard still holds the text that copy put there.

Every field of a row comes along, as in MS Project: the task's own (actuals, notes, custom
fields), its people's, and its baselines and interim plans (kept by the plan,
:mod:`app.domain.carried_baselines`). Rows cut and pasted back into their plan are moved:
they keep their ids, so earned value, ``gantry diff`` and the baselines still know them, and
the risks linked to them are linked again.

Text copied elsewhere (a column of names or a block of cells from Excel, a list
in a mail, Gantry's own text from another window) is pasted by
:mod:`app.ui.clipboard_paste`, into the cells or as new rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.domain.carried_baselines import (
    CarriedPlans,
    Renumbered,
    Replaced,
    carried_from,
    carry_into,
    put_back,
)
from app.domain.errors import InputError
from app.domain.link import Link
from app.domain.people_transfer import (
    MergeUndo,
    PeopleMerge,
    PeopleSnapshot,
    apply_merge,
    merge_people,
    missing_people,
    snapshot_people,
    undo_merge,
)
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.domain.task_money_currency import tasks_money_refusal
from app.ui.commands import PlanCommand, quoted

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.document import Document


@dataclass(frozen=True, slots=True)
class CopiedTasks:
    """Tasks as copied: rows in plan order (subtasks included), the links among them, their
    assignments, and the clipboard text copy wrote (paste checks it is still there)."""

    plan: Plan | None  # the plan copied from (None: text): people are pasted only back into it
    tasks: tuple[Task, ...]
    links: tuple[Link, ...]
    assignments: tuple[Assignment, ...]
    text: str
    recurrences: tuple[tuple[int, TaskRecurrence], ...] = ()  # copied recurring summaries'
    # The assigned people and the tasks' calendar names as they were when copied: a person
    # renamed in the source afterwards is still matched (and brought) by the copied name.
    people: PeopleSnapshot | None = None
    calendar_names: tuple[tuple[int, str], ...] = ()
    # The rows' entries in the plan's baselines and interim plans, carried as MS Project's are.
    baselines: CarriedPlans = field(default_factory=CarriedPlans)
    # Cut, not copied: pasted back into the plan while their ids are free, the rows are
    # moved there with those ids (a paste after that one copies them again).
    cut: bool = False
    # The risks linked to the rows, by uid, and which of the rows each named: a move links
    # them again (deleting the cut rows took the links off).
    risk_links: tuple[tuple[int, tuple[int, ...]], ...] = ()

    def missing_people(self, plan: Plan) -> list[Resource]:
        """The copied tasks' people ``plan`` has no one of the same name for (none when
        pasting back into the plan copied from)."""
        if self.people is None or self.plan is plan:
            return []
        return missing_people(self.people, plan)


def copy_tasks(plan: Plan, uids: list[int], text: str) -> CopiedTasks:
    """The selected tasks with every subtask of a selected summary (folded or not)."""
    chosen: set[int] = set()
    for uid in uids:
        start = plan.index_of(uid)
        chosen.update(t.uid for t in plan.tasks[start : plan.subtree_end(start)])
    tasks = tuple(sorted((plan.task(u) for u in chosen), key=lambda t: plan.index_of(t.uid)))
    links = tuple(lk for lk in plan.links if lk.predecessor in chosen and lk.successor in chosen)
    assignments = tuple(a for a in plan.assignments if a.task_uid in chosen)
    recurring = tuple((t.uid, plan.recurrences[t.uid]) for t in tasks if t.uid in plan.recurrences)
    people = snapshot_people(plan, {a.resource_uid for a in assignments})
    calendars = tuple(
        (uid, plan.calendars[uid].name)
        for uid in sorted({t.calendar_uid for t in tasks if t.calendar_uid is not None})
        if uid in plan.calendars
    )
    carried = carried_from(plan, chosen, (a.uid for a in assignments))
    risks = tuple(
        (r.uid, tuple(u for u in r.task_uids if u in chosen))
        for r in plan.risks
        if not chosen.isdisjoint(r.task_uids)
    )
    return CopiedTasks(
        plan, tasks, links, assignments, text, recurring, people, calendars, carried, False, risks
    )


class PasteTasksCommand(PlanCommand):
    """Insert copies of copied tasks before row ``index``, the first at ``level``.

    The copies get new ids; their levels keep their steps from the first copied
    task; links among them come along, and their people and task calendars: in
    another plan, those of the same name there; the others are brought along with
    ``bring_people`` (their rates and calendars, in the same undo step), else left out.
    """

    def __init__(
        self,
        document: Document,
        index: int,
        level: int,
        copied: CopiedTasks,
        bring_people: bool = False,
    ) -> None:
        count = len(copied.tasks)
        what = f"task {quoted(copied.tasks[0].name)}" if count == 1 else f"{count} tasks"
        super().__init__(document, f"Paste {what}")
        plan = document.plan
        self.index = index
        moved = self.moved = _moved_back(copied, plan)
        if moved:
            self.setText(f"Move {what}")
        first_uid = plan.next_task_uid()
        self.new_uid = {
            t.uid: t.uid if moved else first_uid + n for n, t in enumerate(copied.tasks)
        }
        shift = level - copied.tasks[0].outline_level
        self.merge: PeopleMerge | None = None
        self._merged: MergeUndo | None = None
        # money in another currency (fixed costs, cost items): refused, nothing changed
        self.refused = ""
        if copied.plan is not None and copied.plan is not plan:
            self.refused = tasks_money_refusal(
                copied.tasks, copied.assignments, copied.plan.project, plan.project
            )
        missing = copied.missing_people(plan)
        if bring_people and missing and copied.people is not None:
            brought = replace(copied.people, people=tuple(missing))
            self.merge = merge_people(plan, brought, update=False)
        people, calendars = _counterparts(copied, plan, self.merge)
        self.tasks = [
            replace(
                t,
                uid=self.new_uid[t.uid],
                outline_level=max(1, t.outline_level + shift),
                calendar_uid=None if t.calendar_uid is None else calendars.get(t.calendar_uid),
            )
            for t in copied.tasks
        ]
        self.links = [
            replace(
                lk, predecessor=self.new_uid[lk.predecessor], successor=self.new_uid[lk.successor]
            )
            for lk in copied.links
        ]
        self.recurrences = [(self.new_uid[uid], rec) for uid, rec in copied.recurrences]
        self.assignments: list[Assignment] = []
        next_uid = plan.next_assignment_uid()
        assignment_uids: dict[int, int] = {}
        for a in copied.assignments:
            person = people.get(a.resource_uid)
            if person is not None:  # someone not in this plan's team is left out
                uid = assignment_uids[a.uid] = a.uid if moved else next_uid
                self.assignments.append(
                    replace(a, uid=uid, task_uid=self.new_uid[a.task_uid], resource_uid=person)
                )
                next_uid += 1
        self.renumbered = Renumbered(self.new_uid, assignment_uids, people)
        self.carried = copied.baselines
        self._replaced: Replaced | None = None
        self.risk_links = copied.risk_links if moved else ()
        self._risks_before: list[Risk] = []

    @property
    def uids(self) -> list[int]:
        """The pasted tasks' ids, in row order."""
        return [t.uid for t in self.tasks]

    def _redo(self) -> None:
        plan = self.document.plan
        if self.refused:
            raise InputError(self.refused)
        if self.merge is not None:
            self._merged = apply_merge(plan, self.merge)
        try:
            self._insert(plan)
        except Exception:
            if self._merged is not None:
                undo_merge(plan, self._merged)
            raise

    def _insert(self, plan: Plan) -> None:
        plan.insert_tasks(self.index, self.tasks)
        try:
            plan.add_links(self.links)
            plan.add_assignments(self.assignments)  # one change (row_batches), as add_links
            for uid, rec in self.recurrences:  # a recurring meeting pasted stays one
                plan.set_recurrence(uid, rec)
            if plan.baselines or plan.interims or not self.carried.empty:
                self._replaced = carry_into(plan, self.carried, self.renumbered)
            self._relink_risks(plan)
        except Exception:
            plan.remove_tasks(self.uids, with_subtasks=False)
            raise

    def _relink_risks(self, plan: Plan) -> None:
        """Link the moved rows to the risks they were linked to when cut (those still there)."""
        self._risks_before = []
        known = {r.uid for r in plan.risks}
        for uid, tasks in self.risk_links:
            if uid not in known:
                continue
            risk = plan.risk(uid)
            missing = tuple(u for u in tasks if u not in risk.task_uids)
            if missing:
                linked = replace(risk, task_uids=risk.task_uids + missing)
                self._risks_before.append(plan.update_risk(linked))

    def _undo(self) -> None:
        for risk in reversed(self._risks_before):
            self.document.plan.update_risk(risk)
        self._risks_before = []
        if self._replaced is not None:
            put_back(self.document.plan, self._replaced)
            self._replaced = None
        # Exactly the pasted rows: rows below that fell under a pasted summary stay.
        self.document.plan.remove_tasks(self.uids, with_subtasks=False)
        if self._merged is not None:
            undo_merge(self.document.plan, self._merged)


def _moved_back(copied: CopiedTasks, plan: Plan) -> bool:
    """Whether cut rows go back into the plan they were cut from with their own ids: none
    of those ids (of the tasks and their people's assignments) taken there again."""
    if not copied.cut or copied.plan is not plan:
        return False
    assigned = {a.uid for a in plan.assignments}
    return not any(plan.has_task(t.uid) for t in copied.tasks) and not any(
        a.uid in assigned for a in copied.assignments
    )


def _counterparts(
    copied: CopiedTasks, target: Plan, merge: PeopleMerge | None
) -> tuple[dict[int, int], dict[int, int]]:
    """Who and which calendar of the copied plan each is in ``target``, by id: the same ids in
    the same plan, else matched by the names they had when copied (another plan's ids mean
    other people), those ``merge`` brings included."""
    source = copied.plan
    if source is None:
        return {}, {}
    if source is target:
        return (
            {r.uid: r.uid for r in target.resources},
            {uid: uid for uid in target.calendars},
        )
    people = {r.name.casefold(): r.uid for r in target.resources}
    if merge is not None:
        people.update({r.name.casefold(): r.uid for r in merge.added})
    calendars = {c.name.casefold(): c.uid for c in target.calendars.values()}
    copied_people = copied.people.people if copied.people is not None else ()
    return (
        {r.uid: people[r.name.casefold()] for r in copied_people if r.name.casefold() in people},
        {
            uid: calendars[name.casefold()]
            for uid, name in copied.calendar_names
            if name.casefold() in calendars
        },
    )
