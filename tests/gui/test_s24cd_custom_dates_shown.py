"""A custom Date field reads in the user's form wherever the window shows or takes one, as
the sheet's cell writes it (``Fr. 01.01.2027`` in German, ``Fri 2027-01-01`` in C): the
Import review's values (with both times when a date moved within its day, as ``gantry
diff`` says it), the Custom Field filter (``01.01.2027`` typed in German finds the task,
in the window and in its printout) and a restricted field's refusal quoting its list."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, QSettings

from app.domain.custom_fields import ListValue, value_list
from app.domain.custom_values import allowed_values, in_list
from app.domain.errors import InputError
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.saved_view import view_rows
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.document import Document
from app.ui.exchange.labels import show_value, show_values
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.filter_menu import controller_of
from app.ui.models.custom_columns import custom_column, custom_command
from app.ui.models.task_date_edits import format_date
from app.ui.settings import Settings

FRI = datetime(2027, 1, 1, 8)
THU = datetime(2026, 4, 2, 8)

# (locale, the sheet's Fri 2027-01-01, the date as typed there, the list's Thu 2026-04-02)
CASES = [
    ("de_DE", "Fr. 01.01.2027", "01.01.2027", "Do. 02.04.2026"),
    ("C", "Fri 2027-01-01", "2027-01-01", "Thu 2026-04-02"),
]


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _plan() -> Plan:
    """Pour (Date1 Fri 2027-01-01 08:00, Number1 12.5) and Cure (no custom values)."""
    plan = Plan(project=Project(name="Fields", start=datetime(2027, 1, 4, 8)))
    custom = (("Number1", 12.5), ("Date1", FRI))
    plan.append_task(Task(1, "Pour", duration_minutes=480, custom=custom))
    plan.append_task(Task(2, "Cure", duration_minutes=480))
    return plan


@pytest.mark.parametrize(("locale", "sheet", "typed", "listed"), CASES)
def test_s24cd_the_review_writes_a_custom_date_as_its_cell(
    qtbot, in_locale, locale, sheet, typed, listed
):
    in_locale(locale)
    ours = _plan()
    theirs = copy_plan(ours)
    moved = FRI.replace(day=4)  # Mon 2027-01-04
    theirs.update_task(replace(theirs.task(1), custom=(("Number1", 12.5), ("Date1", moved))))
    items = three_way(ours, theirs, ours)
    dialog = ReviewChangesDialog(items, ours.project)
    qtbot.addWidget(dialog)
    row = dialog.tree.topLevelItem(0).child(0)
    assert row.text(1) == sheet == format_date(FRI)  # as the Date1 cell beside Start
    assert row.text(2) == format_date(moved)
    dialog.tree.resize(900, 200)
    dialog.grab().save(f"/tmp/s24cd_review_{locale}.png")


@pytest.mark.parametrize(("locale", "sheet", "typed", "listed"), CASES)
def test_s24cd_a_date_moved_within_its_day_shows_both_times(
    in_locale, locale, sheet, typed, listed
):
    in_locale(locale)
    project = _plan().project
    assert show_value("Date1", "2027-01-01T08:00", project) == sheet
    old, new = show_values("Date1", "2027-01-01T08:00", "2027-01-01T13:00", project)
    assert (old, new) == (f"{sheet} 08:00", f"{sheet} 13:00")
    # another day: the days alone, as the column shows them
    assert show_values("Date1", "2027-01-01T08:00", "2027-01-04T13:00", project)[0] == sheet
    assert show_value("Date1", None, project) == "—"


def test_s24cd_the_review_writes_custom_figures_as_the_sheet(in_locale):
    in_locale("de_DE")
    project = _plan().project
    assert show_value("Number1", 12.5, project) == "12,5"
    assert show_value("Duration1", 720, project) == "1,5d"


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "s24cd.gantry"
    GantryFile.create(path, _plan()).close()
    ini = QSettings(str(tmp_path / "s24cd.ini"), QSettings.Format.IniFormat)
    session = Session(Settings(ini))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _shown(window) -> list[str]:
    plan = window.document.plan
    return [plan.task(u).name for u in window.model.shown_uids()]


@pytest.mark.parametrize(("locale", "sheet", "typed", "listed"), CASES)
def test_s24cd_the_window_filter_finds_a_custom_date_as_typed_in_the_locale(
    window, in_locale, locale, sheet, typed, listed
):
    in_locale(locale)
    controls = controller_of(window)
    assert controls.apply(TaskFilter(FilterKind.CUSTOM_FIELD, text=typed, field="Date1"))
    assert _shown(window) == ["Pour"]
    assert controls.apply(TaskFilter(FilterKind.CUSTOM_FIELD, text=sheet, field="Date1"))
    assert _shown(window) == ["Pour"]
    other = "Fri 2027" if locale == "de_DE" else "Fr. 01"  # the other locale's form
    # a Date is compared by value (s25fl): a piece of another locale's cell is no date
    assert not controls.apply(TaskFilter(FilterKind.CUSTOM_FIELD, text=other, field="Date1"))
    assert "Date1" in window.statusBar().currentMessage()


def test_s24cd_the_window_filter_finds_a_number_as_the_sheet_writes_it(window, in_locale):
    in_locale("de_DE")
    controls = controller_of(window)
    assert controls.apply(TaskFilter(FilterKind.CUSTOM_FIELD, text="12,5", field="Number1"))
    assert _shown(window) == ["Pour"]


@pytest.mark.parametrize(("locale", "sheet", "typed", "listed"), CASES)
def test_s24cd_a_printed_view_keeps_the_rows_the_window_filter_kept(
    in_locale, locale, sheet, typed, listed
):
    in_locale(locale)
    plan = _plan()
    found = TaskFilter(FilterKind.CUSTOM_FIELD, text=typed, field="Date1")
    assert view_rows(plan, schedule(plan), found).rows == (1,)


def test_s24cd_the_domain_filter_without_a_writer_matches_the_iso_form():
    plan = _plan()
    done = schedule(plan)
    iso = TaskFilter(FilterKind.CUSTOM_FIELD, text="fri 2027-01-01", field="Date1")
    assert matching_uids(plan, done, iso) == {1}
    german = TaskFilter(FilterKind.CUSTOM_FIELD, text="01.01.2027", field="Date1")
    # a Date is compared by value (s25fl), whatever writes the cell: the day is the same
    assert matching_uids(plan, done, german) == {1}
    assert matching_uids(plan, done, german, cell_text=lambda n, v: "01.01.2027") == {1}


def _listed(plan: Plan) -> Plan:
    field = value_list("Date1", [ListValue(THU)], restricted=True)
    plan.set_project(replace(plan.project, custom_fields=(field,)))
    return plan


@pytest.mark.parametrize(("locale", "sheet", "typed", "listed"), CASES)
def test_s24cd_a_refusal_quotes_the_listed_dates_as_the_sheet_writes_them(
    in_locale, locale, sheet, typed, listed
):
    in_locale(locale)
    document = Document(_listed(_plan()))
    with pytest.raises(InputError) as refused:
        custom_command(document, 1, custom_column("Date1"), "2026-04-03")
    message = str(refused.value)
    assert f"'{listed}'" in message
    assert message == f"Date1: '2026-04-03' is not in its list ('{listed}')"
    assert ("Thu" in message) is (locale == "C")


def test_s24cd_the_domain_quotes_the_writer_given_else_the_iso_form():
    project = _listed(_plan()).project
    field = project.custom_fields[0]
    assert allowed_values(field, project) == "'Thu 2026-04-02'"
    assert allowed_values(field, project, lambda m: f"{m:%d.%m.%Y}") == "'02.04.2026'"
    with pytest.raises(InputError, match=r"'03\.04\.2026' is not in its list \('02\.04\.2026'\)"):
        in_list("Date1", THU.replace(day=3), project, date_text=lambda m: f"{m:%d.%m.%Y}")
    with pytest.raises(InputError, match=r"'Fri 2026-04-03' is not in its list"):
        in_list("Date1", THU.replace(day=3), project)
