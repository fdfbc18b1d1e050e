"""Printing Work, Baseline cost, Cost variance and Finish variance: the sheet's values on paper."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.baselines import snapshot
from app.domain.resource import Assignment, Resource
from app.report import columns as report_columns
from app.report.columns import COLUMNS, CellText
from app.report.export import write_pdf
from app.report.options import PrintOptions
from app.report.plan_lookups import PlanLookups
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.printing import actions
from tests.gui.conftest import build_plan

COST_KEYS = {
    "work": Column.WORK,
    "baseline_cost": Column.BASELINE_COST,
    "cost_variance": Column.COST_VARIANCE,
    "finish_variance": Column.FINISH_VARIANCE,
}
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


@pytest.fixture
def doc():
    """Ana on Code at 80/h, a baseline, then Specs slips two days and Test costs 150 more."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 5, 1, work_minutes=5 * 480))
    plan.update_task(replace(plan.task(6), fixed_cost=250.0))
    document = Document(plan)
    plan.set_baseline(snapshot(plan, document.schedule, document.costs, 0, datetime(2026, 3, 1)))
    plan.update_task(replace(plan.task(2), duration_minutes=5 * 480))
    execute(document, EditTaskCommand(document, 6, "more", fixed_cost=400.0))
    return document


def _cells(document, costs="document"):
    plan = document.plan
    report = document.costs if costs == "document" else costs
    return CellText(plan, document.schedule, PlanLookups(plan).resources, report)


def test_page_setup_offers_the_cost_columns():
    titles = {key: COLUMNS[key].title for key in COST_KEYS}
    assert titles == {
        "work": "Work",
        "baseline_cost": "Baseline Cost",
        "cost_variance": "Cost Variance",
        "finish_variance": "Finish Variance",
    }


def test_printed_cost_cells_equal_the_sheets(doc):
    model = TaskTreeModel(doc)
    cells = _cells(doc)
    seen = {}
    for task in doc.plan.tasks:
        for key, column in COST_KEYS.items():
            sheet = model.index_of_uid(task.uid, column).data(Qt.ItemDataRole.DisplayRole)
            assert cells.text(task.uid, key) == sheet, (task.name, key)
            seen[task.name, key] = sheet
    # the values are real ones, not blanks on both sides
    assert seen["Code", "work"] == "40h"
    assert seen["Build", "work"] == "40h"
    assert seen["Test", "cost_variance"].startswith("+")
    assert seen["Build", "cost_variance"] == seen["Test", "cost_variance"]
    assert seen["Test", "finish_variance"] == "+2d"
    assert seen["Build", "baseline_cost"] != ""


def test_without_a_baseline_the_baseline_cells_are_blank():
    document = Document(build_plan())
    cells = _cells(document)
    for key in ("baseline_cost", "cost_variance", "finish_variance"):
        assert cells.text(5, key) == ""
    assert cells.text(5, "work") == "0h"


def test_without_a_cost_report_the_costs_are_computed_once(doc, monkeypatch):
    calls = []
    real = report_columns.compute_costs

    def counting(plan, schedule, *args, **kwargs):
        calls.append(1)
        return real(plan, schedule, *args, **kwargs)

    monkeypatch.setattr(report_columns, "compute_costs", counting)
    given, computed = _cells(doc), _cells(doc, costs=None)
    assert computed.text(1, "wbs") == "1"
    assert calls == []  # no cost column asked: nothing computed
    for task in doc.plan.tasks:
        for key in COST_KEYS:
            assert computed.text(task.uid, key) == given.text(task.uid, key)
    assert calls == [1]


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@needs_poppler
def test_the_window_prints_the_documents_costs(qtbot, doc, tmp_path, monkeypatch):
    def no_second_report(*args, **kwargs):
        raise AssertionError("the printout computed the costs again")

    monkeypatch.setattr(report_columns, "compute_costs", no_second_report)
    keys = ("name", "work", "baseline_cost", "cost_variance", "finish_variance")
    actions.set_print_options(doc, PrintOptions(columns=keys, landscape=True))
    target = tmp_path / "costs.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert actions.export_pdf(parent, doc) == target
    text = _pdf_text(target)
    for title in ("Work", "Baseline Cost", "Cost Variance", "Finish Variance"):
        assert title in text
    test_line = next(line for line in text.splitlines() if "Test" in line.split())
    cells = _cells(doc)
    for key in COST_KEYS:
        assert cells.text(6, key) in test_line, key


@needs_poppler
def test_convert_to_pdf_prints_the_cost_columns(doc, tmp_path):
    keys = ("name", "work", "cost_variance", "finish_variance")
    target = tmp_path / "convert.pdf"
    write_pdf(doc.plan, target, print_options=PrintOptions(columns=keys))
    code_line = next(line for line in _pdf_text(target).splitlines() if "Code" in line.split())
    assert "40h" in code_line


def test_a_picture_reads_the_cost_report_it_is_given(doc, monkeypatch):
    from app.report.export import Picture, render_picture

    def no_second_report(*args, **kwargs):
        raise AssertionError("the picture computed the costs again")

    monkeypatch.setattr(report_columns, "compute_costs", no_second_report)
    picture = Picture(columns=("name", "work", "cost_variance"), width=900)
    image = render_picture(doc.plan, doc.schedule, picture, costs=doc.costs)
    assert image.width() == 900
