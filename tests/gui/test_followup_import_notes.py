"""File > Import of a client's sheet tells how it read dates such as 07/08/2026.

The message about rows left out asked to "give those rows a task name"; a note
of another kind gets its own line without that advice.
"""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs, run_import
from app.ui.exchange.date_order import locale_day_first
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from tests.unit.excel_plans import sample_plan


def _import(tmp_path, monkeypatch, rows, locale: str = "en_GB") -> list[str]:
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    told: list[str] = []
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: path))
    monkeypatch.setattr(
        ColumnMappingDialog, "ask", classmethod(lambda cls, p, path, info, *rest: info.mapping)
    )
    monkeypatch.setattr(ExchangeDialogs, "info", classmethod(lambda cls, p, m: told.append(m)))
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the window goes by Qt's locale, not this
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert run_import(None, Document(sample_plan())) is not None
    finally:
        QLocale.setDefault(before)
    return told


def test_the_date_order_is_told_on_a_line_of_its_own(qtbot, tmp_path, monkeypatch):
    told = _import(
        tmp_path,
        monkeypatch,
        [("Task", "Duration", "Start"), ("Survey", "3d", "07/08/2026"), (None, "2d", None)],
    )
    assert len(told) == 1
    first, second = told[0].split("\n")
    assert first.startswith("client.xlsx: A row with no task name is left out")
    assert first.endswith("give it a task name in the file, or add the task by hand")
    assert second.startswith("Dates such as '07/08/2026' were read day first (7 August 2026)")


def test_only_the_date_order_is_told_without_the_rows_advice(qtbot, tmp_path, monkeypatch):
    told = _import(
        tmp_path, monkeypatch, [("Task", "Duration", "Start"), ("Survey", "3d", "07/08/2026")]
    )
    assert len(told) == 1
    assert told[0].startswith("client.xlsx: Dates such as '07/08/2026'")
    assert "task name" not in told[0]


@pytest.mark.parametrize(
    ("name", "day_first"),
    [("en_US", False), ("en_GB", True), ("de_DE", True), ("ja_JP", False), ("C", True)],
)
def test_the_date_order_is_read_off_the_locales_short_format(name, day_first):
    assert locale_day_first(QLocale(name)) is day_first


def test_the_window_reads_dates_in_the_users_qt_locale(qtbot, tmp_path, monkeypatch):
    told = _import(
        tmp_path,
        monkeypatch,
        [("Task", "Duration", "Start"), ("Survey", "3d", "07/08/2026")],
        locale="en_US",
    )
    assert told[0].startswith(
        "client.xlsx: Dates such as '07/08/2026' were read month first (8 July 2026)"
    )
