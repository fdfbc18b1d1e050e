"""The Team view's workload chart with other plans' work (Other Plans > Include Work from
Other Plans…, the same plans as the Usage view's: app/ui/other_plans_pool.py): each other
plan that books the person's namesake adds one stack, "[clientC]", so the bars above the
capacity line are what the person has in all the plans together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.domain.pool_load import PoolPlan, person_key
from app.domain.resource import Resource, ResourceType
from app.domain.workload import workload_by_task
from app.ui.other_plans_pool import OtherPlansChooser


def _namesake(pp: PoolPlan, key: str) -> Resource | None:
    """``pp``'s person whose name matches ``key`` (:func:`person_key`), if any."""
    return next(
        (r for r in pp.plan.resources if r.type is ResourceType.WORK and person_key(r.name) == key),
        None,
    )


def other_plans_span(name: str, others: Sequence[PoolPlan]) -> tuple[date, date] | None:
    """The first and last day of the tasks booking a person named ``name`` in ``others``
    (None: none does), so the chart's axis covers their work there too."""
    key = person_key(name)
    days: list[date] = []
    for pp in others:
        res = _namesake(pp, key)
        if res is None:
            continue
        for a in pp.plan.assignments_of_resource(res.uid):
            times = pp.schedule.get(a.task_uid)
            if times is not None:
                days += [times.start.date(), times.finish.date()]
    return (min(days), max(days)) if days else None


def other_plans_days(
    name: str, first: date, n: int, others: Sequence[PoolPlan]
) -> list[tuple[str, np.ndarray]]:
    """Per other plan that books a person named ``name`` (matched as the Usage view does),
    their work there in minutes per day of ``n`` days from ``first``."""
    key = person_key(name)
    out: list[tuple[str, np.ndarray]] = []
    for pp in others:
        res = _namesake(pp, key)
        if res is None:
            continue
        per_task = workload_by_task(pp.plan, pp.schedule, res.uid, first, n)
        days = sum(per_task.values(), np.zeros(n))
        if float(np.abs(days).sum()) > 1e-6:
            out.append((f"[{pp.label}]", days))
    return out


class TeamOtherPlans(OtherPlansChooser):
    """The Team view's Other Plans button: the window's other plans, chosen or left out,
    and the chart drawn again when they change."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.pool.sig_changed.connect(view.refresh_chart)
        QTimer.singleShot(0, self.restore)  # the plans kept for this plan, once the view is up

    def restore(self) -> None:
        """Include again the files kept for this plan, if no view of the window has yet."""
        kept = self.pool.kept(None)
        if kept:
            self.include(kept, keep=False)

    def button(self) -> QWidget:
        """The "Other Plans" button beside "Workload per"."""
        button = QToolButton()
        button.setText("Other Plans")
        button.setToolTip("Add the work of other plans the same people work on to the chart")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction("Include Work from Other Plans…", self.choose)
        menu.addAction("Leave Out Other Plans' Work", self.leave_out)
        button.setMenu(menu)
        return button
