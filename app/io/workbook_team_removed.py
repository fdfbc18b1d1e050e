"""People deleted from a returned workbook's Team sheet whom its Plan sheet still names.

A client who deleted Tom Becker's Team row but left his name in nine People cells had all
nine assignments dropped, without a word, while their own Plan sheet still showed him on
those tasks. MS Project does not drop assigned work silently when a resource is deleted;
so the read refuses (nothing changes), naming the People cells that still name the person:
the client takes the name off those cells (or keeps the row) and sends the workbook again.

A person whose People cells were all cleared (or whose tasks were deleted) goes with their
assignments as before. The person stays in the plan while the Plan sheet is read, so a
People cell the client retyped with their name names them too (it would otherwise bring
them back as a new person at no rate). A Plan sheet
without its People column names no one: the deleted person's assignments go with them,
and a note says how many.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource
from app.io.roundtrip_plan_sheet import PlanSheetEditor
from app.io.roundtrip_refusals import Refusals

CELLS_NAMED = 6  # People cells a refusal names; the others are counted


def check_removed_people(
    gone: Mapping[int, Resource],
    sheet: PlanSheetEditor,
    team_sheet: str,
    refused: Refusals,
    notes: list[str],
) -> None:
    """Take the people of ``gone`` (deleted from ``team_sheet``, kept in the plan while its
    Plan ``sheet`` was read, see read_team) off the plan, refusing each whom a People cell
    still names. Without a People column their assignments go, told in ``notes``."""
    plan = sheet.plan
    if not gone:
        return
    if "People" not in sheet.cols:
        _tell_dropped(plan, gone, notes, team_sheet)
    else:
        naming: dict[int, list[int]] = {}  # a deleted person -> the tasks naming them
        for a in plan.assignments:
            if a.resource_uid in gone and a.task_uid not in naming.get(a.resource_uid, []):
                naming.setdefault(a.resource_uid, []).append(a.task_uid)
        for uid, tasks in naming.items():
            refused.add(_refusal(gone[uid], tasks, sheet, team_sheet))
    plan.resources = [r for r in plan.resources if r.uid not in gone]
    plan.assignments = [a for a in plan.assignments if a.resource_uid not in gone]


def _refusal(res: Resource, tasks: list[int], sheet: PlanSheetEditor, team_sheet: str) -> str:
    """``Team: the row of 'Tom Becker' was deleted, but the People cells Plan!I7, ... still
    name them: ...``."""
    rows = sorted(sheet.row_of[t] for t in tasks if t in sheet.row_of)
    cells = [sheet.where(i, "People") for i in rows]
    cells += [quoted(sheet.plan.task(t).name, NAME_LIMIT) for t in tasks if t not in sheet.row_of]
    shown = ", ".join(cells[:CELLS_NAMED])
    if len(cells) > CELLS_NAMED:
        shown += f" and {len(cells) - CELLS_NAMED} more"
    one = len(cells) == 1
    return (
        f"{team_sheet}: the row of {quoted(res.name, NAME_LIMIT)} was deleted, but the People "
        f"{'cell' if one else 'cells'} {shown} still {'names' if one else 'name'} them: "
        f"take them off {'that cell' if one else 'those cells'} to remove their work, "
        "or keep their row"
    )


def _tell_dropped(
    plan: Plan, gone: Mapping[int, Resource], notes: list[str], team_sheet: str
) -> None:
    """Each person of ``gone``'s count of assignments, which go with them, in ``notes``."""
    count: dict[int, int] = {}
    for a in plan.assignments:
        if a.resource_uid in gone:
            count[a.resource_uid] = count.get(a.resource_uid, 0) + 1
    for uid, n in count.items():
        notes.append(
            f"{team_sheet}: the row of {quoted(gone[uid].name, NAME_LIMIT)} was deleted; "
            f"{n} {'assignment' if n == 1 else 'assignments'} removed with them "
            "(the Plan sheet has no People column to say otherwise)"
        )
