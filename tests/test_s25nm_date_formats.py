"""A date-time a client types in Excel (``3/1/27 0:00``) is kept in Excel's built-in format
22, ``m/d/yy h:mm``, which no numFmt of the styles names: the reader knew only General and
the percentages, so a cell at midnight (python-calamine gives it as a date alone) lost its
time and took the column's default one. The built-in date and time formats (ECMA-376
18.8.30: 14-22, 45-47) are known now, and the Lists sheet writes a listed moment with its
time where the Plan sheet does."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta

import openpyxl
import pytest

from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_workbook
from app.io.sheet_values import read_date
from app.io.workbook_number_formats import column_formats

LOCALES = {"de_DE": "de_DE.UTF-8", "en_US": "en_US.UTF-8", "C": "C.UTF-8"}
BUILT_IN = {
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
}


def _client_sheet(tmp_path, start: datetime, number_format: str):
    """A client's own sheet, as Excel keeps it: a task whose Start cell shows ``number_format``."""
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Duration", "Start"])
    ws.append(["Night pour", "1d", start])
    ws["C2"].number_format = number_format
    wb.save(path)
    return path


@pytest.mark.parametrize("name", list(LOCALES))
def test_s25nm_a_date_time_typed_in_excel_keeps_its_midnight(tmp_path, monkeypatch, name):
    monkeypatch.setenv("LANG", LOCALES[name])
    path = _client_sheet(tmp_path, datetime(2027, 3, 1, 0, 0), "m/d/yy h:mm")  # id 22
    plan = read_workbook(path)
    assert plan.task(1).start == datetime(2027, 3, 1, 0, 0)


@pytest.mark.parametrize("name", list(LOCALES))
def test_s25nm_a_date_alone_in_excels_date_format_takes_the_default_time(
    tmp_path, monkeypatch, name
):
    monkeypatch.setenv("LANG", LOCALES[name])
    path = _client_sheet(tmp_path, datetime(2027, 3, 1), "mm-dd-yy")  # id 14
    plan = read_workbook(path)
    assert plan.task(1).start == datetime.combine(
        datetime(2027, 3, 1).date(), plan.project.default_start_time
    )


def test_s25nm_every_built_in_date_and_time_format_is_known(tmp_path):
    path = tmp_path / "formats.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, code in enumerate(BUILT_IN.values(), start=1):
        ws.cell(row, 1, datetime(2027, 3, 1, 8, 30)).number_format = code
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        styles = zf.read("xl/styles.xml").decode()
    assert 'numFmtId="22"' in styles  # openpyxl writes them as Excel does: no numFmt of ours
    assert column_formats(path, ws.title, 0) == dict(enumerate(BUILT_IN.values()))


def test_s25nm_an_h_mm_cell_calamine_gives_as_a_span_reads_as_its_moment():
    span = datetime(2027, 3, 1, 8, 30) - datetime(1899, 12, 30)  # [h]:mm:ss: a timedelta
    assert isinstance(span, timedelta)
    assert read_date(span, datetime.min.time()) == datetime(2027, 3, 1, 8, 30)


def test_s25nm_the_lists_sheet_writes_a_listed_moment_with_its_time(tmp_path):
    pour = datetime(2027, 3, 1, 22, 0)
    plan = Plan()
    plan.append_task(Task(1, "Pour", custom=(("Date1", pour),)))
    plan.set_custom_field(
        value_list("Date1", [ListValue(pour), ListValue(datetime(2027, 3, 2, 8))], True)
    )
    path = tmp_path / "lists.xlsx"
    write_workbook(plan, path, now=datetime(2027, 1, 1))
    book = openpyxl.load_workbook(path)
    lists = book["Lists"]
    assert lists.cell(2, 1).number_format == "m/d/yy h:mm"  # 22:00 shows
    assert lists.cell(3, 1).number_format == "mm-dd-yy"  # the default start: the date
    plan_sheet = book["Plan"]
    column = next(c.column for c in plan_sheet[1] if c.value == "Date1")
    assert plan_sheet.cell(2, column).number_format == lists.cell(2, 1).number_format
    check = next(v for v in plan_sheet.data_validations.dataValidation if v.errorTitle == "Date1")
    assert "2027-03-01 22:00" in check.error
    assert "'2027-03-02'" in check.error
