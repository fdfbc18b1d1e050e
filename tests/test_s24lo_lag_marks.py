"""A lag typed in Predecessors reads its figure as the Duration cell does: in the US
``3FS+1,200d`` was a 1.2-day lag (the sheet's Duration read 1,200d as 1200 days); it is now
1200 days there, 1.2 days in German, and refused as unclear where nothing says whether the
comma groups (the C locale, files). ``3FS+1,5d`` stays 1.5 days in German and the US."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.notation import parse_predecessors
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel

DAY = 480
PROJECT = Project()


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _lags(text, group=None, decimal="."):
    refs = parse_predecessors(text, PROJECT, group=group, decimal=decimal)
    return [(r.ref, r.lag_minutes / DAY, r.lag_percent) for r in refs]


def _refusal(text, group=None, decimal="."):
    with pytest.raises(InputError) as refused:
        parse_predecessors(text, PROJECT, group=group, decimal=decimal)
    return str(refused.value)


def test_s24lo_the_lag_reads_in_the_readers_marks():
    assert _lags("3FS+1,200d", ",", ".") == [("3", 1200, None)]
    assert _lags("3FS+1,5d", ",", ".") == [("3", 1.5, None)]
    assert _lags("3FS+1,200d", ".", ",") == [("3", 1.2, None)]
    assert _lags("3FS+1,5d", ".", ",") == [("3", 1.5, None)]
    assert _lags("3FS+1.200d", ".", ",") == [("3", 1200, None)]
    assert _lags("3FS+1.200,5d;4", ".", ",") == [("3", 1200.5, None), ("4", 0, None)]
    assert _lags("3FS+1\u066c200\u066b5d", "\u066c", "\u066b") == [("3", 1200.5, None)]
    assert _lags("3FF+12,5%", ".", ",") == [("3", 0, 12.5)]
    assert _lags("3FS+1,5", ".", ",") == [("3", 1, None), ("5", 0, None)]  # two entries


def test_s24lo_a_lag_unclear_in_the_readers_marks_is_refused():
    assert _refusal("3FS+1,200d") == "'3FS+1,200d' is unclear: type 1200d or 1.2d"
    assert _refusal("3FF+1,500%") == "'3FF+1,500%' is unclear: type 1500% or 1.5%"
    assert _refusal("3FS+1.500d", "\u202f", ",") == "'3FS+1.500d' is unclear: type 1 500d or 1,5d"
    # what no marks make unclear reads as before: both marks a decimal point
    assert _lags("3FS+1,5d") == _lags("3FS+1.5d") == [("3", 1.5, None)]
    assert _lags("3FS+0,500d") == [("3", 0.5, None)]


def _document() -> Document:
    plan = Plan(project=Project(name="Lags", start=datetime(2027, 3, 1, 8, 0)))
    for uid in (1, 2):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    return Document(plan)


@pytest.mark.parametrize(
    ("name", "typed", "days"),
    [("en_US", "1FS+1,200d", 1200), ("de_DE", "1FS+1,5d", 1.5), ("en_US", "1FS+1,5d", 1.5)],
)
def test_s24lo_the_predecessors_cell_reads_the_lag_as_the_duration_cell(
    locale_set, name, typed, days
):
    locale_set(name)
    document = _document()
    model = TaskTreeModel(document)
    assert model.setData(model.index_of_uid(2, Column.PREDECESSORS), typed, 2)
    assert [lk.lag_minutes for lk in document.plan.links] == [days * DAY]
    duration = model.index_of_uid(2, Column.DURATION)
    assert model.setData(duration, typed.removeprefix("1FS+"), 2)
    assert document.plan.task(2).duration_minutes == days * DAY


@pytest.mark.parametrize("name", ["fr_FR", "C"])
def test_s24lo_the_predecessors_cell_refuses_an_unclear_lag_and_keeps_the_links(locale_set, name):
    locale_set(name)
    document = _document()
    typed = {"fr_FR": "1FS+1.500d", "C": "1FS+1,500d"}[name]
    with pytest.raises(InputError, match="is unclear: type 1"):
        command_for_cell(document, 2, Column.PREDECESSORS, typed)
    assert document.plan.links == []
