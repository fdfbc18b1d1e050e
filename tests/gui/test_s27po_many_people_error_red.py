"""Multiple Resource Information says a refusal in the same red line as every other dialog
(app.ui.dialogs.buttons.error_label), not a red of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.domain.resource import Resource
from app.ui.dialogs.buttons import error_label
from app.ui.document import Document
from app.ui.team.many_people_dialog import ManyPeopleDialog
from app.ui.team.roster_model import RosterColumn
from tests.gui.conftest import build_plan


def test_s27po_refusal_line_is_the_dialogs_red(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Priya Nair"))
    plan.add_resource(Resource(2, "Jonas Weber"))
    dialog = ManyPeopleDialog(Document(plan), [1, 2])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.texts[RosterColumn.MAX_UNITS].setText("-5")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == "Max units: '-5' is negative; type 0% or more"
    shared = error_label()
    assert dialog.error.styleSheet() == shared.styleSheet()
    assert dialog.error.wordWrap()
    dialog.close()
