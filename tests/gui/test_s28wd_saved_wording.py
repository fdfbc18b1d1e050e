"""Set Baseline's and Clear Baseline's lists say when a baseline and an interim plan were last
saved in one wording, the date as the sheet writes it in the user's locale: the baselines
read "(last saved 2026-01-09 16:30)" beside interim plans' "(last saved on Fri 2026-01-09
16:30)", and both stayed ISO in an American window whose sheet shows 1/9/2026."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.baseline import Baseline
from app.domain.interim_plan import InterimPlan
from app.ui.budget.baseline_dialog import (
    baseline_choices,
    interim_choices,
    interim_overwrite_question,
    overwrite_question,
)

SAVED = datetime(2026, 1, 9, 16, 30)  # a Friday


@pytest.fixture
def american():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_s28wd_baselines_and_interim_plans_say_last_saved_alike():
    baseline = baseline_choices({1: Baseline(1, SAVED)})[1]
    interim = interim_choices({2: InterimPlan(2, (), saved_at=SAVED)})[1]
    assert baseline == "Baseline 1 (last saved on Fri 2026-01-09 16:30)"
    assert interim == "Start2/Finish2 (last saved on Fri 2026-01-09 16:30)"


def test_s28wd_the_lists_and_questions_write_the_users_locale_date(american):
    baseline = Baseline(1, SAVED)
    interim = InterimPlan(2, (), saved_at=SAVED)
    assert (
        baseline_choices({1: baseline})[1] == "Baseline 1 (last saved on Fri 1/9/2026 4:30\u202fPM)"
    )
    assert (
        interim_choices({2: interim})[1]
        == "Start2/Finish2 (last saved on Fri 1/9/2026 4:30\u202fPM)"
    )
    assert (
        overwrite_question(baseline)
        == "Baseline 1 was saved on Fri 1/9/2026 4:30\u202fPM. Overwrite it?"
    )
    assert interim_overwrite_question(interim).startswith(
        "Start2/Finish2 was saved on Fri 1/9/2026 4:30"
    )
