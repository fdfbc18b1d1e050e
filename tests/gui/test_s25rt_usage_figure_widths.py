"""The Usage view's period columns are as wide as their figures too: sized to the widest
heading alone, a month's cost total (``€18,938.67``) lost its ``€`` (``18.938,67 €`` its
digits in German). Each figure of the rows shown fits its column, in bold as totals are."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.ui.document import Document
from app.ui.usage.view import UsageView

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Billing", start=datetime(2027, 3, 1, 8), currency_symbol="€"))
    plan.append_task(Task(1, "Architecture", duration_minutes=40 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=112.7897))  # €20,753.30 in a month of 184 h
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * DAY))
    return plan


@pytest.fixture
def view(qtbot):
    before = QLocale()
    widget = UsageView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    with qtbot.waitExposed(widget):
        widget.show()
    yield widget
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["C", "de_DE"])
def test_s25rt_every_month_figure_fits_its_column(view, name):
    QLocale.setDefault(QLocale(name))
    view.locale_changed()
    view.set_scale(Scale.MONTHS)
    view.set_details([Detail.WORK, Detail.COST])
    model = view.grid_model
    room = view.grid.horizontalHeader().defaultSectionSize()
    bold = QFont(view.grid.font())
    bold.setBold(True)
    advance = QFontMetrics(bold).horizontalAdvance
    texts = [
        text
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for text, _over in model.detail_texts(row, column)
        if text
    ]
    assert any("€" in t and len(t) >= 10 for t in texts), texts  # a month's cost: €20,753.30
    widest = max(texts, key=advance)
    assert advance(widest) + 18 <= room, (widest, room)
    view.grab().save(f"/tmp/s25rt_usage_{name}.png")
