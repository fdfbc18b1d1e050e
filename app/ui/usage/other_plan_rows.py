"""Other plans' rows in Resource Usage: how they look (grey italics, read only) and how the
Usage view lays them out when Other Plans > Include Work from Other Plans… has plans;
each opens into its tasks' rows (name, start and finish, work), grey and read only too.

The rows themselves are laid out by app/domain/usage_other_rows.py; this module gives the
view its outline maker and the two panes the rows' look and tips.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.plan import Plan
from app.domain.pool_load import PoolPlan
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.usage_detail_rows import Detail
from app.domain.usage_other_rows import OtherPlansUsageTree, other_plan_rows, other_row_uid
from app.domain.usage_tree import RowKind, UsageTree
from app.ui.usage.rows import OthersRows

OTHER_TEXT = QBrush(QColor(120, 120, 120))
_ITALIC = QFont()
_ITALIC.setItalic(True)
PERSON_TIP = "Total includes work in other plans (read only): {labels}"
ROW_TIP = "Work of {label}, another plan (read only; change it in {label})"
PEAK_TIP = (
    "Peak in all the plans together: this plan's bookings and {labels}'s at the same time "
    "(Cost stays this plan's own)"
)
DETAILS_TIP = (
    "Work, Peak and Peak Units include the work in {labels} (read only); "
    "Cost and Actual Cost are this plan's only"
)
COST_NOTE = "Cost: this plan's work only; the work in {labels} is priced there"
TASK_TIP = "{name} in {label}, another plan: {dates} (read only; change it in {label})"


def others_rows(plans: Sequence[PoolPlan]) -> OthersRows | None:
    """What lays Resource Usage out again with ``plans``' rows (None: no plans)."""
    if not plans:
        return None
    chosen = tuple(plans)

    def lay_out(tree: UsageTree, plan: Plan, schedule: Schedule) -> UsageTree:
        return OtherPlansUsageTree(tree, other_plan_rows(plan, schedule, chosen))

    return lay_out


def first_closed(plan: Plan, plans: Sequence[PoolPlan]) -> set[tuple[str, int]]:
    """The keys of every row of ``plans``' work the people of ``plan`` may get: closed when
    the plans are first included, each opening into its tasks when asked."""
    return {
        ("other", other_row_uid(k, r.uid))
        for k in range(1, len(plans) + 1)
        for r in plan.resources
        if r.type is ResourceType.WORK
    }


def is_other_row(tree: UsageTree, node: int) -> bool:
    """Whether a row is an other plan's or one of its tasks' (read only)."""
    return isinstance(tree, OtherPlansUsageTree) and tree.is_other(node)


def task_dates(tree: UsageTree, node: int, short: bool = False) -> str | None:
    """An other plan's task row's start and finish there, in the user's dates ("Mon
    3/1/2027 to Fri 3/12/2027"; ``short``: without the weekdays, as its name carries
    them); None for any other row."""
    from app.report.locale_dates import local_date

    if not isinstance(tree, OtherPlansUsageTree):
        return None
    task = tree.other_task(node)
    if task is None or task.start is None or task.finish is None:
        return None
    if short:
        return (
            f"{local_date(task.start, weekday=False)} to {local_date(task.finish, weekday=False)}"
        )
    return f"{local_date(task.start)} to {local_date(task.finish)}"


def other_row_name(tree: UsageTree, node: int) -> str:
    """A row's name as the sheet shows and prints it: an other plan's task's with its start
    and finish there ("Design (3/1/2027 to 3/12/2027)"), any other row's own."""
    name = tree.name(node)
    dates = task_dates(tree, node, short=True)
    return name if dates is None else f"{name} ({dates})"


def other_row_look(tree: UsageTree, node: int, role: int, person_tip: bool = True) -> object | None:
    """An other plan's row's font, colour and tip, and a person's row's tip when their total
    includes other plans' work (``person_tip``); None where the row is drawn as any other."""
    if not isinstance(tree, OtherPlansUsageTree):
        return None
    if is_other_row(tree, node):
        if role == Qt.ItemDataRole.FontRole:
            return _ITALIC
        if role == Qt.ItemDataRole.ForegroundRole:
            return OTHER_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            other = tree.other_plan(node)
            assert other is not None
            dates = task_dates(tree, node)
            if dates is not None:
                return TASK_TIP.format(name=tree.name(node), label=other.label, dates=dates)
            return ROW_TIP.format(label=other.label)
        return None
    if person_tip and role == Qt.ItemDataRole.ToolTipRole and tree.kind[node] == RowKind.RESOURCE:
        others = tree.others_of.get(tree.ref[node])
        if others:
            return PERSON_TIP.format(labels=", ".join(o.label for o in others))
    return None


def shared_labels(tree: UsageTree, node: int) -> str | None:
    """The other plans booking a person's row ("clientC, clientD"); None: none does or not
    a person's row."""
    if not isinstance(tree, OtherPlansUsageTree) or tree.kind[node] != RowKind.RESOURCE:
        return None
    others = tree.others_of.get(tree.ref[node])
    return ", ".join(o.label for o in others) if others else None


def shared_tip(tree: UsageTree, node: int, peak: bool) -> str | None:
    """The tip of a person's Peak (``peak``) or Details cell when other plans book them:
    what counts those plans (Work, Peak, Peak Units) and what not (Cost)."""
    labels = shared_labels(tree, node)
    if labels is None:
        return None
    return (PEAK_TIP if peak else DETAILS_TIP).format(labels=labels)


def cost_note(tree: UsageTree, node: int, details: Sequence[Detail]) -> str | None:
    """A person's cell's line saying its Cost is this plan's only, when other plans book
    them and a cost detail shows (None otherwise)."""
    money = (Detail.COST, Detail.ACTUAL_COST, Detail.BASELINE_COST, Detail.CUMULATIVE_COST)
    if not any(d in money for d in details):
        return None
    labels = shared_labels(tree, node)
    return None if labels is None else COST_NOTE.format(labels=labels)


def refusal(tree: UsageTree, node: int) -> str | None:
    """Why an other plan's row's cell takes no typing (None: not such a row)."""
    if isinstance(tree, OtherPlansUsageTree):
        return tree.read_only_note(node)
    return None
