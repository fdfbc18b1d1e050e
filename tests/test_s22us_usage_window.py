"""Resource Usage as a resource manager uses it, on the real main window: the Peak column
and the Peak Units band, the Indicators column (over-allocated, with when; notes)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.resource import Resource, ResourceType
from app.domain.usage_detail_rows import Detail
from app.report.indicators import Indicator
from app.ui.models.indicators import IndicatorsRole
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import INDICATORS, NAME, PEAK
from tests.test_s21ru_usage_window import crowded_plan, open_usage

TIP = Qt.ItemDataRole.ToolTipRole


def noted_plan():
    """crowded_plan's Ana (over in week 1) and Ben (over in week 3), and Cy, free, with notes;
    the task Draft has notes too."""
    plan = crowded_plan()
    plan.add_resource(Resource(3, "Cy", notes="Back from leave in March"))
    plan.add_resource(Resource(4, "Hotel", type=ResourceType.COST, notes="Booked by HR"))
    plan.update_task(replace(plan.task(2), notes="Check with legal"))
    return plan


def row_named(view, name: str) -> int:
    tree = view.tree_model.tree
    return next(k for k, n in enumerate(view.tree_model.shown) if tree.name(n) == name)


def test_s22us_peak_column_and_peak_units_band(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, noted_plan())
    model = view.tree_model
    assert model.headerData(PEAK, Qt.Orientation.Horizontal) == "Peak"
    ana = row_named(view, "Ana")
    assert model.index(ana, PEAK).data() == "200%"  # Specs and Draft at once
    assert model.index(ana + 1, PEAK).data() == "100%"  # her Specs assignment
    assert model.index(row_named(view, "Cy"), PEAK).data() == "0%"
    view.detail_actions[Detail.PEAK_UNITS].trigger()
    # week 1: 200 % in red (beyond her 100 %); week 3 she is free
    assert view.grid_model.detail_texts(ana, 0) == [("56.0h", True), ("200%", True)]
    assert view.grid_model.detail_texts(ana, 2) == [("", False), ("", False)]
    assert not view.tree.isColumnHidden(PEAK)
    # the visual order is MS Project's: Indicators, the name, Work, Peak, Details
    header = view.tree.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(3)] == [INDICATORS, NAME, 1]
    window.grab().save("/tmp/s22us_peak.png")
    # printed as on screen: a Peak Units line under Ana
    printed = view.print_sheet().lines
    peak_line = printed[printed.index(next(li for li in printed if li.name == "Ana")) + 1]
    assert (peak_line.detail, peak_line.figures) == ("Peak Units", ((0, "200%"),))
    view.set_mode(Mode.TASKS)  # Peak is Resource Usage's, as is Peak Units
    assert view.tree.isColumnHidden(PEAK)
    assert Detail.PEAK_UNITS not in view.grid_model.details


def test_s22us_indicators_say_over_allocated_when_and_notes(tmp_path, qtbot):
    _window, view = open_usage(tmp_path, qtbot, noted_plan())
    model = view.tree_model
    ana, cy = row_named(view, "Ana"), row_named(view, "Cy")
    assert model.index(ana, INDICATORS).data(IndicatorsRole) == (Indicator.OVERALLOCATED,)
    tip = model.index(ana, INDICATORS).data(TIP)
    assert tip.splitlines() == [
        "Ana is over-allocated:",
        "Mon 2026-01-05 to Tue 2026-01-06 (200% of 100%)",
    ]
    assert model.index(cy, INDICATORS).data(IndicatorsRole) == (Indicator.NOTE,)
    assert model.index(cy, INDICATORS).data(TIP) == "Notes: Back from leave in March"
    assert model.index(ana + 1, INDICATORS).data(IndicatorsRole) == ()  # an assignment
    hotel = row_named(view, "Hotel")  # a cost item's notes too
    assert model.index(hotel, INDICATORS).data(IndicatorsRole) == (Indicator.NOTE,)
    view.set_mode(Mode.TASKS)  # a task's marks, as the task sheet shows them
    draft = row_named(view, "Draft")
    assert Indicator.NOTE in model.index(draft, INDICATORS).data(IndicatorsRole)
    assert "Check with legal" in model.index(draft, INDICATORS).data(TIP)
