"""The Usage view's period columns are as wide as the locale's headings: changed while the
plan is open (German ``Mi. 30. Sept.`` is wider than American ``Wed Sep 30``), the columns
kept the old locale's width, cutting every heading, until the scale was changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.domain.usage_periods import Scale
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def locale():
    """The user's locale set as the system would; the one before is put back after."""
    before = QLocale()

    def change(name: str) -> None:
        QLocale.setDefault(QLocale(name))
        QCoreApplication.sendEvent(QApplication.instance(), QEvent(QEvent.Type.LocaleChange))
        QApplication.processEvents()

    QLocale.setDefault(QLocale("en_US"))
    yield change
    QLocale.setDefault(before)


@pytest.fixture
def usage(qtbot, tmp_path, locale):
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
    win.show_view("usage")
    view = win.views["usage"]
    assert isinstance(view, UsageView)
    yield view
    win.close()


def _headings_fit(view: UsageView) -> bool:
    header = view.grid.horizontalHeader()
    metrics = view.fontMetrics()
    model = view.grid_model
    for column in range(min(model.columnCount(), 40)):
        text = str(model.headerData(column, header.orientation()))
        if metrics.horizontalAdvance(text) > header.sectionSize(column):
            return False
    return True


@pytest.mark.parametrize("scale", [Scale.DAYS, Scale.WEEKS])
def test_s22lo_usage_columns_follow_a_locale_change(usage, locale, scale):
    usage.set_scale(scale)
    header = usage.grid.horizontalHeader()
    american = header.defaultSectionSize()
    assert _headings_fit(usage)
    locale("de_DE")
    german = header.defaultSectionSize()
    assert german > american  # "Mi. 30. Sept." is wider than "Wed Sep 30"
    assert header.sectionSize(0) == german
    assert _headings_fit(usage)
    locale("en_US")  # and back
    assert header.defaultSectionSize() == american
