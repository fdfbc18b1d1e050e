"""Dates that showed ISO beside the German sheet: the Budget view's header (and its empty
plan's 'currency ' with nothing after), the import review's moments, Copy Picture's dates."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.budget.view import BudgetView
from app.ui.dialogs.copy_picture_dialog import CopyPictureDialog, RowCounts
from app.ui.document import Document
from app.ui.exchange.labels import show_value
from tests.gui.conftest import build_plan


@pytest.fixture
def use_locale():
    saved = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(saved)


def test_s23dd_budget_header_writes_the_date_as_the_sheet(qtbot, use_locale):
    use_locale("de_DE")
    view = BudgetView(Document(build_plan()), clock=lambda: datetime(2026, 11, 27, 17, 0))
    qtbot.addWidget(view)
    text = view.status_label.text()
    assert "27.11.2026" in text
    assert "2026-11-27" not in text


def test_s23dd_an_empty_plans_budget_header_ends_in_no_bare_word(qtbot, use_locale):
    use_locale("en_US")
    plan = Plan(project=Project(name="Empty", start=datetime(2026, 3, 2, 8), currency=""))
    view = BudgetView(Document(plan), clock=lambda: datetime(2026, 3, 2, 9, 0))
    qtbot.addWidget(view)
    text = view.status_label.text()
    assert not text.rstrip().endswith("currency")
    assert "3/2/2026" in text


@pytest.mark.parametrize(
    ("name", "shown"), [("de_DE", "18.01.2027 08:00"), ("C", "2027-01-18 08:00")]
)
def test_s23dd_the_review_writes_moments_as_the_sheet(use_locale, name, shown):
    use_locale(name)
    project = Project(name="P", start=datetime(2027, 1, 4, 8))
    assert show_value("start", "2027-01-18T08:00", project) == shown
    assert show_value("constraint", "SNET 2027-01-18T08:00", project).endswith(shown)


def test_s23dd_copy_picture_dates_are_german_days(qtbot, use_locale):
    use_locale("de_DE")
    counts = RowCounts(screen=3, selected=0, all=3, limit=100)
    dialog = CopyPictureDialog(counts, (datetime(2026, 3, 2), datetime(2026, 4, 1)))
    qtbot.addWidget(dialog)
    assert dialog.date_from.text() == "Mo. 02.03.2026"
    dialog.between.setChecked(True)
    dialog.date_to.setText("Sonntag")
    dialog.date_to.commit()
    assert "Sonntag" in (dialog.date_to.problem or "")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "Sonntag" in dialog.problem()
    dialog.date_to.setText("1.4.2026")
    dialog.date_to.commit()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    choice = dialog.choice()
    assert (choice.date_from, choice.date_to) == (datetime(2026, 3, 2), datetime(2026, 4, 2))
