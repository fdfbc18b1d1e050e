"""Team member dialog: negative rates and availability are refused, as in the roster.

Found by typing -100 as a standard rate in rate table B and -50 % as an availability:
the roster refuses a negative rate ("Std. rate cannot be negative"), but the dialog took
both, giving negative costs and a person over-allocated whatever they did.
"""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.resource import Resource
from app.ui.team.resource_dialog import ResourceDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def dialog(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    widget = ResourceDialog(plan, plan.resource(1))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "cells",
    [
        ["", "-100", "0", "0"],
        ["", "100", "-1", "0"],
        ["", "100", "0", "-5"],
    ],
)
def test_a_negative_rate_is_refused(dialog, cells):
    dialog.rate_grids[1].add_row(cells)
    with pytest.raises(InputError, match=r"rate table B.*negative"):
        dialog.resource()


def test_a_negative_availability_is_refused(dialog):
    dialog.availability.add_row(["2026-03-02", "2026-03-06", "-50"])
    with pytest.raises(InputError, match=r"availability.*negative"):
        dialog.resource()


def test_zero_is_fine(dialog):
    dialog.rate_grids[1].add_row(["", "0", "0", "0"])
    dialog.availability.add_row(["2026-03-02", "2026-03-06", "0"])
    ana = dialog.resource()
    assert ana.availability[0].units == 0.0


@pytest.mark.parametrize("text", ["nan", "inf", "1e999"])
def test_the_roster_refuses_max_units_that_are_not_numbers(qtbot, text):
    from PySide6.QtCore import Qt

    from app.ui.document import Document
    from app.ui.team.roster_model import RosterColumn
    from app.ui.team.view import TeamView

    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    model = view.model
    assert not model.setData(model.index(0, RosterColumn.MAX_UNITS), text, Qt.ItemDataRole.EditRole)
    assert text in view.error.text()
    assert doc.plan.resource(1).max_units == 1.0
