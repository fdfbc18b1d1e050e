"""File > Import review and ``gantry diff`` show a person's rate in the unit it is kept in.

A person paid by the day (Std. rate shown "€1,200.00/d", kept 150 per hour) whose
client typed 1,300 in the workbook's Std. rate cell was reviewed as "€150.00 ->
€162.50": the hourly rate the plan keeps. The review and the diff now say
"€1,200.00/d -> €1,300.00/d" (diff too; its --json "1200/d"); what is applied stays the
hourly rate read.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.merge import copy_plan, three_way
from app.domain.resource import RateUnit, ResourceType
from app.formats import write_plan
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_import
from app.ui.exchange.labels import with_rate_texts
from app.ui.exchange.review_dialog import ReviewChangesDialog
from tests.unit.excel_plans import sample_plan


def _plan():
    plan = sample_plan()
    ann = plan.resources[0]
    plan.resources[0] = replace(ann, standard_rate=150.0, standard_rate_unit=RateUnit.DAY)
    return plan


def _set_rate(path: Path, row: int, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index("Std. rate") + 1).value = value
    wb.save(path)


def _rows(dialog: ReviewChangesDialog) -> list[list[str]]:
    return [[node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()]


def test_the_clients_day_rate_is_reviewed_per_day_and_applied_per_hour(
    qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    _set_rate(path, 2, 1300)  # the client's "1,300" on a person shown per day
    document = Document(_plan())
    seen: list[list[list[str]]] = []

    def review(cls, parent, items, project, notes=()):
        dialog = ReviewChangesDialog(items, project, parent)
        qtbot.addWidget(dialog)
        seen.append(_rows(dialog))
        return dialog.accepted_changes()

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        run_import(None, document)
    assert seen == [[["Std. rate", "€1,200.00/d", "€1,300.00/d"]]]
    ann = document.plan.resources[0]
    assert ann.standard_rate == pytest.approx(162.5)  # kept per hour, as read
    assert ann.standard_rate_unit is RateUnit.DAY


def test_a_clash_shows_the_rate_here_in_its_own_unit(qtbot):
    base = _plan()
    theirs = copy_plan(base)
    theirs.resources[0] = replace(theirs.resources[0], standard_rate=162.5)
    ours = copy_plan(base)  # retyped here since the export: 1,000 a week
    ours.resources[0] = replace(
        ours.resources[0], standard_rate=25.0, standard_rate_unit=RateUnit.WEEK
    )
    items = three_way(base, theirs, ours)
    assert [(i.change.field, i.conflict) for i in items] == [("standard_rate", True)]
    shown = with_rate_texts(items, base, theirs, ours)
    assert (shown[0].ours, shown[0].change.old, shown[0].change.new) == (
        "€1,000.00/w",
        "€1,200.00/d",
        "€1,300.00/d",
    )
    dialog = ReviewChangesDialog(shown, ours.project)
    qtbot.addWidget(dialog)
    assert _rows(dialog)[0][1:] == ["€1,000.00/w", "€1,300.00/d"]
    assert items[0].change.new == 162.5  # what is applied: the hourly rate read


def test_an_hourly_person_and_a_material_read_as_the_roster_shows_them():
    base = _plan()
    base.resources[1] = replace(base.resources[1], type=ResourceType.MATERIAL, material_label="t")
    theirs = copy_plan(base)
    theirs.resources[0] = replace(theirs.resources[0], overtime_rate=30.0)
    theirs.resources[1] = replace(theirs.resources[1], standard_rate=7.5)
    items = three_way(base, theirs, copy_plan(base))
    shown = with_rate_texts(items, base, theirs, copy_plan(base))
    texts = {(i.change.field, i.change.old, i.change.new) for i in shown}
    old_material = f"€{base.resources[1].standard_rate:,.2f}/t"
    assert texts == {
        ("overtime_rate", f"€{base.resources[0].overtime_rate:,.2f}/h", "€30.00/h"),
        ("standard_rate", old_material, "€7.50/t"),
    }


def test_other_changes_are_left_as_they_are():
    base = _plan()
    theirs = copy_plan(base)
    theirs.resources[0] = replace(theirs.resources[0], role="Lead")
    items = three_way(base, theirs, copy_plan(base))
    assert with_rate_texts(items, base, theirs, copy_plan(base)) is items


def test_gantry_diff_says_the_rate_in_the_persons_unit():
    old = _plan()
    new = copy_plan(old)
    new.resources[0] = replace(new.resources[0], standard_rate=162.5)
    (change,) = diff_plans(old, new)
    writer = DiffWriter(old, new)
    assert writer.line(change).endswith(": Std. rate €1,200.00/d -> €1,300.00/d")
    extra = writer.json_extra(change)
    assert extra == {"unit": "per hour", "old_text": "1200/d", "new_text": "1300/d"}
    json.dumps(change.as_dict() | extra)  # the JSON keeps the hourly old/new beside the texts
    assert (change.old, change.new) == (150.0, 162.5)
