"""Money typed in the window is read in the user's locale's numbers, as durations and Max
units already were: in German ``1.500`` is fifteen hundred (it was read €1,50, a thousand
times too small) and ``1,500`` one and a half, in French ``1,500`` too; in the US both
stay as they were. Fixed Cost (the sheet and Task Information), the roster's rates and
Cost/use, a cost item's cost, a risk's impact, a custom Cost field and Find on a money
column all read so."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.custom_fields import value_of
from app.domain.errors import InputError
from app.domain.money import parse_money
from app.domain.plan import Plan
from app.domain.resource import RateUnit, Resource
from app.ui.document import Document
from app.ui.find_query import value_reader
from app.ui.locale_durations import typed_marks
from app.ui.models.custom_columns import custom_command
from app.ui.models.risk_model import parse_amount
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.team.roster_model import RosterColumn, RosterModel
from tests.gui.conftest import build_plan

EUR = ("€", "EUR")
DE, FR, US = (".", ","), ("\u202f", ","), (",", ".")

# What each locale reads: the typed text and the amount meant, per locale.
CASES = [
    # French refuses a dot before 3 digits (no mark of its): tests/test_s24lo_unclear_marks.py
    ("1.500", {"de_DE": 1500.0, "en_US": 1.5}),
    ("2.000 €", {"de_DE": 2000.0, "en_US": 2.0}),
    ("1,500", {"de_DE": 1.5, "fr_FR": 1.5, "en_US": 1500.0}),
    ("1.234,50 €", {"de_DE": 1234.5, "fr_FR": 1234.5, "en_US": 1234.5}),
    ("1 500,25", {"de_DE": 1500.25, "fr_FR": 1500.25, "en_US": 1500.25}),
    ("1\u202f500,25 €", {"de_DE": 1500.25, "fr_FR": 1500.25, "en_US": 1500.25}),
    ("€12,000.50", {"de_DE": 12000.5, "fr_FR": 12000.5, "en_US": 12000.5}),
    ("1.234.567", {"de_DE": 1234567.0, "fr_FR": 1234567.0, "en_US": 1234567.0}),
    ("12,5", {"de_DE": 12.5, "fr_FR": 12.5, "en_US": 12.5}),
    ("0,500", {"de_DE": 0.5, "fr_FR": 0.5, "en_US": 0.5}),
]
LOCALES = ["de_DE", "fr_FR", "en_US"]


@pytest.fixture(params=LOCALES)
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


# A dot before three digits: French refuses it (tests/test_s24lo_unclear_marks.py).
@pytest.fixture(params=["de_DE", "en_US"])
def dotted_locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(("typed", "meant"), CASES)
@pytest.mark.parametrize(("name", "marks"), [("de_DE", DE), ("fr_FR", FR), ("en_US", US)])
def test_s23mn_an_amount_reads_in_the_locales_marks(typed, meant, name, marks):
    if name not in meant:
        with pytest.raises(InputError, match="is unclear"):
            parse_money(typed, EUR, marks)
        return
    assert parse_money(typed, EUR, marks) == pytest.approx(meant[name])


def test_s23mn_without_marks_an_amount_reads_as_before():
    """Files and the command line pass no marks: one "." is a decimal point, as always."""
    assert parse_money("1.500") == 1.5
    assert parse_money("1,500") == 1500.0
    assert parse_money("1.234,50") == 1234.5


@pytest.mark.parametrize("marks", [DE, FR, US])
@pytest.mark.parametrize("typed", ["12k", "1,2,3.4", "", "$1.500", "1.500.5"])
def test_s23mn_what_is_no_amount_stays_refused_in_every_locale(typed, marks):
    with pytest.raises(InputError):
        parse_money(typed, EUR, marks)


def test_s23mn_the_fixed_cost_cell_reads_the_locale(dotted_locale):
    locale = dotted_locale
    document = Document(build_plan())
    if locale == "en_US":  # 1,500 or 1.5? typed money refuses the guess (test_s29mn_typed_money)
        with pytest.raises(InputError, match=r"unclear: type 1,500 or 1\.5"):
            command_for_cell(document, 5, Column.FIXED_COST, "1.500")
        return
    command = command_for_cell(document, 5, Column.FIXED_COST, "1.500")
    assert command is not None
    command.redo()
    assert document.plan.task(5).fixed_cost == 1500.0
    command = command_for_cell(document, 5, Column.FIXED_COST, "2.000 €")
    assert command is not None
    command.redo()
    assert document.plan.task(5).fixed_cost == 2000.0


def test_s23mn_task_information_reads_and_shows_the_locale(dotted_locale, qtbot):
    locale = dotted_locale
    from app.ui.dialogs.task_info_cost import CostFields

    plan = build_plan()
    task = replace(plan.task(5), fixed_cost=1.5)
    fields = CostFields(task, plan.project)
    qtbot.addWidget(fields)
    shown = {"en_US": "1.50"}.get(locale, "1,50")  # the reader's decimal mark
    assert fields.fixed_cost.text() == shown
    assert fields.values()["fixed_cost"] == 1.5  # left as shown: the exact amount
    fields.fixed_cost.setText("1.500")
    if locale == "en_US":  # 1,500 or 1.5? refused rather than guessed
        with pytest.raises(InputError, match=r"Fixed cost: '1\.500' is unclear"):
            fields.values()
        fields.fixed_cost.setText("1.5")
    assert fields.values()["fixed_cost"] == {"de_DE": 1500.0}.get(locale, 1.5)


@pytest.fixture
def roster(qtbot):
    plan = Plan()
    plan.add_resource(Resource(1, "Pierre Martin"))
    doc = Document(plan)
    model = RosterModel(doc)
    yield doc, model
    model.detach()


def test_s23mn_the_rosters_rates_and_cost_per_use_read_the_locale(dotted_locale, roster):
    locale = dotted_locale
    doc, model = roster
    thousand = {"de_DE": 1000.0}.get(locale, 1.0)
    assert model.setData(model.index(0, RosterColumn.STANDARD_RATE), "1.200/d", Qt.EditRole)
    person = doc.plan.resources[0]
    assert person.standard_rate_unit is RateUnit.DAY
    assert person.standard_rate == pytest.approx(1.2 * thousand / 8)  # per hour, 8h days
    assert model.setData(model.index(0, RosterColumn.COST_PER_USE), "1.500", Qt.EditRole)
    assert doc.plan.resources[0].cost_per_use == pytest.approx(1.5 * thousand)
    assert model.setData(model.index(0, RosterColumn.OVERTIME_RATE), "1,500", Qt.EditRole)
    comma = {"en_US": 1500.0}.get(locale, 1.5)
    assert doc.plan.resources[0].overtime_rate == pytest.approx(comma)


def test_s23mn_a_risk_a_custom_cost_and_find_read_the_locale(dotted_locale):
    locale = dotted_locale
    thousand = {"de_DE": 1000.0}.get(locale, 1.0)
    if thousand == 1.0:  # 1,500 or 1.5? refused as Fixed Cost refuses it (s29rm)
        with pytest.raises(InputError, match=r"'1\.500' is unclear"):
            parse_amount("1.500", EUR, marks=typed_marks())
    else:
        assert parse_amount("1.500", EUR, marks=typed_marks()) == 1500.0
    document = Document(build_plan())
    command = custom_command(document, 5, _custom_column("Cost1"), "2.500 €")
    assert command is not None
    command.redo()
    assert value_of(document.plan.task(5).custom, "Cost1") == 2.5 * thousand
    reader = value_reader(Column.FIXED_COST, document.plan.project)
    assert reader is not None
    assert reader("1.500") == 1.5 * thousand


def _custom_column(name: str) -> int:
    from app.ui.models.custom_columns import CUSTOM_FIRST, custom_name

    column = CUSTOM_FIRST
    while custom_name(column) != name:
        column += 1
    return column


def test_s23mn_the_rosters_editor_text_reads_back_to_the_same_amount(locale, roster):
    """The editor wrote 1.125 (and 1e+06 for Cost/use): a German commit read 1125."""
    doc, model = roster
    for column, typed in [(RosterColumn.STANDARD_RATE, "1,125"), (RosterColumn.COST_PER_USE, "")]:
        cell = model.index(0, column)
        amount = {"en_US": "1.125"}.get(locale, "1,125") if typed else "1000000"
        assert model.setData(cell, amount, Qt.EditRole)
        before = doc.plan.resources[0]
        shown = cell.data(Qt.EditRole)
        assert shown in (amount, f"{amount}/h")
        assert not model.setData(cell, shown, Qt.EditRole)  # the same amount: no change
        assert doc.plan.resources[0] == before


def test_s23mn_the_fixed_cost_editor_reads_back_with_three_decimals(locale):
    """A plan in dinars shows three decimals: the editor's 1.500 was 1500 in German."""
    from app.ui.models.task_model import TaskTreeModel

    plan = build_plan()
    plan.set_project(replace(plan.project, currency_digits=3))
    plan.update_task(replace(plan.task(5), fixed_cost=1.5))
    document = Document(plan)
    model = TaskTreeModel(document)
    shown = model.index_of_uid(5, Column.FIXED_COST).data(Qt.ItemDataRole.EditRole)
    assert shown == {"en_US": "1.500"}.get(locale, "1,500")
    assert command_for_cell(document, 5, Column.FIXED_COST, shown) is None  # no change


def test_s23mn_the_team_member_dialog_reads_the_locale(dotted_locale, qtbot):
    locale = dotted_locale
    from app.ui.team.resource_dialog import ResourceDialog

    plan = Plan()
    plan.add_resource(Resource(1, "Pierre Martin", standard_rate=80.0))
    dialog = ResourceDialog(plan, plan.resources[0])
    qtbot.addWidget(dialog)
    thousand = {"de_DE": 1000.0}.get(locale, 1.0)
    dialog.rate_grids[0].add_row(["2027-01-01", "1.200/d", "", "1.500"])
    dialog.availability.add_row(["2027-01-01", "2027-06-30", "1.000"])
    person = dialog.resource()
    (rate,) = [r for r in person.rate_tables[0] if r.start is not None]
    assert rate.standard_rate == pytest.approx(1.2 * thousand / 8)
    assert rate.cost_per_use == pytest.approx(1.5 * thousand)
    assert [p.units for p in person.availability] == [pytest.approx(thousand / 100)]
