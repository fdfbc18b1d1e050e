"""Risk money typed on the command line or in the Risks view follows the sheet's rule.

s29rv M3: ``gantry risk edit --impact 12.500`` was taken as €12.50 (and ``1.234`` as
€1.23) while the task sheet refused both as unclear, so a PM scripting an EUR register got
values a thousand times too small. The options and the Risks view's money cells now read
an amount as Fixed Cost does (app.domain.typed_money): unclear against the locale's marks
is one line naming the option (or column), exit 1, the file left as it was. And
``--probability 1`` is 1 % by the register's rule (a whole number is a percentage): taken,
but said, as a PM typing fractions meant a certain risk.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.assets import resource_path
from app.cli import main
from app.store.document import read_plan
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def demo(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # the C locale's marks: 1,234.50
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


@pytest.mark.parametrize(
    ("option", "typed", "said"),
    [
        ("--impact", "12.500", "--impact: '12.500' is unclear: type 12,500 or 12.5"),
        ("--contingency", "1.234", "--contingency: '1.234' is unclear: type 1,234 for thousands"),
        ("--residual-impact", "€ 1.000,50", "--residual-impact: '€ 1.000,50' has its marks"),
    ],
)
def test_s29rm_unclear_money_option_is_refused_naming_it(demo, capsys, option, typed, said):
    before = demo.read_bytes()
    capsys.readouterr()
    assert main(["risk", "edit", str(demo), "--risk", "R-01", option, typed]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"gantry: {said}")
    assert demo.read_bytes() == before


def test_s29rm_clear_money_options_are_taken(demo, capsys):
    argv = ["risk", "edit", str(demo), "--risk", "R-01", "--impact", "12,500"]
    assert main([*argv, "--contingency", "1500.50", "--residual-impact", "€2,000"]) == 0
    risk = next(r for r in read_plan(demo).risks if r.uid == 1)
    assert (risk.impact, risk.contingency, risk.residual_impact) == (12_500, 1500.5, 2000)


def test_s29rm_probability_one_is_one_percent_and_said(demo, capsys):
    capsys.readouterr()
    assert main(["risk", "edit", str(demo), "--risk", "R-01", "--probability", "1"]) == 0
    err = capsys.readouterr().err
    assert "gantry: note: --probability 1 is read as 1 %" in err
    assert "type 100% for a risk that is certain" in err
    risk = next(r for r in read_plan(demo).risks if r.uid == 1)
    assert risk.probability == pytest.approx(0.01)
    assert main(["risk", "edit", str(demo), "--risk", "R-01", "--probability", "100%"]) == 0
    assert "note" not in capsys.readouterr().err


@pytest.fixture
def register(qtbot):
    doc = Document(build_plan())  # one risk: 30 % of €10,000
    view = RiskView(doc)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    yield doc, view
    view.close()


@pytest.mark.parametrize(
    ("column", "typed", "said"),
    [
        (RiskColumn.IMPACT, "12.500", "Impact: '12.500' is unclear: type 12,500 or 12.5"),
        (RiskColumn.CONTINGENCY, "1,5", "Contingency: '1,5' is unclear"),
        (RiskColumn.RESIDUAL_IMPACT, "1.000,50", "Residual impact: '1.000,50' has its marks"),
    ],
)
def test_s29rm_risks_view_refuses_unclear_money(register, column, typed, said):
    doc, view = register
    before = doc.plan.risks[0]
    assert not view.model.setData(view.model.index(0, column), typed, EDIT)
    assert view.message.text().startswith(f"R-01 'Vendor late', {said}")  # s31rk: the risk too
    assert doc.plan.risks[0] == before
    assert doc.undo_stack.count() == 0


def test_s29rm_risks_view_takes_clear_money(register):
    doc, view = register
    assert view.model.setData(view.model.index(0, RiskColumn.IMPACT), "12,500", EDIT)
    assert view.model.setData(view.model.index(0, RiskColumn.RESIDUAL_IMPACT), "1,234.50", EDIT)
    risk = doc.plan.risks[0]
    assert (risk.impact, risk.residual_impact) == (12_500, 1234.5)
