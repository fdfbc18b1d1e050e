"""Money is kept to its currency's decimals, as MS Project keeps it, so rows add up to their
total to the cent and a diff lists no "$1,000.00 -> $1,000.00".

A controller (s31xf) typed a Fixed Cost of $1,234.567 in the window and 1000.005 in the
returned workbook: both were kept as typed, the Budget PDF's rows summed to 15,200.30
under a total of 15,200.31, and the diff called 1,000.005 against 1,000 a change.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.diff import diff_plans
from app.domain.money import NO_MARKS
from app.domain.money_round import round_money
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.domain.typed_money import read_typed_money
from app.io.sheet_money import read_amount, read_cost


@pytest.mark.parametrize(
    ("amount", "digits", "kept"),
    [
        (1000.005, 2, 1000.01),
        (1234.567, 2, 1234.57),
        (-0.005, 2, -0.01),
        (2.675, 2, 2.68),
        (1.2345, 3, 1.235),  # dinars' fils
        (150.5, 0, 151.0),  # yen
        (-0.001, 2, 0.0),
    ],
)
def test_s31ev_money_rounds_half_away_from_zero(amount, digits, kept):
    assert round_money(amount, digits) == kept
    assert str(round_money(amount, digits)) != "-0.0"


def test_s31ev_typed_fixed_cost_keeps_the_cents():
    assert read_typed_money("$1,234.567", ("$", "USD"), NO_MARKS, "Fixed Cost") == 1234.57
    assert read_typed_money("1234.5", ("$",), NO_MARKS, "Fixed Cost", 0) == 1235.0


def test_s31ev_workbook_amounts_keep_the_cents():
    assert read_cost(1000.005, ("$",), 2) == 1000.01
    assert read_amount(95.125, ("$",), 2) == 95.13
    assert read_amount(1.2345, ("KWD",), 3) == 1.235


def _plan(fixed: float, per_use: float = 0.0) -> Plan:
    plan = Plan(project=Project(name="Costs"))
    plan.append_task(Task(1, "Design", 1, duration_minutes=480, fixed_cost=fixed))
    plan.add_resource(Resource(1, "Ben", standard_rate=50.0, cost_per_use=per_use))
    return plan


def _changed(old: Plan, new: Plan) -> set[str]:
    return {c.field for c in diff_plans(old, new) if c.kind == "changed"}


def test_s31ev_diff_compares_money_at_the_currencys_digits():
    assert "fixed_cost" not in _changed(_plan(1000.0), _plan(1000.004))
    assert "fixed_cost" in _changed(_plan(1000.0), _plan(1000.01))
    assert "cost_per_use" not in _changed(_plan(0.0, 200.0), _plan(0.0, 200.001))
    assert "cost_per_use" in _changed(_plan(0.0, 200.0), _plan(0.0, 200.5))
    yen, typed = _plan(1000.0), _plan(1000.4)
    for plan in (yen, typed):
        plan.project = replace(plan.project, currency="JPY", currency_digits=0)
    assert "fixed_cost" not in _changed(yen, typed)


def test_an_amount_too_large_for_cents_is_left_for_its_reader_to_refuse() -> None:
    # 1e307 in a workbook's rate cell made Decimal overflow before the cell was refused
    from app.domain.money_round import round_money

    assert round_money(1e307) == 1e307
    assert round_money(-1e20) == -1e20
    assert round_money(123456789012.345) == 123456789012.35
