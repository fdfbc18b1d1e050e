"""The printed Gantt's figures read as the window's sheet writes them: Cost, Fixed Cost,
Baseline Cost and Cost Variance in the locale's money (``€1.234,50`` in German), Duration,
Work, Slack, the variances and the tracking tables' work and lengths in its marks (``2,5d``,
``1604,5h``), custom Number, Cost and Duration fields too, and a group row's Duration, Work
and Cost as well, where the page printed ``€1,234.50`` and ``2.5d`` beside a German sheet
and timescale. The C locale prints as before (the other print tests hold it byte for byte).
``gantry convert x.pdf`` follows the system's locale (LANG in the subprocess). The window's
locale is set for a test and put back after."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.grouping_rows import Rollup, TaskGroup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText
from app.report.group_rows import group_text
from app.report.locale_dates import printed_date
from app.report.locale_numbers import C_MARKS, locale_marks
from app.store.document import GantryFile

ROOT = Path(__file__).resolve().parents[1]
MONDAY = datetime(2027, 1, 4, 8, 0)
DAY = 480
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def _plan() -> Plan:
    """Build (2.5 days, 20h of Ana at 50.50/h, 1,234.50 fixed) and Roll-out (200.5 days,
    1604h), baselined, then Build made half a day longer and 202 dearer (1,436.50 fixed):
    variances of +0.5d and +€202.00."""
    project = Project(name="Figures", start=MONDAY, currency_symbol="€")
    plan = Plan(project=project)
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * DAY // 2, fixed_cost=1234.5))
    plan.append_task(Task(2, "Roll-out", 1, duration_minutes=401 * DAY // 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.5))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY // 2))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 401 * DAY // 2))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MONDAY))
    build = plan.task(1)
    plan.update_task(replace(build, duration_minutes=3 * DAY, fixed_cost=1436.5))
    return plan


def _cells(plan: Plan) -> CellText:
    return CellText(plan, schedule(plan), {})


def _texts(cells: CellText, uid: int, keys: str) -> dict[str, str]:
    return {key: cells.text(uid, key) for key in keys.split()}


FIGURES = "duration work cost fixed_cost baseline_cost cost_variance finish_variance"


def test_s21fg_columns_print_c_figures_in_c():
    assert locale_marks() is C_MARKS  # the print tests run in C
    cells = _cells(_plan())
    assert _texts(cells, 1, FIGURES) == {
        "duration": "3d",
        "work": "20h",
        "cost": "€2,446.50",
        "fixed_cost": "€1,436.50",
        "baseline_cost": "€2,244.50",
        "cost_variance": "+€202.00",
        "finish_variance": "+0.5d",
    }
    assert _texts(cells, 2, "duration work cost") == {
        "duration": "200.5d",
        "work": "1604h",
        "cost": "€81,002.00",
    }


def test_s21fg_columns_print_the_locale_figures(german):
    cells = _cells(_plan())
    assert _texts(cells, 1, FIGURES) == {
        "duration": "3d",
        "work": "20h",
        "cost": "€2.446,50",
        "fixed_cost": "€1.436,50",
        "baseline_cost": "€2.244,50",
        "cost_variance": "+€202,00",
        "finish_variance": "+0,5d",
    }
    assert _texts(cells, 2, "duration work cost remaining") == {
        "duration": "200,5d",
        "work": "1604h",
        "cost": "€81.002,00",
        "remaining": "200,5d",
    }
    # the tracking tables: money in the locale's money, work and lengths in its marks
    assert _texts(cells, 1, "actual_cost remaining_cost baseline_duration work_variance") == {
        "actual_cost": "€0,00",
        "remaining_cost": "€2.446,50",
        "baseline_duration": "2,5d",
        "work_variance": "0h",
    }
    assert cells.text(2, "remaining_work") == "1604h"


def test_s21fg_custom_figures_print_in_the_locale(german):
    plan = _plan()
    task = plan.task(1)
    custom = (("Number1", 1234.5), ("Cost1", 1234.5), ("Duration1", 5 * DAY // 2), ("Text1", "1.5"))
    plan.update_task(replace(task, custom=custom))
    cells = _cells(plan)
    assert _texts(cells, 1, "Number1 Cost1 Duration1 Text1") == {
        "Number1": "1234,5",
        "Cost1": "€1.234,50",
        "Duration1": "2,5d",
        "Text1": "1.5",  # a text is as typed
    }
    assert cells.text(2, "Cost1") == ""


def _group() -> TaskGroup:
    rollup = Rollup(MONDAY, MONDAY, 401 * DAY // 2, 1604 * 60 + 30, 81002.5, 0.0, 2)
    return TaskGroup(("Critical: Yes",), 1, "Critical: Yes", rollup, (1, 2))


def test_s21fg_group_rows_print_the_locale_figures(german):
    group, project = _group(), _plan().project
    texts = {k: group_text(group, k, project, printed_date) for k in ("duration", "work", "cost")}
    assert texts == {"duration": "200,5d", "work": "1604,5h", "cost": "€81.002,50"}
    assert group_text(group, "cost", project, printed_date, C_MARKS) == "€81,002.50"


def test_s21fg_group_rows_in_c_unchanged():
    group, project = _group(), _plan().project
    texts = {k: group_text(group, k, project, printed_date) for k in ("duration", "work", "cost")}
    assert texts == {"duration": "200.5d", "work": "1604.5h", "cost": "€81,002.50"}


def _pdf_text(lang: str, tmp_path: Path, plan_path: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / f"{lang}.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "convert", str(plan_path), str(out), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    )
    return text.stdout


def _line(text: str, part: str) -> str:
    """The line of ``text`` holding ``part``, its runs of spaces made two."""
    line = next(line for line in text.splitlines() if part in line)
    return re.sub(" {2,}", "  ", line).strip()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s21fg_convert_pdf_prints_the_system_locale_figures(tmp_path):
    plan_path = tmp_path / "figures.gantry"
    GantryFile.create(plan_path, _plan()).close()
    args = ("--table", "cost", "--group", "Critical")
    german = _pdf_text("de_DE.UTF-8", tmp_path, plan_path, *args)
    for figure in ("€1.436,50", "€2.446,50", "+€202,00", "€81.002,00"):
        assert figure in german
    assert _line(german, "Critical: No").endswith("Critical: No  €2.446,50")  # the group's
    assert "€1,436.50" not in german
    c = _pdf_text("C.UTF-8", tmp_path, plan_path, *args)
    for figure in ("€1,436.50", "€2,446.50", "+€202.00", "€81,002.00"):
        assert figure in c
    assert _line(c, "Critical: No").endswith("Critical: No  €2,446.50")
    tracking = _pdf_text("de_DE.UTF-8", tmp_path, plan_path, "--table", "tracking")
    assert "200,5d" in tracking  # Roll-out's Remaining Duration
    assert "200.5d" not in tracking
