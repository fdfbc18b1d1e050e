"""``gantry baseline`` said the budget in C marks (``budget €207,210.00``) where ``gantry
info`` and the window say it in the system's (``€207.210,00`` in German); the status
report's scales gave each label September's width, where Finnish ``marras 2027`` is wider
and overlapped the next month's, and gave a week's label (``28 Mar``) a month's width, so
the last week of a short plan went unlabelled."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetricsF

from app.assets import resource_path
from app.cli import main
from app.report.fonts import report_font
from app.report.status_chart import scale_ticks
from app.report.timescale_names import date_names

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _baseline_said(lang: str, tmp_path: Path) -> str:
    plan = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), plan)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "baseline", str(plan), "-o", str(tmp_path / "out.gantry")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout


def test_s22lo_baseline_says_the_budget_in_the_systems_numbers(tmp_path):
    assert "budget €207.210,00;" in _baseline_said("de_DE.UTF-8", tmp_path)
    assert "budget €207,210.00;" in _baseline_said("C.UTF-8", tmp_path)  # as before


def test_s22lo_baseline_in_c_in_process(tmp_path, capsys):
    plan = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), plan)
    assert main(["baseline", str(plan)]) == 0
    assert ", budget €207,210.00; written to" in capsys.readouterr().out


def _widest(metrics: QFontMetricsF, labels) -> float:
    return max(metrics.horizontalAdvance(label) for label in labels)


@pytest.mark.parametrize("name", ["fi_FI", "ko_KR", "pt_BR", "ru_RU", "de_DE", "C"])
def test_s22lo_month_labels_never_overlap(qtbot, locale_set, name):
    locale_set(name)
    metrics = QFontMetricsF(report_font(7))
    names = date_names()
    headings = [names.month_heading(date(2027, m, 1)) for m in range(1, 13)]
    september = metrics.horizontalAdvance(names.month_heading(date(2027, 9, 1))) + 6
    first, last = datetime(2027, 1, 1), datetime(2028, 1, 1)
    # room for September's label in every month: the widest month's does not fit in one
    width = (last - first).days / 30.4 * (september + 0.5)
    ticks, _ = scale_ticks(first, last, width, metrics)
    step = ticks[1].month - ticks[0].month  # months between two labels
    room = width / ((last - first).days / 30.4) * step  # an average month's, as the scale
    assert room >= _widest(metrics, headings) + 6, (name, ticks[:3])
    if name == "fi_FI":  # "marras 2027" is far wider than "syysk. 2027"
        assert len(ticks) < 12


def test_s22lo_weeks_measure_a_weeks_label(qtbot, locale_set):
    locale_set("C")
    metrics = QFontMetricsF(report_font(7))
    first, last = datetime(2027, 2, 1), datetime(2027, 3, 29)  # eight weeks
    week_label = _widest(metrics, ["28 May", "28 Sep"]) + 6
    month_label = metrics.horizontalAdvance("May 2027") + 6
    width = 8 * (week_label + month_label) / 2  # a week's room: wider than "28 May" only
    ticks, fmt = scale_ticks(first, last, width, metrics)
    assert fmt == "week"
    assert len(ticks) == 8  # every Monday labelled
