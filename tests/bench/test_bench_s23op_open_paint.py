"""A PM opens a client's 5,000-task MS Project XML in the window and edits it, and the task
sheet paints at 4,000 tasks (tests/bench/generate.py plans).

Measured on a loaded VM: the open spent ~0.3 s importing the workbook readers and openpyxl
on the GUI thread for its read notes (now imported by File > Import/Export only), and a
sheet paint asked data() ~2,650 times, seven roles a cell from QStyledItemDelegate (now one
multiData call a cell). Each figure is the min of a few rounds; no timing is asserted here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from app import formats
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.bench.generate import make_plan

ROUNDS = 3


@pytest.fixture(scope="module")
def client_xml(tmp_path_factory):
    path = tmp_path_factory.mktemp("s23op") / "client5k.xml"
    formats.write_plan(make_plan(5000, 5600, 3, 40), path)
    return path


@pytest.fixture
def session(qtbot, tmp_path, monkeypatch):
    """A session with a window already open (the program running), on private settings."""
    small = tmp_path / "small.gantry"
    GantryFile.create(small, make_plan(30, 20, 1, 3)).close()
    made = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    first = made.open_path(small)
    qtbot.addWidget(first)
    first.show()
    QApplication.processEvents()
    kept = iter(tmp_path / f"client{k}.gantry" for k in range(100))
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda c, p, s: next(kept)))
    yield made
    for w in list(made.windows):
        w.close()


def _open(session, path):
    window = session.open_path(path, session.windows[0])
    assert window is not None
    window.resize(1400, 820)
    window.show()
    QApplication.processEvents()
    return window


def test_bench_s23op_open_client_xml_5k(benchmark, session, client_xml):
    def close_last() -> None:  # untimed: the window the round before opened
        if len(session.windows) > 1:
            session.windows[-1].close()
            QApplication.processEvents()

    window = benchmark.pedantic(
        lambda: _open(session, client_xml), setup=close_last, rounds=ROUNDS, iterations=1
    )
    assert len(window.document.plan.tasks) == 5000


def test_bench_s23op_first_edit_after_opening_5k(benchmark, session, client_xml):
    opened: list = []

    def fresh() -> None:  # untimed: the plan opened anew, nothing edited yet
        for w in opened:
            w.close()
        opened[:] = [_open(session, client_xml)]

    def edit() -> None:
        window = opened[0]
        plan, model = window.document.plan, window.model
        uid = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][2100]
        model.setData(model.index_of_uid(uid, Column.DURATION), "11d", Qt.ItemDataRole.EditRole)
        QApplication.processEvents()
        window.tree.viewport().repaint()

    benchmark.pedantic(edit, setup=fresh, rounds=ROUNDS, iterations=1)


def test_bench_s23op_cell_styles_of_a_paint_4k(benchmark, window_4k):
    """What the sheet's delegates ask the model for each painted cell (its style option):
    the 7 shown columns of 50 rows in the middle of the plan."""
    model = window_4k.model
    middle = model.rowCount() // 2
    cells = [model.index(r, c) for r in range(middle, middle + 50) for c in range(1, 8)]
    delegate = QStyledItemDelegate()
    option = QStyleOptionViewItem()

    def styles() -> None:
        for index in cells:
            delegate.initStyleOption(option, index)

    benchmark.pedantic(styles, rounds=ROUNDS * 4, iterations=1)
    assert option.text
