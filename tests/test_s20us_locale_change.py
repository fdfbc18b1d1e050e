"""A change of the user's locale while a plan is open shows in every figure at once: the task
sheet's cells (kept formatted until they change), the status bar's cost, the Budget cards,
the Risks total, the Team's roster and assignments, and the Usage view's work and money,
without opening the plan again. Gantry has no Options page for the locale: the system's
change reaches the window as QEvent.LocaleChange (here: QLocale.setDefault, then that
event, as Qt sends it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.domain.usage_tree import MONEY
from app.ui.models.task_edits import Column
from app.ui.usage.local_figures import figure_text
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def locale():
    """Set the user's locale as the system would; the one before is put back after."""
    before = QLocale()

    def change(name: str) -> None:
        QLocale.setDefault(QLocale(name))
        QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.LocaleChange))
        QApplication.processEvents()

    QLocale.setDefault(QLocale("en_US"))
    yield change
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, tmp_path, locale):
    from app.ui.app import Session
    from app.ui.settings import Settings

    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 800)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


def _cost_cell(window) -> str:
    model = window.model
    return model.index(0, Column.COST).data()  # Initiation and discovery


def _labels(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " | ".join(label.text() for label in widget.findChildren(QLabel))


def test_s20us_every_view_follows_a_locale_change(window, locale):
    for name in ("team", "budget", "risks", "usage", "gantt"):  # each built, then hidden
        window.show_view(name)
    usage = window.views["usage"]
    assert isinstance(usage, UsageView)
    usage.set_mode(Mode.TASKS)
    assert _cost_cell(window) == "€16,600.00"
    assert window.status_cost.text() == "Cost: €207,210.00"
    assert "€207,210.00" in _labels(window.views["budget"])
    assert "€55,250" in _labels(window.views["risks"])
    assert usage.tree_model.index(0, 1).data() == "180.0h"

    locale("de_DE")
    assert _cost_cell(window) == "€16.600,00"  # the sheet's kept text formatted again
    assert window.status_cost.text() == "Cost: €207.210,00"
    budget = _labels(window.views["budget"])
    assert "€207.210,00" in budget
    assert "€207,210.00" not in budget
    assert "Exposure of risks not closed: €55.250" in _labels(window.views["risks"])
    team = window.views["team"]
    roster = [
        team.table.model().index(0, c).data() for c in range(team.table.model().columnCount())
    ]
    assert "€9.500,00" in roster
    costs = [team.assignments.item(r, 3).text() for r in range(team.assignments.rowCount())]
    assert costs
    assert all("," in c for c in costs if c)
    assert usage.tree_model.index(0, 1).data() == "180,0h"
    shown = [usage.grid_model.index(0, c).data() for c in range(usage.grid_model.columnCount())]
    assert "52,0h" in shown

    locale("en_US")  # and back
    assert _cost_cell(window) == "€16,600.00"
    assert window.status_cost.text() == "Cost: €207,210.00"
    assert usage.tree_model.index(0, 1).data() == "180.0h"


def test_s20us_usage_figures_in_two_locales(window):
    usage = window.views.get("usage") or (window.show_view("usage"), window.views["usage"])[1]
    tree = usage.tree_model.tree
    german, american = QLocale("de_DE"), QLocale("en_US")
    assert figure_text(tree, 1234.5 * 60, "h", german) == "1.234,5h"
    assert figure_text(tree, 1234.5 * 60, "h", american) == "1,234.5h"
    assert figure_text(tree, 1234.5, "m³", german) == "1.234,5 m³"  # the unit as it is
    assert figure_text(tree, 1234.5, MONEY, german) == "€1.234,50"
    assert figure_text(tree, 1234.5, MONEY, american) == "€1,234.50"
