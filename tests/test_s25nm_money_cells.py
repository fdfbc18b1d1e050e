"""A client's money typed as text in a returned workbook or a CSV (Cost/use, Std. rate, Fixed
cost, a risk's Impact) is read in the separators of the user's locale, every money cell by one
reader (app.io.sheet_money.read_amount), as the window's roster reads a typed amount:
``1.200 €`` is twelve hundred in Germany, 1.2 in the US, and unclear in French or with no
locale's marks (C), refused there with both readings. It was 1.2 everywhere but the Team
sheet's rates, which refused it even in German."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError
from app.domain.money import NO_MARKS
from app.domain.plan import Plan
from app.domain.project import Project, SymbolPosition
from app.domain.resource import Assignment, RateUnit, Resource, ResourceType
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.sheet_number_marks import number_marks_from_environment
from app.io.sheet_values import CellError, read_amount

LOCALES = {"de_DE": "de_DE.UTF-8", "en_US": "en_US.UTF-8", "fr_FR": "fr_FR.UTF-8", "C": "C.UTF-8"}


def _plan(digits: int = 2) -> Plan:
    project = Project(
        name="Köln",
        currency="EUR",
        currency_symbol="€",
        currency_symbol_position=SymbolPosition.AFTER_SPACE,
        currency_digits=digits,
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Estrich", 1, duration_minutes=480))
    plan.add_resource(Resource(1, "Jonas", standard_rate=100.0))
    plan.add_resource(
        Resource(2, "Beton", type=ResourceType.MATERIAL, material_label="Stk.", standard_rate=3.0)
    )
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    plan.risks = [Risk(1, "Frost", probability=0.5, impact=1000.0)]
    return plan


def _typed(tmp_path: Path, sheet: str, title: str, text: str, row: int = 2) -> tuple[Path, str]:
    """The plan's workbook with ``text`` typed in ``sheet``'s ``title`` cell; and its address."""
    path = tmp_path / "koeln.xlsx"
    write_plan(_plan(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    cell = ws.cell(row, [c.value for c in ws[1]].index(title) + 1)
    cell.value = text
    wb.save(path)
    return path, f"{sheet}!{cell.coordinate}"


# (sheet, column): what the cell sets, read from the plan read back
CELLS = {
    ("Team", "Cost/use"): lambda plan: plan.resources[0].cost_per_use,
    ("Team", "Std. rate"): lambda plan: plan.resources[0].standard_rate,
    ("Plan", "Fixed cost"): lambda plan: plan.task(1).fixed_cost,
    ("Risks", "Impact"): lambda plan: plan.risks[0].impact,
}


@pytest.mark.parametrize("cell", list(CELLS))
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1.200 €", {"de_DE": 1200.0, "en_US": 1.2}),
        ("1,200 €", {"de_DE": 1.2, "en_US": 1200.0, "C": 1200.0, "fr_FR": 1.2}),
        ("1.234,50 €", {"de_DE": 1234.5, "en_US": 1234.5, "C": 1234.5, "fr_FR": 1234.5}),
        ("12,50 €", {"de_DE": 12.5, "en_US": 12.5, "C": 12.5, "fr_FR": 12.5}),
    ],
)
@pytest.mark.parametrize("name", list(LOCALES))
def test_s25nm_a_money_text_cell_reads_in_the_users_locale(
    tmp_path, monkeypatch, cell, typed, read, name
):
    monkeypatch.setenv("LANG", LOCALES[name])
    sheet, title = cell
    text = f"{typed}/h" if title == "Std. rate" else typed
    path, where = _typed(tmp_path, sheet, title, text)
    if name not in read:  # 1.200 in French or C: twelve hundred or 1.2?
        with pytest.raises(FileFormatError) as caught:
            read_roundtrip_workbook(path)
        grouped = "1 200" if name == "fr_FR" else "1200"
        point = "1,2" if name == "fr_FR" else "1.2"
        hint = f"type {text.replace('1.200', grouped)} or {text.replace('1.200', point)}"
        assert f"{where}: '{text}' is unclear: {hint}" in str(caught.value)
        return
    plan = read_roundtrip_workbook(path).theirs
    assert CELLS[cell](plan) == pytest.approx(read[name])


def test_s25nm_a_rate_per_day_in_german_keeps_its_thousands(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    path, _ = _typed(tmp_path, "Team", "Std. rate", "1.200 €/Tag")
    jonas = read_roundtrip_workbook(path).theirs.resources[0]
    assert (jonas.standard_rate, jonas.standard_rate_unit) == (150.0, RateUnit.DAY)


def test_s25nm_a_currency_of_three_decimals_reads_its_decimals_where_unclear(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert read_amount("1.500 €", ("€", "EUR"), digits=3) == 1.5
    assert read_amount("1.500 KD", ("KD", "KWD")) == 1.5  # the code says its three decimals
    with pytest.raises(CellError, match="is unclear"):
        read_amount("1.500 €", ("€", "EUR"), digits=2)


@pytest.mark.parametrize(
    ("env", "marks"),
    [
        ({"LANG": "de_DE.UTF-8"}, (".", ",")),
        ({"LANG": "en_US.UTF-8"}, (",", ".")),
        ({"LANG": "C.UTF-8"}, NO_MARKS),
        ({}, NO_MARKS),
        ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"}, (".", ",")),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, NO_MARKS),
        ({"LANG": "de_CH.UTF-8"}, ("\u2019", ".")),
        ({"LANG": "es_MX.UTF-8"}, (",", ".")),
        ({"LANG": "xx_YY.UTF-8"}, NO_MARKS),
    ],
)
def test_s25nm_the_marks_come_from_the_environment_as_the_c_library_reads_it(env, marks):
    assert number_marks_from_environment(env) == marks


@pytest.mark.parametrize("name", ["de_DE", "en_US", "C"])
def test_s25nm_a_client_csv_cost_reads_in_the_users_locale(tmp_path, monkeypatch, name):
    # the file's own 1.200,50 tells its decimal comma: its 1.200 is twelve hundred in every
    # locale (s30lc); with no such cell, 1.200 is refused as unclear in every locale
    monkeypatch.setenv("LANG", LOCALES[name])
    path = tmp_path / "plan.csv"
    path.write_text("Name;Duration;Cost\nEstrich;2d;1.200,50 €\nPutz;1d;1.200 €\n", "utf-8")
    plan = read_plan(path)
    costs = [t.fixed_cost for t in plan.tasks]
    assert costs == [1200.5, 1200.0]
    path.write_text("Name;Duration;Cost\nPutz;1d;1.200 €\n", "utf-8")
    with pytest.raises(FileFormatError, match=r"'1\.200 €' is unclear: type 1200 € or 1\.2 €"):
        read_plan(path)


@pytest.mark.parametrize("label", ["Stk.", "Stk", "stk", "STK."])
@pytest.mark.parametrize("name", ["de_DE", "en_US", "C"])
def test_s25nm_a_materials_rate_names_its_label_with_or_without_the_dot(
    tmp_path, monkeypatch, label, name
):
    monkeypatch.setenv("LANG", LOCALES[name])
    path, _ = _typed(tmp_path, "Team", "Std. rate", f"12,50 €/{label}", row=3)
    beton = read_roundtrip_workbook(path).theirs.resources[1]
    assert beton.standard_rate == 12.5


def test_s25nm_a_materials_rate_per_another_label_is_still_refused(tmp_path):
    path, where = _typed(tmp_path, "Team", "Std. rate", "12,50 €/kg", row=3)
    with pytest.raises(FileFormatError) as caught:
        read_roundtrip_workbook(path)
    assert f"{where}: '12,50 €/kg': 'Beton''s rate is per Stk." in str(caught.value)


@pytest.mark.parametrize("name", ["de_DE", "en_US", "C"])
def test_s25nm_gantrys_csv_of_a_dinar_plan_reads_back_its_fils(tmp_path, monkeypatch, name):
    """Gantry writes a dinar plan's costs with three decimals (1.500): a dinar and a half on
    a German computer too, not fifteen hundred."""
    monkeypatch.setenv("LANG", LOCALES[name])
    plan = _plan(digits=3)
    plan.project = replace(plan.project, currency="KWD", currency_symbol="KD")
    plan.update_tasks([replace(plan.task(1), fixed_cost=1.5)])
    path = tmp_path / "kuwait.csv"
    write_plan(plan, path)
    # under a decimal-comma locale the CSV follows Excel there (';' and ',': 30de843b)
    written = ";1,500;" if name == "de_DE" else ",1.500,"
    assert written in path.read_text("utf-8-sig")
    assert read_plan(path).task(1).fixed_cost == 1.5
    assert read_amount("1.500 KD", ("KD", "KWD"), digits=3) == 1.5
