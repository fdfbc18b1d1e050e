"""Pasting rows of a staffing sheet over people already on the team asks whether to update
them naming only the fields the rows hold ("the pasted rows (Std. rate, Role)"), not the
rates, calendar and max units a copied person carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    before = QLocale()  # the run's default (C, tests/conftest.py), given back after
    QLocale.setDefault(QLocale("en_US"))
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    plan = build_plan()
    plan.add_resource(Resource(1, "Jonas Weber", standard_rate=60.0, role="Dev"))
    path = tmp_path / "crm.gantry"
    GantryFile.create(path, plan).close()
    w = session.open_path(path)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    w.show_view("team")
    yield w
    for opened in list(session.windows):
        opened.close()
    QLocale.setDefault(before)


def test_s27po_sheet_paste_question_names_its_columns(window, monkeypatch):
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:  # the question as shown; Cancel
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    QApplication.clipboard().setText("Name\tStd. rate\tGroup\r\nJonas Weber\t75\tQA\r\n")
    window.views["team"].paste_people()
    assert asked == [
        "Jonas Weber is on this team already. Update this person as in the pasted rows "
        "(Std. rate, Role)?"
    ]
    assert "calendar" not in asked[0]
    person = window.document.plan.resources[0]
    assert (person.standard_rate, person.role) == (60.0, "Dev")  # Cancel: nothing changed
