"""Team member dialog, as a consultant billing a client types into it:

- dates in the sheet's form: ``01.04.2027`` in German was refused ("is not a date like
  2026-03-01") though every dialog date field reads as the sheet does; they show so too;
- a new rate row's blank cells take the row before's (Ben's €50 per use stayed €50, not 0),
  and a date typed into a new row fills its rates from the row above, as in MS Project;
- ``+10%`` / ``-5%`` is a raise (a cut) over the row before's rate, as MS Project reads it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidgetItem, QTabWidget

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Availability, RateEntry, RateUnit, Resource
from app.ui.team.resource_dialog import ResourceDialog

APRIL = datetime(2027, 4, 1)
BEN = Resource(
    2,
    "Ben",
    standard_rate=80.0,
    overtime_rate=120.0,
    cost_per_use=50.0,
    rate_tables=((RateEntry(None, 80.0, 120.0, 50.0), RateEntry(APRIL, 90.0, 130.0, 50.0)),),
    availability=(Availability(datetime(2027, 1, 4), datetime(2027, 6, 30, 23, 59), 0.5),),
)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def _dialog(qtbot, res: Resource = BEN) -> ResourceDialog:
    plan = Plan(project=Project(name="Billing", start=datetime(2027, 1, 4, 8), currency_symbol="€"))
    plan.add_resource(res)
    dialog = ResourceDialog(plan, res)
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: ResourceDialog, row: int) -> list[str]:
    table = dialog.rate_grids[0].table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_s25rt_german_dates_read_and_shown_as_the_sheet(qtbot, german):
    dialog = _dialog(qtbot)
    assert _cells(dialog, 1)[0] == "01.04.2027"  # was 2027-04-01
    avail = dialog.availability.table
    assert (avail.item(0, 0).text(), avail.item(0, 1).text()) == ("04.01.2027", "30.06.2027")
    dialog.rate_grids[0].add_row(["01.07.2027", "100", "", ""])
    avail.item(0, 1).setText("31.07.2027")
    res = dialog.resource()
    assert [e.start for e in res.rate_tables[0]] == [None, APRIL, datetime(2027, 7, 1)]
    assert res.availability[0].finish == datetime(2027, 7, 31, 23, 59)  # the whole day
    # looked at: the Cost rate tables tab in German (/tmp/s25rt_dialog_de.png)
    outer = next(t for t in dialog.findChildren(QTabWidget) if t is not dialog.rates)
    outer.setCurrentIndex(1)
    dialog.resize(640, 360)
    dialog.grab().save("/tmp/s25rt_dialog_de.png")


def test_s25rt_a_date_the_locale_cannot_read_says_its_form(qtbot, german):
    dialog = _dialog(qtbot)
    dialog.rate_grids[0].add_row(["13/31/2027", "100", "", ""])
    with pytest.raises(InputError, match=r"rate table A: '13/31/2027' is not a date.*02\.03\.2026"):
        dialog.resource()


def test_s25rt_blank_cells_take_the_row_before(qtbot):
    dialog = _dialog(qtbot)
    dialog.rate_grids[0].add_row(["2027-07-01", "100", "", ""])
    last = dialog.resource().rate_tables[0][-1]
    assert (last.standard_rate, last.overtime_rate, last.cost_per_use) == (100.0, 130.0, 50.0)


def test_s25rt_a_raise_over_the_row_before(qtbot, german):
    dialog = _dialog(qtbot)
    dialog.rate_grids[0].add_row(["01.07.2027", "+10%", "-5%", "+2,5%"])
    last = dialog.resource().rate_tables[0][-1]
    assert last.start == datetime(2027, 7, 1)
    assert last.standard_rate == pytest.approx(99.0)  # 90 + 10 %
    assert last.overtime_rate == pytest.approx(123.5)  # 130 - 5 %
    assert last.cost_per_use == pytest.approx(51.25)


def test_s25rt_a_raise_keeps_the_unit_of_the_row_before(qtbot):
    res = Resource(
        3, "Cy", standard_rate=150.0, rate_tables=((RateEntry(None, 150.0, 0, 0, RateUnit.DAY),),)
    )
    dialog = _dialog(qtbot, res)
    dialog.rate_grids[0].add_row(["2027-04-01", "+10%", "", ""])
    last = dialog.resource().rate_tables[0][-1]
    assert (last.standard_rate, last.standard_rate_unit) == (pytest.approx(165.0), RateUnit.DAY)


def test_s25rt_a_raise_in_the_first_row_is_refused_with_why(qtbot):
    dialog = _dialog(qtbot)
    dialog.rate_grids[1].add_row(["", "+10%", "", ""])
    with pytest.raises(InputError, match="rate table B: '\\+10%' is a change over the row before"):
        dialog.resource()


def test_s25rt_a_date_typed_into_a_new_row_fills_it_from_the_row_above(qtbot):
    dialog = _dialog(qtbot)
    grid = dialog.rate_grids[0]
    grid.add_row(["", "", "", ""])
    grid.table.setItem(2, 0, QTableWidgetItem("2027-07-01"))  # as the user types the date
    assert _cells(dialog, 2)[1:] == _cells(dialog, 1)[1:]  # €90.00/h, €130.00/h, €50.00
    grid.table.item(2, 1).setText("95")
    last = dialog.resource().rate_tables[0][-1]
    assert (last.standard_rate, last.overtime_rate, last.cost_per_use) == (95.0, 130.0, 50.0)
