"""A new plan (File > New) on a system whose locale names no currency (C, POSIX) has none,
by the rule a file naming none follows in the window and every command
(app/report/system_currency.py), rather than Gantry's euro; in Germany it is in euro. The
locale is set for the test and put back after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.main_window import MainWindow

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def locale():
    """Set the user's locale for the test (QLocale.setDefault); the one before after."""
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


@pytest.fixture
def session(tmp_path):
    from app.ui.app import Session
    from app.ui.settings import Settings

    return Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))


@pytest.fixture
def window(session, tmp_path, qtbot):
    """A window on a plan of its own, whose File > New the tests use."""
    win = session.create_plan(tmp_path / "first.gantry", Plan(project=Project(name="first")))
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_s21lc_a_new_plan_on_a_c_locale_names_no_currency(
    window, session, tmp_path, monkeypatch, qtbot, locale
):
    locale(QLocale.c())
    target = tmp_path / "fresh.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["new_plan"].trigger()
    fresh = session.windows[-1]
    qtbot.addWidget(fresh)
    assert fresh.document.path == target
    project = fresh.document.plan.project
    assert (project.currency, project.currency_symbol) == ("", "")  # not Gantry's €
    assert project.currency_stated  # the plan's own from now on, as File > Open makes it
    assert fresh.status_cost.text() == "Cost: 0.00"


def test_s21lc_a_new_plan_in_germany_is_in_euro(
    window, session, tmp_path, monkeypatch, qtbot, locale
):
    locale(GERMAN)
    target = tmp_path / "neu.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    window.action_collection["new_plan"].trigger()
    fresh = session.windows[-1]
    qtbot.addWidget(fresh)
    project = fresh.document.plan.project
    assert (project.currency, project.currency_symbol) == ("EUR", "€")
