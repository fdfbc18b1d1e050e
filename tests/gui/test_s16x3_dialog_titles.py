"""Dialog titles in MS Project's capitals, as the menu items that open them.

Found opening every dialog from the menus at 1024x700: Project > Set Baseline…
opened 'Set baseline', Move Project… 'Move project', Recurring Task… 'Recurring
task information' (MS Project: Recurring Task Information), and the Budget
view's buttons read 'Set baseline…' beside the menu's 'Set Baseline…'.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.dialogs.move_project_dialog import MoveProjectDialog
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.mark.parametrize(
    ("make", "title"),
    [
        (lambda plan: SetBaselineDialog(False, {}), "Set Baseline"),
        (lambda plan: MoveProjectDialog(datetime(2026, 3, 2, 8), 0), "Move Project"),
        (lambda plan: RecurringTaskDialog(plan, "Stand-up", None), "Recurring Task Information"),
    ],
)
def test_the_title_has_the_menu_items_capitals(qtbot, make, title):
    dialog = make(build_plan())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title


def test_the_budget_buttons_read_as_the_menu(qtbot):
    view = BudgetView(Document(build_plan()))
    qtbot.addWidget(view)
    texts = {a.text() for a in view.actions_by_id.values()}
    assert texts == {"Set Baseline…", "Clear Baseline…", "Export Chart…"}
