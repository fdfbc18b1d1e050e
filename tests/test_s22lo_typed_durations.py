"""A duration typed in the user's numbers: ``1,200d`` was 1.2 days everywhere, where a US
computer (and MS Project on it) groups thousands with the comma: 1200 days. Which mark is
the decimal point is the locale's (German ``1.200d`` is 1200 days, ``2,5d`` two and a
half), a lone mark that groups nothing stays a decimal point (``1,5d`` in the US), and the
C locale (tests, files, the command line) reads as before: ``,`` and ``.`` alike."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.errors import InputError
from app.domain.notation import parse_duration, parse_work
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.locale_durations import typed_duration, typed_work
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.team.view import TeamView

PROJECT = Project(name="Numbers", start=datetime(2027, 1, 4, 8, 0))
DAY = PROJECT.minutes_per_day
US, GERMAN, FRENCH = QLocale("en_US"), QLocale("de_DE"), QLocale("fr_FR")
EDIT = Qt.ItemDataRole.EditRole


def _days(text, locale=None):
    if locale is None:  # the C locale's reading, as files and the command line have it
        return parse_duration(text, PROJECT).minutes / DAY
    return typed_duration(text, PROJECT, locale=locale).minutes / DAY


@pytest.mark.parametrize(
    ("text", "c", "us", "german", "french"),
    [
        ("1,200d", 1.2, 1200, 1.2, 1.2),
        ("1.200d", 1.2, 1.2, 1200, None),  # French: unclear (tests/test_s24lo_unclear_marks.py)
        ("1,5d", 1.5, 1.5, 1.5, 1.5),
        ("1.5d", 1.5, 1.5, 1.5, 1.5),
        ("0,500d", 0.5, 0.5, 0.5, 0.5),  # a grouped number never starts with 0
        ("1,200.5d", None, 1200.5, None, None),
        ("1.200,5d", None, None, 1200.5, None),
        ("1 200,5d", None, None, 1200.5, 1200.5),
        ("1\u202f200,5 days", None, None, 1200.5, 1200.5),
        ("12,000,000d", None, None, None, None),  # past the last date: too long
        ("1,2,3d", None, None, None, None),
        ("5d", 5, 5, 5, 5),
    ],
)
def test_s22lo_the_locale_decides_which_mark_groups(text, c, us, german, french):
    for locale, expected in ((None, c), (US, us), (GERMAN, german), (FRENCH, french)):
        if expected is None:
            with pytest.raises(InputError):
                _days(text, locale)
        else:
            assert _days(text, locale) == pytest.approx(expected), (text, locale)


def test_s22lo_the_c_locale_reads_as_before():
    # its marks are the US's: the language tells them apart
    assert _days("1,200d", QLocale.c()) == pytest.approx(1.2)
    with pytest.raises(InputError, match="is not a duration"):
        _days("1,200.5d", QLocale.c())


def test_s22lo_work_and_units_and_signs():
    assert typed_work("1,200", PROJECT, locale=US).minutes == 1200 * 60  # work unit: hours
    assert parse_work("1,200", PROJECT).minutes == 72  # 1.2 hours, as before
    d = typed_duration("1.200ed?", PROJECT, locale=GERMAN)
    assert (d.minutes, d.elapsed, d.estimated) == (1200 * 1440, True, True)
    with pytest.raises(InputError, match="cannot be negative"):
        typed_duration("-1,200d", PROJECT, locale=US)


def test_s22lo_a_length_too_long_names_its_bound_in_the_locale():
    with pytest.raises(InputError, match=r"at most \d{1,3}(\.\d{3})+d") as german:
        typed_duration("99.999.999d", PROJECT, locale=GERMAN)
    assert "," not in str(german.value).split("at most")[1]
    with pytest.raises(InputError, match=r"at most \d{1,3}(,\d{3})+d"):
        parse_duration("99999999d", PROJECT)


@pytest.fixture
def sheet(qtbot):
    before = QLocale()
    plan = Plan(project=PROJECT)
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    yield TaskTreeModel(Document(plan))
    QLocale.setDefault(before)


def test_s22lo_the_sheet_reads_a_duration_in_the_users_numbers(sheet):
    cell = sheet.index_of_uid(1, Column.DURATION)
    task = lambda: sheet.document.plan.task(1)  # noqa: E731
    assert sheet.setData(cell, "1,200d", EDIT)  # the C locale: 1.2 days, as before
    assert task().duration_minutes == round(1.2 * DAY)
    QLocale.setDefault(QLocale("en_US"))
    assert sheet.setData(cell, "1,200d", EDIT)
    assert task().duration_minutes == 1200 * DAY
    QLocale.setDefault(QLocale("de_DE"))
    assert sheet.setData(cell, "2,5d", EDIT)
    assert task().duration_minutes == 2.5 * DAY
    assert sheet.setData(cell, "1.200d", EDIT)
    assert task().duration_minutes == 1200 * DAY


@pytest.fixture
def staffed(qtbot):
    before = QLocale()
    plan = Plan(project=PROJECT)
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    yield Document(plan)
    QLocale.setDefault(before)


def test_s22lo_the_work_cells_read_the_users_numbers(staffed):
    sheet = TaskTreeModel(staffed)
    work = sheet.index_of_uid(1, Column.WORK)
    QLocale.setDefault(QLocale("en_US"))
    assert sheet.setData(work, "1,200h", EDIT)
    assert staffed.plan.assignment(1).work_minutes == 1200 * 60
    QLocale.setDefault(QLocale("de_DE"))
    assert sheet.setData(work, "1.234,5h", EDIT)  # as the German sheet writes it
    assert staffed.plan.assignment(1).work_minutes == 1234.5 * 60


def test_s22lo_the_team_views_work_reads_the_users_numbers(qtbot, staffed):
    QLocale.setDefault(QLocale("de_DE"))
    team = TeamView(staffed)
    qtbot.addWidget(team)
    team.errors = []
    team.message = lambda parent, text: team.errors.append(text)
    team.select(1)
    team.assignments.item(0, 2).setText("1.234,5h")  # Work, as the list writes it
    assert team.errors == []
    assert staffed.plan.assignment(1).work_minutes == 1234.5 * 60


def test_s22lo_multiple_task_information_reads_the_users_numbers(qtbot, staffed):
    from app.ui.dialogs.multi_task_dialog import MultiTaskDialog

    staffed.plan.append_task(Task(2, "Build", duration_minutes=2 * DAY))
    QLocale.setDefault(QLocale("en_US"))
    dialog = MultiTaskDialog(staffed, [1, 2])
    qtbot.addWidget(dialog)
    dialog.duration.setText("1,200d")
    dialog.accept()
    assert not dialog.error.text()
    assert [staffed.plan.task(u).duration_minutes for u in (1, 2)] == [1200 * DAY] * 2


def test_s22lo_a_lag_typed_with_a_decimal_comma():
    from app.domain.notation import parse_predecessors

    def read(text):
        return [
            (r.ref, r.type.name, r.lag_minutes, r.lag_percent)
            for r in parse_predecessors(text, PROJECT)
        ]

    assert read("3FS+1,5d") == [("3", "FS", 720, None)]  # was "'5d' is not a predecessor"
    assert read("3FS+1,5d;4SS-0,25e%") == [("3", "FS", 720, None), ("4", "SS", 0, -0.25)]
    # a comma followed by an entry still separates entries
    assert read("3FS+1,5") == [("3", "FS", DAY, None), ("5", "FS", 0, None)]
    assert read("3FS+1,5SS") == [("3", "FS", DAY, None), ("5", "SS", 0, None)]
    assert read("3FS+1d,5,6FF") == [
        ("3", "FS", DAY, None),
        ("5", "FS", 0, None),
        ("6", "FF", 0, None),
    ]
