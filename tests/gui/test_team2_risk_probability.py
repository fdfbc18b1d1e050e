"""Risk probability typed as a fraction ("0.4", as in Excel) means 40 %; "40" and "40%" too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn, parse_probability
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.4", 0.4),
        ("0,4", 0.4),
        (".25", 0.25),
        (" 0.05 ", 0.05),
        ("40", 0.4),
        ("40%", 0.4),
        ("40 %", 0.4),
        ("0.4%", 0.004),  # with the sign it is what it says
        ("1", 0.01),  # no decimal point: percent
        ("1.0", 0.01),  # not below 1
        ("0", 0.0),
        ("0.0", 0.0),
        ("100", 1.0),
        ("12.5", 0.125),
    ],
)
def test_what_a_typed_probability_means(text, expected):
    assert parse_probability(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["-0.4", "150", "lots"])
def test_still_refused(text):
    with pytest.raises(InputError):
        parse_probability(text)


@pytest.fixture
def register(qtbot):
    doc = Document(build_plan())  # one risk: 30 %
    view = RiskView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


def test_the_cell_takes_a_fraction_and_says_so(register):
    doc, view = register
    index = view.model.index(0, RiskColumn.PROBABILITY)
    assert "0.4" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "40 %" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.setData(index, "0.4", EDIT)
    assert doc.plan.risks[0].probability == pytest.approx(0.4)
    assert index.data() == "40%"
    doc.undo_stack.undo()
    assert doc.plan.risks[0].probability == pytest.approx(0.3)


def test_a_half_percent_risk_survives_its_own_edit_text(register):
    doc, view = register
    doc.plan.update_risk(replace(doc.plan.risks[0], probability=0.005))
    index = view.model.index(0, RiskColumn.PROBABILITY)
    text = index.data(EDIT)
    assert text == "0.5%"  # the editor opens on the sign, so Enter keeps 0.5 %
    view.model.setData(index, text, EDIT)
    assert doc.plan.risks[0].probability == pytest.approx(0.005)
