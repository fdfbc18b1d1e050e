"""``gantry diff`` says money, the register's fields and MS Project's accrual words as the
sheet and the Risks view show them: a client's workbook that closed a risk read
``status 'MITIGATING' -> 'CLOSED'``, a fixed cost ``fixed_cost 0 -> 1234.5`` and its accrual
``'PRORATED' -> 'END'``. The --json values stay as they were (scripts read them)."""

from __future__ import annotations

import json
from dataclasses import replace

from app.cli import main
from app.domain.resource import Resource
from app.domain.risk import RiskStatus
from app.domain.task import CostAccrual
from app.formats import write_plan
from tests.gui.conftest import build_plan


def _plans(tmp_path):
    old = build_plan()
    old.add_resource(Resource(1, "Ana", standard_rate=50.0))
    new = build_plan()
    new.add_resource(
        Resource(1, "Ana", standard_rate=50.0, cost_per_use=12.5, accrue_at=CostAccrual.END)
    )
    new.update_task(replace(new.task(5), fixed_cost=1234.5, fixed_cost_accrual=CostAccrual.START))
    risk = new.risks[0]
    new.update_risk(
        replace(
            risk, status=RiskStatus.MITIGATING, probability=0.45, impact=12_345.67, contingency=500
        )
    )
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(old, a)
    write_plan(new, b)
    return str(a), str(b)


def test_s19x_diff_text_says_money_and_words_as_the_views_do(tmp_path, capsys):
    a, b = _plans(tmp_path)
    assert main(["diff", a, b]) == 0
    lines = capsys.readouterr().out.splitlines()
    for expected in (
        "changed  ID 5 'Code': Fixed Cost €0.00 -> €1,234.50",
        "changed  ID 5 'Code': Fixed Cost Accrual Prorated -> Start",
        "changed  resource 1 'Ana': Cost/use €0.00 -> €12.50",
        "changed  resource 1 'Ana': Accrue at Prorated -> End",
        "changed  risk 1 'Vendor late': Probability 30% -> 45%",
        "changed  risk 1 'Vendor late': Impact €10,000.00 -> €12,345.67",
        "changed  risk 1 'Vendor late': Contingency €0.00 -> €500.00",
        "changed  risk 1 'Vendor late': Status Open -> Mitigating",
    ):
        assert expected in lines


def test_s19x_diff_json_values_are_unchanged(tmp_path, capsys):
    a, b = _plans(tmp_path)
    assert main(["diff", a, b, "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    by_field = {(c["entity"], c["field"]): (c["old"], c["new"]) for c in changes}
    assert by_field[("risk", "status")] == ("OPEN", "MITIGATING")
    assert by_field[("task", "fixed_cost_accrual")] == ("PRORATED", "START")
    assert by_field[("risk", "impact")] == (10000, 12345.67)
