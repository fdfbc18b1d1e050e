"""The Usage view's period columns are as wide as the widest heading the scale shows in the
user's locale: they measured September's alone, so Finnish 'marras 2027' (November), and
other months' and weekdays' headings wider than September's, were cut."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from app.domain.usage_periods import Scale, period_label
from app.report.timescale_names import date_names
from app.ui.document import Document
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import staffed_plan

LOCALES = ("fi_FI", "en_US", "de_DE", "pt_BR", "ko_KR", "hu_HU", "C")


@pytest.fixture
def view(qtbot):
    before = QLocale()
    widget = UsageView(Document(staffed_plan()))
    qtbot.addWidget(widget)
    yield widget
    QLocale.setDefault(before)


def _year(scale: Scale) -> list[date]:
    days = [date(2027, 1, 1) + timedelta(days=n) for n in range(365)]
    if scale is Scale.WEEKS:
        return [d for d in days if d.weekday() == 0]
    return [d for d in days if d.day == 1] if scale is Scale.MONTHS else days


@pytest.mark.parametrize("name", LOCALES)
def test_s22td_every_heading_of_a_year_fits_its_column(view, name):
    QLocale.setDefault(QLocale(name))
    for scale in Scale:
        view.set_scale(scale)
        view.locale_changed()
        room = view.grid.horizontalHeader().defaultSectionSize()
        names, advance = date_names(), view.fontMetrics().horizontalAdvance
        widest = max(_year(scale), key=lambda d: advance(period_label(d, scale, names)))
        label = period_label(widest, scale, names)
        assert advance(label) + 18 <= room, (name, scale, label)


def test_s22td_finnish_november_is_wider_than_september(view):
    QLocale.setDefault(QLocale("fi_FI"))
    names, advance = date_names(), view.fontMetrics().horizontalAdvance
    november = period_label(date(2027, 11, 1), Scale.MONTHS, names)
    september = period_label(date(2026, 9, 30), Scale.MONTHS, names)
    assert november == "marras 2027"
    assert advance(november) > advance(september)  # what the old measure missed
