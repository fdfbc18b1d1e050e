"""The Team view's workload chart with other plans' work (Other Plans > Include Work from
Other Plans…, the same plans as the Usage view's: app/ui/other_plans_pool.py): each other
plan that books the person's namesake adds one stack, "[clientC]", so the bars above the
capacity line are what the person has in all the plans together."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QToolButton, QWidget

from app.domain.errors import AppError
from app.domain.pool_load import PoolPlan, person_key
from app.domain.resource import ResourceType
from app.domain.workload import workload_by_task
from app.ui.other_plans_pool import pool_of

_MESSAGE_MS = 8000


def other_plans_days(
    name: str, first: date, n: int, others: Sequence[PoolPlan]
) -> list[tuple[str, np.ndarray]]:
    """Per other plan that books a person named ``name`` (matched as the Usage view does),
    their work there in minutes per day of ``n`` days from ``first``."""
    key = person_key(name)
    out: list[tuple[str, np.ndarray]] = []
    for pp in others:
        res = next(
            (
                r
                for r in pp.plan.resources
                if r.type is ResourceType.WORK and person_key(r.name) == key
            ),
            None,
        )
        if res is None:
            continue
        per_task = workload_by_task(pp.plan, pp.schedule, res.uid, first, n)
        days = sum(per_task.values(), np.zeros(n))
        if float(np.abs(days).sum()) > 1e-6:
            out.append((f"[{pp.label}]", days))
    return out


class TeamOtherPlans:
    """The Team view's Other Plans button: the window's other plans, chosen or left out,
    and the chart drawn again when they change."""

    def __init__(self, view: Any) -> None:
        self.view = view
        self.pool = pool_of(view.document)
        self.last_message = ""
        self.pool.sig_changed.connect(view.refresh_chart)
        QTimer.singleShot(0, self.restore)  # the plans kept for this plan, once the view is up

    def restore(self) -> None:
        """Include again the files kept for this plan, if no view of the window has yet."""
        kept = self.pool.kept(None)
        if kept:
            self.include(kept, keep=False)

    def include(self, paths: list[Path], keep: bool = True) -> bool:
        """Include ``paths``' work (in the Usage view too); False, said, when one cannot be read."""
        try:
            text = self.pool.include(paths, None, keep)
        except AppError as exc:
            self.say(f"Other plans not included: {exc}")
            return False
        self.say(text)
        return True

    def choose(self) -> None:
        """Include Work from Other Plans…: pick the files."""
        from app import formats

        patterns = " ".join(f"*{ext}" for ext in formats.readable_extensions())
        own = self.view.document.path
        names, _filter = QFileDialog.getOpenFileNames(
            self.view,
            "Include Work from Other Plans",
            str(Path(own).parent) if own is not None else "",
            f"Plans ({patterns});;All files (*)",
        )
        if names:
            self.include([Path(n) for n in names])

    def say(self, text: str) -> None:
        """Say ``text`` in the window's status bar (kept in ``last_message``)."""
        self.last_message = text
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, _MESSAGE_MS)

    def button(self) -> QWidget:
        """The "Other Plans" button beside "Workload per"."""
        button = QToolButton()
        button.setText("Other Plans")
        button.setToolTip("Add the work of other plans the same people work on to the chart")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction("Include Work from Other Plans…", self.choose)
        menu.addAction("Leave Out Other Plans' Work", lambda: self.include([]))
        button.setMenu(menu)
        return button
