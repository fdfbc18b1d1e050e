"""Where the dashed status line crosses the S-curve, the chart must read what the Budget
table says: PV, EV and AC at the status date (values of a day are drawn at its end)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest

from app.domain.earned_value import project_earned_value
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.unit.test_user2_s_curve import _plan

STATUS = datetime(2026, 3, 6, 17, 0)


def _at(curve, x):
    xs, ys = curve.getData()
    return float(np.interp(x, xs, ys))


def test_chart_meets_the_table_at_the_status_line(qtbot):
    plan = _plan()
    plan.project = replace(plan.project, status_date=STATUS)
    doc = Document(plan)
    view = BudgetView(doc, clock=lambda: STATUS)
    qtbot.addWidget(view)
    view.show()
    totals = project_earned_value(doc.plan, view.model.values)
    assert totals.pv == pytest.approx(4000.0)
    assert totals.ac == pytest.approx(2400.0)
    chart = view.chart
    x = chart.status.value()
    assert _at(chart.pv, x) == pytest.approx(totals.pv)
    assert _at(chart.ev, x) == pytest.approx(totals.ev)
    assert _at(chart.ac, x) == pytest.approx(totals.ac)
    # A day's planned value is all there by the end of that day, not at its midnight start
    # (where the curve starts at nought, s17x1).
    xs, ys = chart.pv.getData()
    assert (xs[0], ys[0]) == (datetime(2026, 3, 2).timestamp(), 0.0)
    first_x, first_pv = xs[1], ys[1]
    assert first_pv == pytest.approx(800.0)
    assert first_x == pytest.approx(datetime(2026, 3, 3).timestamp())
