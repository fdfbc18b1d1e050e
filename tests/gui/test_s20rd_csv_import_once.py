"""File > Import of a CSV parses the file once.

Found: the import parsed the CSV for its column mapping dialog, then read_csv parsed it
again (a 50,000-row CSV: 0.26 s of CPU more, on the GUI thread's side of the wait). The
read now takes the rows the dialog was shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app.io.csv_plan as csv_plan
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.csv_plan import SheetRows
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_import
from app.ui.exchange.mapping_dialog import ColumnMappingDialog


def test_s20rd_a_csv_is_parsed_once_and_read_as_mapped(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Task,Duration,People\nDraft,3d,Ana\nSend,1d,"Ana (12,5%)"\n', "utf-8")
    parsed: list[Path] = []
    original = csv_plan.csv_rows

    def counted(p: Path, *args: object) -> SheetRows:
        parsed.append(p)
        return original(p, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(csv_plan, "csv_rows", counted)
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(
        ColumnMappingDialog,
        "ask",
        classmethod(lambda cls, parent, p, info, load_rows=None: info.mapping),
    )
    plan = run_import(None, Document(Plan(tasks=[Task(1, "Old")])))
    assert parsed == [path]
    assert plan is not None
    assert [(t.name, t.duration_minutes) for t in plan.tasks] == [("Draft", 1440), ("Send", 480)]
    people = [(plan.resource(a.resource_uid).name, a.units) for a in plan.assignments]
    assert people == [("Ana", 1.0), ("Ana", 0.125)]
