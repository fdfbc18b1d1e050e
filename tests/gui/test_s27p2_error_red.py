"""The Team view's refusal line and the Budget view's bad figures spoke a red of their own
(#c81e1e, the Team line not wrapping); they now use the dialogs' red (error_label, ERROR_RED)."""

from __future__ import annotations

from app.ui.budget.view import BudgetView
from app.ui.dialogs.buttons import ERROR_RED, error_label
from app.ui.document import Document
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView
from tests.gui.test_team_view import _plan
from tests.test_s20ev_status_date_ev import FRI2, WED
from tests.test_s20ev_status_date_ev import _plan as _ev_plan


def test_s27p2_team_refusal_is_the_dialogs_wrapping_red(qtbot):
    view = TeamView(Document(_plan()))
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    index = view.model.index(0, RosterColumn.MAX_UNITS)
    assert not view.model.setData(index, "-5")
    assert view.error.text()  # the reason is said
    assert view.error.styleSheet() == error_label().styleSheet()
    assert view.error.wordWrap()
    view.close()


def test_s27p2_budget_bad_figure_is_the_dialogs_red(qtbot):
    view = BudgetView(Document(_ev_plan(status=WED)), clock=lambda: FRI2)
    qtbot.addWidget(view)
    assert view.cards["cpi"].value.text() == "0.80"  # under 0.95: bad
    assert view.cards["cpi"].value.styleSheet() == f"color: {ERROR_RED}"
    assert ERROR_RED in error_label().styleSheet()
