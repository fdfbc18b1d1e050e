"""The workbook's Team sheet shows each person's overtime rate and cost per use, as the Team
view does, and a returned workbook reads them back: a client who changes a rate changes it
in the plan; a column the client deletes changes nothing (task s20bk)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from app.domain.costs import compute_costs
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateUnit, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 4, 9, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shop", currency_symbol="€", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * 480))
    plan.add_resource(
        Resource(
            1,
            "Ana",
            standard_rate=150.0,  # shown 1,200/d
            standard_rate_unit=RateUnit.DAY,
            overtime_rate=225.0,  # shown 1,800/d
            overtime_rate_unit=RateUnit.DAY,
            cost_per_use=50.0,
        )
    )
    plan.add_resource(
        Resource(
            2,
            "Steel",
            ResourceType.MATERIAL,
            material_label="t",
            standard_rate=900.0,
            cost_per_use=25.0,
        )
    )
    plan.add_resource(Resource(3, "Travel", ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    plan.add_assignment(Assignment(2, 1, 2, 4.0))
    return plan


def _team(path: Path) -> tuple[list[str], list[tuple[openpyxl.cell.Cell, ...]]]:
    ws = openpyxl.load_workbook(path)["Team"]
    return [c.value for c in ws[1]], [tuple(r) for r in ws.iter_rows(min_row=2)]


def _edit(path: Path, title: str, row: int, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    ws.cell(row=row, column=[c.value for c in ws[1]].index(title) + 1).value = value
    wb.save(path)


def test_s20bk_team_sheet_shows_overtime_rate_and_cost_per_use(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    header, rows = _team(path)
    ovt, per_use = header.index("Ovt. rate"), header.index("Cost/use")
    assert header[header.index("Std. rate") + 1 : per_use + 1] == ["Ovt. rate", "Cost/use"]
    ana, steel, travel = rows
    assert (ana[ovt].value, ana[per_use].value) == (1800.0, 50.0)
    assert ana[ovt].number_format == '"€"#,##0.00\\/\\d'  # per day, as the view shows it
    assert ana[per_use].number_format == '"€"#,##0.00'
    # as the Team view: a material has no overtime rate, a cost item neither rate
    assert (steel[ovt].value, steel[per_use].value) == (None, 25.0)
    assert (travel[ovt].value, travel[per_use].value) == (None, None)
    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Team").to_python()
    assert [(r[ovt], r[per_use]) for r in sheet[1:]] == [(1800.0, 50.0), ("", 25.0), ("", "")]
    back = read_plan(path)  # exported and read back unchanged: the same people
    assert back.resources == _plan().resources


def test_s20bk_a_changed_overtime_rate_and_cost_per_use_reach_the_plan(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    _edit(path, "Ovt. rate", 2, 2000)  # per day, as the cell shows
    _edit(path, "Cost/use", 2, 75)
    _edit(path, "Cost/use", 3, 30.5)
    ana, steel, travel = read_plan(path).resources
    assert ana.overtime_rate == pytest.approx(250.0)  # 2,000 a day of 8 hours
    assert ana.overtime_rate_unit is RateUnit.DAY
    assert (ana.standard_rate, ana.cost_per_use) == (150.0, 75.0)
    assert steel.cost_per_use == 30.5
    assert travel == _plan().resources[2]


def test_s20bk_an_overtime_rate_typed_with_its_unit(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    _edit(path, "Ovt. rate", 2, "40/h")
    ana = read_plan(path).resources[0]
    assert (ana.overtime_rate, ana.overtime_rate_unit) == (40.0, RateUnit.HOUR)


def test_s20bk_deleted_rate_columns_change_nothing(tmp_path):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    ws.delete_cols(header.index("Cost/use") + 1)
    ws.delete_cols(header.index("Ovt. rate") + 1)
    ws.cell(row=2, column=header.index("Role") + 1).value = "Welder"  # an edit still read
    wb.save(path)
    people = read_plan(path).resources
    assert people[0] == replace(_plan().resources[0], role="Welder")
    assert people[1:] == _plan().resources[1:]


@pytest.mark.parametrize(
    ("title", "row", "value", "message"),
    [
        ("Cost/use", 4, 20, "Team!H4: 'Travel' is a cost item: it has no cost per use"),
        ("Ovt. rate", 3, 20, "Team!G3: 'Steel' is a material: it has no overtime rate"),
        ("Ovt. rate", 2, "fast", "Team!G2: 'fast' is not a number"),
        ("Cost/use", 2, -5, "Team!H2: a cost per use cannot be negative (-5)"),
    ],
)
def test_s20bk_a_rate_cell_that_cannot_be_read_is_named(tmp_path, title, row, value, message):
    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    _edit(path, title, row, value)
    with pytest.raises(FileFormatError) as caught:
        read_plan(path)
    assert str(caught.value) == message


def test_s20bk_a_rate_from_a_cost_rate_table_prices_the_work_when_changed(tmp_path, shared_data):
    """MS Project's people price their work by cost rate table A: the client's new rate is
    table A's first rate too, as the Team view changes it, or the cost would not move."""
    plan = read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    path = tmp_path / "rates.xlsx"
    write_plan(plan, path, now=NOW)
    assert read_plan(path).resources == plan.resources  # unchanged: the same people
    person = next(r for r in plan.resources if r.rate_tables and r.type is ResourceType.WORK)
    row = plan.resources.index(person) + 2
    header, rows = _team(path)
    shown = rows[row - 2][header.index("Std. rate")].value
    _edit(path, "Std. rate", row, shown * 2)
    _edit(path, "Cost/use", row, 99)
    back = read_plan(path)
    changed = back.resources[row - 2]
    assert changed.standard_rate == pytest.approx(person.standard_rate * 2)
    assert changed.rate_tables[0][0].standard_rate == pytest.approx(person.standard_rate * 2)
    assert changed.rate_tables[0][0].cost_per_use == 99
    assert changed.rate_tables[1:] == person.rate_tables[1:]
    before = compute_costs(plan, schedule(plan)).resource_cost[person.uid]
    after = compute_costs(back, schedule(back)).resource_cost[person.uid]
    assert after > before


def test_s20bk_file_import_reviews_and_applies_the_clients_rates(qtbot, monkeypatch, tmp_path):
    """File > Import shows the client's new overtime rate in its unit and the cost per use,
    and applies them."""
    from app.ui.document import Document
    from app.ui.exchange.actions import ExchangeDialogs, run_import
    from app.ui.exchange.review_dialog import ReviewChangesDialog

    path = tmp_path / "team.xlsx"
    write_plan(_plan(), path, now=NOW)
    _edit(path, "Ovt. rate", 2, 2000)
    _edit(path, "Cost/use", 2, 75)
    document = Document(_plan())
    seen: list[list[str]] = []

    def review(cls, parent, items, project, notes=()):
        dialog = ReviewChangesDialog(items, project, parent)
        qtbot.addWidget(dialog)
        seen.extend(
            [node.text(c) for c in range(3)] for node in dialog.change_rows() if node.parent()
        )
        return dialog.accepted_changes()

    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, parent: path))
    monkeypatch.setattr(ReviewChangesDialog, "ask", classmethod(review))
    with qtbot.waitSignal(document.sig_schedule_changed):
        run_import(None, document)
    assert sorted(seen) == [
        ["Cost/use", "€50.00", "€75.00"],
        ["Ovt. rate", "€1,800.00/d", "€2,000.00/d"],
    ]
    ana = document.plan.resources[0]
    assert (ana.overtime_rate, ana.cost_per_use) == (250.0, 75.0)
