"""A sort without "Keep outline structure" lists the tasks flat in the sheet; Print, PDF and
Copy Picture printed their names indented under summaries they did not show."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPdfWriter

from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.report import columns
from app.report.render import render_gantt
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.document import Document
from app.ui.gantt.copy_picture import picture_for
from app.ui.main_window import MainWindow
from app.ui.printing.actions import print_options
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


@pytest.fixture
def names(monkeypatch):
    """Every Name cell the report code formats, as text."""
    seen: list[str] = []
    real = columns.CellText.text

    def text(self, uid, key):
        out = real(self, uid, key)
        if key == "name":
            seen.append(out)
        return out

    monkeypatch.setattr(columns.CellText, "text", text)
    return seen


def _sort(window, monkeypatch, keep_outline):
    task_sort = TaskSort((SortKey(SortField.START),), keep_outline=keep_outline)
    monkeypatch.setattr(
        SortDialog, "ask", classmethod(lambda cls, parent, current: SortChoice(task_sort))
    )
    window.action_collection["sort_by_dialog"].trigger()


def _printed_names(window, tmp_path, names):
    options = print_options(window, window.document)
    writer = QPdfWriter(str(tmp_path / "out.pdf"))
    doc = window.document
    render_gantt(writer, doc.plan, doc.schedule, options)
    return options, list(names)


@pytest.mark.parametrize("keep_outline", [False, True])
def test_printed_names_are_indented_as_the_sheet_draws_them(
    window, monkeypatch, tmp_path, names, keep_outline
):
    _sort(window, monkeypatch, keep_outline)
    options, printed = _printed_names(window, tmp_path, names)
    assert options.flat is not keep_outline
    docs = [n for n in printed if n.strip() == "Docs"]
    assert docs
    if keep_outline:
        assert all(n.startswith(" ") for n in docs)
    else:
        assert not any(n.startswith(" ") for n in printed)


def test_back_to_id_order_prints_indented_again(window, monkeypatch, tmp_path, names):
    _sort(window, monkeypatch, False)
    window.action_collection["sort_by_id"].trigger()
    options, printed = _printed_names(window, tmp_path, names)
    assert not options.flat
    assert any(n.startswith(" ") and n.strip() == "Docs" for n in printed)


def test_copy_picture_of_a_flat_sort_is_not_indented(window, monkeypatch, names):
    from app.report.export import render_picture

    _sort(window, monkeypatch, False)
    picture = picture_for(window.gantt, CopyPictureChoice(rows="all"))
    assert picture.flat
    doc = window.document
    image = render_picture(doc.plan, doc.schedule, picture)
    assert not image.isNull()
    assert "Docs" in names
    assert not any(n.startswith(" ") for n in names)
    names.clear()
    window.action_collection["sort_by_id"].trigger()
    picture = picture_for(window.gantt, CopyPictureChoice(rows="all"))
    render_picture(doc.plan, doc.schedule, picture)
    assert any(n.startswith(" ") for n in names)
