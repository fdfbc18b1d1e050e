"""The Predecessors and Successors cells write a lag's figure in the user's marks
(``3FS+1,5d`` in German, as the rest of the sheet writes ``1,5d`` and as the sheet reads it
typed), and a cell shown and committed untouched makes no edit; Task Information's
Predecessors field and the printed columns write it alike. C: as before."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.report.columns import CellText
from app.report.locale_numbers import C_MARKS, Marks, local_link
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel

DAY = 480
GERMAN = Marks(".", ",")


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _document() -> Document:
    plan = Plan(project=Project(name="Lags", start=datetime(2027, 3, 1, 8, 0)))
    for uid in (1, 2, 3):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    plan.links = [
        Link(1, 3, LinkType.FS, DAY * 3 // 2),
        Link(2, 3, LinkType.FF, lag_percent=12.5),
    ]
    return Document(plan)


def test_s23lt_local_link_moves_to_the_report_layer_and_keeps_the_row():
    assert local_link("1234SS+1,200.5d", GERMAN) == "1234SS+1.200,5d"
    assert local_link("12", GERMAN) == "12"
    assert local_link("3FF-12.5%", GERMAN) == "3FF-12,5%"
    assert local_link("3FS+1.5d", C_MARKS) == "3FS+1.5d"


@pytest.mark.parametrize(
    ("name", "predecessors", "successor_1", "successor_2"),
    [
        ("de_DE", "1FS+1,5d,2FF+12,5%", "3FS+1,5d", "3FF+12,5%"),
        ("C", "1FS+1.5d,2FF+12.5%", "3FS+1.5d", "3FF+12.5%"),
    ],
)
def test_s23lt_sheet_and_printout_write_the_lag_in_the_users_marks(
    locale_set, name, predecessors, successor_1, successor_2
):
    locale_set(name)
    document = _document()
    model = TaskTreeModel(document)
    assert model.index_of_uid(3, Column.PREDECESSORS).data() == predecessors
    assert model.index_of_uid(1, Column.SUCCESSORS).data() == successor_1
    assert model.index_of_uid(2, Column.SUCCESSORS).data() == successor_2
    cells = CellText(document.plan, document.schedule, {})
    assert cells.text(3, "predecessors") == predecessors
    assert cells.text(1, "successors") == successor_1


@pytest.mark.parametrize("name", ["de_DE", "C", "ar_EG"])
def test_s23lt_the_cell_committed_untouched_makes_no_edit(locale_set, name):
    locale_set(name)
    document = _document()
    # a third of a week: written rounded (0.33w), read back it would lose minutes
    document.plan.links.append(Link(1, 2, LinkType.SS, DAY * 5 // 3, lag_unit=DurationUnit.WEEKS))
    document = Document(document.plan)
    model = TaskTreeModel(document)
    for uid in (2, 3):
        shown = model.index_of_uid(uid, Column.PREDECESSORS).data()
        assert command_for_cell(document, uid, Column.PREDECESSORS, shown) is None


def test_s23lt_a_german_lag_typed_again_reads_as_shown(locale_set):
    locale_set("de_DE")
    document = _document()
    model = TaskTreeModel(document)
    cell = model.index_of_uid(3, Column.PREDECESSORS)
    assert model.setData(cell, "1FS+2,5d;2FF+12,5%", 2)
    keys = {(lk.predecessor, lk.lag_minutes, lk.lag_percent) for lk in document.plan.links}
    assert keys == {(1, 5 * DAY // 2, None), (2, 0, 12.5)}
    assert model.index_of_uid(3, Column.PREDECESSORS).data() == "1FS+2,5d,2FF+12,5%"


def test_s23lt_task_information_shows_the_lag_in_german_and_keeps_it(locale_set, qtbot):
    from app.ui.dialogs.task_dialog import TaskDialog

    locale_set("de_DE")
    document = _document()
    dialog = TaskDialog(document, 3)
    qtbot.addWidget(dialog)
    assert dialog.predecessors.text() == "1FS+1,5d,2FF+12,5%"
    assert dialog.command() is None  # untouched: no edit
    dialog.predecessors.setText("1FS+2,5d")
    dialog.command().redo()
    assert [(lk.predecessor, lk.lag_minutes) for lk in document.plan.links] == [(1, 5 * DAY // 2)]
