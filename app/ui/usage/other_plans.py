"""The Usage view's "Other Plans" button: Include Work from Other Plans… (MS Project's
resource pool, for a team whose people work on several plans).

The files chosen are read and scheduled once (read only, never written) and kept in the
settings for this plan, so the view includes them again next time. A person of this plan
(matched by name in the others, any case) is then over-allocated where their work in all
the plans together is more than they have: those cells turn red and Go to Next
Overallocation stops there (app/domain/pool_load.other_plans_over). Resource Usage draws
one grey read-only row per other plan under each person it books, added into the person's
figures (app/ui/usage/other_plan_rows.py); a person's cell's tip names each plan's work then.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QToolButton, QWidget
from shiboken6 import isValid

from app.domain.pool_bookings import PooledBookings, spans_elsewhere
from app.domain.pool_load import other_plans_over, other_plans_work
from app.domain.usage_other_rows import other_plans_span
from app.ui.other_plans_pool import OtherPlansChooser
from app.ui.settings import Settings
from app.ui.usage.other_plan_rows import first_closed, others_rows
from app.ui.usage.rows import Mode

if TYPE_CHECKING:
    from app.domain.usage import Periods
    from app.domain.usage_bookings import Bookings
    from app.domain.usage_tree import UsageTree


class OtherPlans(OtherPlansChooser):
    """The other plans one Usage view includes (its window's: app/ui/other_plans_pool.py),
    and the red cells and rows they add."""

    def __init__(self, view: Any, settings: Settings | None = None) -> None:
        super().__init__(view, settings)
        self._memo: dict[tuple[int, int, bytes], np.ndarray] = {}
        self._tip_memo: tuple[object, dict[int, list[tuple[str, np.ndarray]]]] = (None, {})
        self._pooled: tuple[object, object, Bookings] | None = None
        self.pool.sig_changed.connect(self._on_pool_changed)

    def restore(self) -> None:
        """Include again the files kept for this plan (those still readable), once a window;
        show those the window includes already (chosen in the Team view)."""
        if self.pool.plans:
            self._on_pool_changed()
            return
        kept = self.pool.kept(self.settings)
        if kept:
            self.include(kept, keep=False)

    def _on_pool_changed(self) -> None:
        if not isValid(self.view):  # a view closed before its window: the pool outlives it
            return
        # their rows under each person, the periods reaching their work before or after
        # this plan's (the row's Work counts it all)
        plans = self.plans
        span_of = partial(other_plans_span, others=tuple(plans)) if plans else None
        self.view.tables.set_with_others(others_rows(plans), span_of)
        # each plan's row shows closed at first (its tasks one click away), as before
        self.view._closed[Mode.RESOURCES] |= first_closed(self.view.document.plan, self.plans)
        self._memo.clear()
        self._tip_memo = (None, {})
        self._pooled = None
        self.view.refresh()

    def bookings(self, base: Bookings) -> Bookings:
        """Who is booked when for Peak and Peak Units: ``base`` (this plan's), each person's
        level adding their bookings in the other plans when some are included."""
        plans = self.plans
        if not plans:
            return base
        memo = self._pooled
        if memo is not None and memo[0] is base and memo[1] is plans:
            return memo[2]
        pooled = PooledBookings(base, spans_elsewhere(base.plan, plans))
        self._pooled = (base, plans, pooled)
        return pooled

    def over(self, tree: UsageTree, periods: Periods) -> np.ndarray | None:
        """People x periods over-allocated with the other plans' work added (None: none)."""
        if not self.plans:
            return None
        memo = (id(tree.usage), id(self.view.document.schedule), periods.bounds.tobytes())
        found = self._memo.get(memo)
        if found is None:
            doc = self.view.document
            found = other_plans_over(
                doc.plan, doc.schedule, tree.usage.resources, periods, self.plans
            )
            self._memo = {memo: found}
        return found

    def tip(self, tree: UsageTree, periods: Periods, person: int, column: int) -> str | None:
        """A person's cell's tip: each other plan's work of theirs in the period, read only
        (None when no other plan is included or none books them then)."""
        if not self.plans or not 0 <= column < len(periods):
            return None
        doc = self.view.document
        memo = (id(tree.usage), id(doc.schedule), periods.bounds.tobytes())
        if self._tip_memo[0] != memo:
            self._tip_memo = (memo, {})
        table = self._tip_memo[1]
        if person not in table:
            res = tree.usage.resources[person]
            table[person] = other_plans_work(doc.plan, doc.schedule, res, periods, self.plans)
        lines = [
            f"{label}: {minutes / 60:.1f}h"
            for label, row in table[person]
            if (minutes := float(row[column])) >= 3
        ]
        if not lines:
            return None
        return "Work in other plans (read only):\n" + "\n".join(lines)


def other_plans_button(view: Any, others: OtherPlans) -> QWidget:
    """The "Other Plans" button with its menu (``others.over`` the view gives its grid model
    for the red cells)."""
    button = QToolButton()
    button.setText("Other Plans")
    button.setToolTip("Include work from other plans the same people work on")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction("Include Work from Other Plans…", others.choose)
    menu.addAction("Leave Out Other Plans' Work", others.leave_out)
    button.setMenu(menu)
    QTimer.singleShot(0, others.restore)  # the plans kept for this plan, once the view is up
    return button
