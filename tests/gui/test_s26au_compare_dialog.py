"""Project > Compare with Plan…: the change report in the window, with Save, Copy and Print
(s26xb M1: MS Project's Compare Project Versions; Gantry had only ``gantry diff``)."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app import formats
from app.cli.diff_document import report_between
from app.ui.compare_versions import CompareDialog, set_report_builder
from tests.test_s26au_diff_report import _plan


def test_s26au_compare_with_plan_shows_saves_and_copies(session, qtbot, tmp_path, monkeypatch):
    old, new = _plan(), _plan(rate=110.0)
    new.baselines[0] = old.baselines[0]
    new.update_tasks([replace(new.task(2), fixed_cost=500.0)])
    before, now = tmp_path / "month1.gantry", tmp_path / "month2.gantry"
    formats.write_plan(old, before)
    formats.write_plan(new, now)
    set_report_builder(report_between)
    window = session.open_path(now)
    assert window is not None
    action = window.action_collection["compare_plan"]
    assert action.text() == "Compa&re with Plan…"
    monkeypatch.setattr(type(window), "ask_open_path", classmethod(lambda cls, p, s: before))
    action.trigger()
    dialog = next(w for w in window.findChildren(CompareDialog))
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert [
        "changed",
        "ID 2 'Cure'",  # s27dx: by ID, as the sheet numbers the task
        "Fixed Cost",
        "€0.00",
        "€500.00",
        "",
        "",
        "+€500.00",
    ] in rows
    assert "month1.gantry" in dialog.facts.text()
    assert "Cost: €4,000.00 -> €4,900.00 (+€900.00)" in dialog.facts.text()
    dialog.grab().save(str(tmp_path / "compare.png"))  # looked at (s26au)

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Changes from month1.gantry to month2.gantry\n")
    assert "changed\tID 2 'Cure'\tFixed Cost" in copied  # s27dx: by ID

    said = dialog.save(tmp_path / "changes.csv")
    assert said == "Saved the change report to changes.csv"
    with (tmp_path / "changes.csv").open(encoding="utf-8-sig") as read:
        # bare numbers a spreadsheet reads, whatever the locale (s27dg)
        assert ["Cost (EUR)", "4000.00", "4900.00", "900.00"] in list(csv.reader(read))
    assert dialog.save(tmp_path / "changes.doc").startswith("changes.doc: a change report is")
    assert not (tmp_path / "changes.doc").exists()
    dialog.close()


def test_s26au_report_is_the_same_as_the_command_line(tmp_path: Path) -> None:
    old, new = _plan(), _plan(rate=110.0)
    a, b = tmp_path / "a.gantry", tmp_path / "b.xml"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    report = report_between(a, b)
    assert report.title == "Changes from a.gantry to b.xml"
    assert any(r[:3] == ("changed", "resource 1 'Ana'", "Std. rate") for r in report.rows)
    dialog = CompareDialog(report)
    assert dialog.table.rowCount() == len(report.rows)
    dialog.close()
