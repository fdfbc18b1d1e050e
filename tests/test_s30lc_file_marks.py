"""A client file's text amounts are read in the marks its own clear cells show (s30xl F2,
F5, F6): a Swiss CSV's ``1'234.50`` makes its ``1.500`` one and a half under a German PM,
a German CSV's ``1.234,50`` makes its ``12.000`` twelve thousand under a Swiss or English
one; a file that shows no marks has ``12.000`` refused as unclear in every locale, naming
the cell with both readings; a cell in another currency than the column's others is
refused naming the cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.csv_plan import read_csv
from app.io.sheet_file_marks import file_decimal

LOCALES = ("de_DE.UTF-8", "de_CH.UTF-8", "fr_FR.UTF-8", "en_US.UTF-8", "C.UTF-8")


def _costs(tmp_path: Path, rows: str) -> list[float]:
    path = tmp_path / "client.csv"
    path.write_text("Vorgang;Dauer;Kosten\n" + rows, encoding="utf-8")
    return [t.fixed_cost for t in read_csv(path).tasks]


@pytest.mark.parametrize("lang", LOCALES)
def test_s30lc_swiss_file_reads_its_dot_as_decimal(tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("LC_ALL", lang)
    rows = "Planung;2 Tage;1'234.50\nBau;10 Tage;12'000.00\nReise;1 Tag;1.500\n"
    assert _costs(tmp_path, rows) == [1234.5, 12000.0, 1.5]


@pytest.mark.parametrize("lang", LOCALES)
def test_s30lc_german_file_reads_its_dot_as_grouping(tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("LC_ALL", lang)
    rows = "Planung;2 Tage;1.234,50\nBau;10 Tage;12.000\n"
    assert _costs(tmp_path, rows) == [1234.5, 12000.0]


@pytest.mark.parametrize("lang", LOCALES)
def test_s30lc_file_without_marks_refuses_unclear_amount(tmp_path: Path, monkeypatch, lang):
    monkeypatch.setenv("LC_ALL", lang)
    with pytest.raises(FileFormatError, match=r"client!C2: '12\.000' is unclear") as err:
        _costs(tmp_path, "Bau;10 Tage;12.000\n")
    assert "12000 or 12" in str(err.value)


def test_s30lc_german_reader_refuses_unclear_comma_without_marks(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    with pytest.raises(FileFormatError, match=r"client!C2: '1,500' is unclear"):
        _costs(tmp_path, "Bau;10 Tage;1,500\n")


def test_s30lc_other_currency_in_one_column_refused(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    rows = "Planung;2 Tage;1.234,50 €\nAbnahme;1 Tag;CHF 1'500.00\n"
    with pytest.raises(FileFormatError, match=r"client!C3: 'CHF 1'500\.00' is in CHF.*EUR"):
        _costs(tmp_path, rows)


def test_s30lc_what_tells_a_decimal_mark():
    assert file_decimal(["1.234,50 €"]) == ","
    assert file_decimal(["1'234.50"]) == "."
    assert file_decimal(["1\u202f234,50 €"]) == ","
    assert file_decimal(["2,5"]) == ","
    assert file_decimal(["12.000", "1.500"]) is None  # unclear alone
    assert file_decimal(["1.234,50", "1,234.50"]) is None  # both ways: nothing told
    assert file_decimal([1500.0, "1.234.567"]) == ","
