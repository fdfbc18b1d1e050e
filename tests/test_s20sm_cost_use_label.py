"""The import review names the cost per use as the Team view and the Team sheet title it,
"Cost/use", not "Cost per use" (task s20sm)."""

from __future__ import annotations

from app.io.register_sheets import TEAM_COLUMNS
from app.ui.exchange.labels import field_label
from app.ui.team.roster_model import HEADERS, RosterColumn


def test_s20sm_the_review_says_cost_use_as_the_team_view_and_sheet():
    shown = field_label("cost_per_use")
    assert shown == HEADERS[RosterColumn.COST_PER_USE] == "Cost/use"
    assert shown in TEAM_COLUMNS


def test_s20sm_every_rate_the_review_names_is_a_team_sheet_title():
    for field in ("standard_rate", "overtime_rate", "cost_per_use", "max_units"):
        assert field_label(field) in TEAM_COLUMNS, field
