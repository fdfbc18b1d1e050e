"""A client's '07/08/2023' is read in the user's date order, and the import says which.

Before, text dates with a slash were always read day first: a US client's
07/08/2023 (July 8) became 7 August.
"""

from __future__ import annotations

from datetime import datetime, time

import pytest

from app.io.sheet_date_order import date_order_note
from app.io.sheet_values import (
    CellError,
    ambiguous_date,
    day_first_from_environment,
    read_date,
)

AT = time(8, 0)


def test_a_slash_date_with_both_parts_twelve_or_less_follows_the_preference():
    assert read_date("07/08/2023", AT, day_first=True) == datetime(2023, 8, 7, 8, 0)
    assert read_date("07/08/2023", AT, day_first=False) == datetime(2023, 7, 8, 8, 0)
    assert read_date("07/08/23", AT, day_first=False) == datetime(2023, 7, 8, 8, 0)


@pytest.mark.parametrize("day_first", [True, False])
def test_a_date_only_one_order_can_read_is_read_so_whatever_the_preference(day_first):
    assert read_date("13/08/2023", AT, day_first=day_first) == datetime(2023, 8, 13, 8, 0)
    assert read_date("08/13/2023", AT, day_first=day_first) == datetime(2023, 8, 13, 8, 0)
    assert read_date("2023-07-08", AT, day_first=day_first) == datetime(2023, 7, 8, 8, 0)
    assert read_date("07.08.2023", AT, day_first=day_first) == datetime(2023, 8, 7, 8, 0)


def test_a_date_neither_order_reads_is_refused():
    with pytest.raises(CellError, match="'13/13/2023' is not a date"):
        read_date("13/13/2023", AT, day_first=False)


@pytest.mark.parametrize(
    ("value", "ambiguous"),
    [
        ("07/08/2023", True),
        ("7/8/23", True),
        ("08/08/2023", False),  # the same either way
        ("13/08/2023", False),
        ("2023-07-08", False),
        ("07.08.2023", False),  # dots: day first everywhere they are used
        (datetime(2023, 7, 8), False),  # a real date cell: no reading involved
        (45115.0, False),
    ],
)
def test_which_cells_are_ambiguous(value, ambiguous):
    assert ambiguous_date(value) is ambiguous


@pytest.mark.parametrize(
    ("environ", "day_first"),
    [
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "en_GB.UTF-8"}, True),
        ({"LANG": "de_DE.UTF-8"}, True),
        ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_US.UTF-8"}, False),
        ({"LC_ALL": "fr_FR.UTF-8", "LC_TIME": "en_US.UTF-8"}, True),
        ({"LANG": "C.UTF-8"}, True),
        ({}, True),
        ({"LANG": "en_PH"}, False),
    ],
)
def test_the_default_order_comes_from_the_locale_environment(environ, day_first):
    assert day_first_from_environment(environ) is day_first


def test_read_date_without_a_preference_follows_the_environment(monkeypatch):
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert read_date("07/08/2023", AT) == datetime(2023, 7, 8, 8, 0)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert read_date("07/08/2023", AT) == datetime(2023, 8, 7, 8, 0)


def test_the_note_says_which_way_the_date_was_read():
    assert date_order_note("07/08/2023", day_first=False) == (
        "Dates such as '07/08/2023' were read month first (8 July 2023), as this "
        "computer writes dates; a client who writes the day first meant 7 August 2023"
    )
    assert "read day first (7 August 2023)" in date_order_note("07/08/2023", day_first=True)


def _returned_with_start(tmp_path, text: str):
    import openpyxl

    from app.formats import write_plan
    from tests.unit.excel_plans import sample_plan

    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("Start") + 1).value = text  # 'Build', a task
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("lang", "expected", "said"),
    [
        ("en_US.UTF-8", datetime(2026, 7, 8, 8, 0), "read month first (8 July 2026)"),
        ("en_GB.UTF-8", datetime(2026, 8, 7, 8, 0), "read day first (7 August 2026)"),
    ],
)
def test_a_returned_workbooks_text_date_follows_the_locale_and_is_told(
    tmp_path, monkeypatch, lang, expected, said
):
    from app.io.excel_import import read_roundtrip_workbook

    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    trip = read_roundtrip_workbook(_returned_with_start(tmp_path, "07/08/2026"))
    build = next(t for t in trip.theirs.tasks if t.name == "Build")
    assert build.constraint_date == expected
    assert [n for n in trip.notes if "Dates such as" in n] == [
        next(n for n in trip.notes if said in n)
    ]


def test_an_unambiguous_text_date_adds_no_note(tmp_path):
    from app.io.excel_import import read_roundtrip_workbook

    trip = read_roundtrip_workbook(_returned_with_start(tmp_path, "13/08/2026"))
    assert trip.notes == []


@pytest.mark.parametrize("day_first", [True, False])
def test_a_weekday_before_an_ambiguous_date_tells_the_order(day_first):
    # 2 January 2023 was a Monday, 1 February a Wednesday
    assert read_date("Mon 02/01/2023", AT, day_first) == datetime(2023, 1, 2, 8, 0)
    assert read_date("Wed 02/01/2023", AT, day_first) == datetime(2023, 2, 1, 8, 0)
    with pytest.raises(CellError, match="not a Friday"):
        read_date("Fri 02/01/2023", AT, day_first)


def _client_sheet(tmp_path, suffix: str):
    rows = [("Task", "Duration", "Start"), ("Survey", "3d", "07/08/2026"), ("Pour", "2d", "")]
    path = tmp_path / f"client{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
        return path
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_client_sheets_text_date_is_read_in_the_locales_order_and_told(
    tmp_path, monkeypatch, suffix
):
    from app import formats

    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")
    notes: list[str] = []
    plan = formats.read_plan(_client_sheet(tmp_path, suffix), warn=notes.append)
    survey = next(t for t in plan.tasks if t.name == "Survey")
    assert survey.constraint_date is not None
    assert survey.constraint_date.date() == datetime(2026, 7, 8).date()
    assert notes == [date_order_note("07/08/2026", day_first=False)]
