"""What a Gantt chart is asked to draw: the View menu's toggles, the rows and where they
lie, and the Task Path colours; shared by the screen, paper, PDF and PNG."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtGui import QColor

from app.domain.task_path import PathKind
from app.report.bar_labels import RightLabel


@dataclass(frozen=True, slots=True)
class ChartOptions:
    """What the chart shows besides the bars (the View menu's toggles)."""

    show_critical: bool = True
    show_baseline: bool = False
    show_slack: bool = False
    show_links: bool = True
    show_resources: bool = True
    show_nonworking: bool = True
    # View > Leveling Gantt: each task's bar before leveling drawn above its bar (as MS
    # Project's; app/domain/leveling_fields.py works the dates out).
    show_preleveled: bool = False
    # The text right of each bar: the people (while show_resources is on), the % complete
    # (View > Tracking Gantt, as MS Project's) or none (app/report/bar_labels.py).
    right_label: RightLabel | None = "people"
    today: datetime | None = None
    status_date: datetime | None = None
    # Format > Task Path: the highlighted tasks, each with its path (printed in the path's
    # colour, as the window shows them). Left out of the hash: a dict has none.
    path: Mapping[int, PathKind] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class ChartRow:
    """A task's row: its uid and where the row lies vertically."""

    uid: int
    top: float
    height: float


# MS Project's Task Path colours (the window's Format > Task Path draws the same).
PATH_COLORS: dict[PathKind, QColor] = {
    PathKind.PREDECESSORS: QColor(204, 163, 0),  # mustard
    PathKind.DRIVING_PREDECESSORS: QColor(237, 125, 49),  # orange
    PathKind.SUCCESSORS: QColor(112, 48, 160),  # purple
    PathKind.DRIVEN_SUCCESSORS: QColor(181, 143, 214),  # light purple
}
# The order the legend lists them in (the Format > Task Path menu's).
PATH_ORDER = (
    PathKind.PREDECESSORS,
    PathKind.DRIVING_PREDECESSORS,
    PathKind.SUCCESSORS,
    PathKind.DRIVEN_SUCCESSORS,
)


def path_kinds_in(path: Mapping[int, PathKind], uids: Iterable[int]) -> tuple[PathKind, ...]:
    """The paths that mark at least one of ``uids``, in the legend's order."""
    if not path:
        return ()
    found = {kind for uid in uids if (kind := path.get(uid)) is not None}
    return tuple(k for k in PATH_ORDER if k in found)
