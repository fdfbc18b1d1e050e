"""The Budget tab's project cards against MS Project's project summary task (UID 0).

test_user9_shown_figures compares each task's row; the cards add the top-level
rows up (project_earned_value, CostReport totals), which is where a summary's
own costs and inactive tasks once went astray. MS Project stores the whole
project's ACWP, BCWP, BCWS, ActualCost and Cost on its project summary task.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from defusedxml import ElementTree

from tests.conformance.test_cost_oracle import NS, _cents, minute_rounding_allowance
from tests.conformance.test_user9_shown_figures import CENT, _files, _ids, _moment


def _project_row(root):
    return next(
        (t for t in root.iterfind(f"{NS}Tasks/{NS}Task") if t.findtext(f"{NS}UID") == "0"), None
    )


@pytest.mark.parametrize("path", _files(), ids=_ids)
def test_project_cards_equal_the_project_summary_task(path, shared_data):
    from app.domain.costs import compute_costs
    from app.domain.earned_value import earned_value, project_earned_value
    from app.domain.scheduler import schedule
    from app.io.mspdi import read_mspdi

    root = ElementTree.parse(path).getroot()
    row = _project_row(root)
    if row is None or row.findtext(f"{NS}Cost") is None:
        pytest.skip("no project summary task with costs in this file")
    plan = read_mspdi(path)
    times = schedule(plan)
    costs = compute_costs(plan, times)
    moment: datetime = _moment(root)
    totals = project_earned_value(plan, earned_value(plan, times, costs, moment))
    by_assignment, _ = minute_rounding_allowance(root)
    slack = CENT + sum(by_assignment.values())
    pairs = [
        ("Cost", costs.total_cost),
        ("ActualCost", costs.total_actual_cost),
        ("ACWP", totals.ac),
    ]
    if costs.budget is not None:  # earned value needs a baseline
        pairs += [("BCWS", totals.pv), ("BCWP", totals.ev)]
    bad = [
        f"{name} {ours} != {_cents(row.findtext(f'{NS}{name}'))}"
        for name, ours in pairs
        if row.findtext(f"{NS}{name}") is not None
        and abs(ours - _cents(row.findtext(f"{NS}{name}"))) > slack
    ]
    assert not bad, "\n".join(bad)
    assert totals.ac == costs.total_actual_cost  # the Actual card and AC are one figure
