"""Go to Next Overallocation from a window really shown: the Usage grid's cursor then sits
on Ana's first period before the user has chosen anything, and the command (as MS Project's
from the start of a view) goes to that first over-allocation, not past it; pressed again it
moves on to Ben's."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.domain.usage import Scale
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.usage.view import UsageView
from tests.test_s21ru_usage_window import _row_of, crowded_plan


def _open_exposed(tmp_path, qtbot):
    session = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    path = tmp_path / "crowded.gantry"
    GantryFile.create(path, crowded_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.resize(1300, 600)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("usage")
    view: UsageView = window.views["usage"]
    view.set_scale(Scale.WEEKS)
    return window, view


def _cell(view: UsageView) -> tuple[int, int]:
    current = view.grid.currentIndex()
    return current.row(), current.column()


def test_s25g1_next_overallocation_from_a_fresh_window_lands_on_the_first(tmp_path, qtbot):
    window, view = _open_exposed(tmp_path, qtbot)
    ana, ben = _row_of(view, "Ana"), _row_of(view, "Ben")
    assert _cell(view) == (ana, 0)  # the grid's own cursor, nothing chosen yet
    window.show_view("gantt")
    window.action_collection["resource_next_overallocation"].trigger()
    assert window.current_view == "usage"
    assert _cell(view) == (ana, 0)
    assert window.statusBar().currentMessage().startswith("Ana is over-allocated")
    assert view.go_to_next_overallocation()  # pressed again: on to the next
    assert _cell(view) == (ben, 2)
    assert window.statusBar().currentMessage().startswith("Ben is over-allocated")
    assert not view.go_to_next_overallocation()
    assert _cell(view) == (ben, 2)


def test_s25g1_a_cell_chosen_counts_itself_but_a_landing_moves_on(tmp_path, qtbot):
    _window, view = _open_exposed(tmp_path, qtbot)
    ana, ben = _row_of(view, "Ana"), _row_of(view, "Ben")
    view.grid.setCurrentIndex(view.grid_model.index(ben, 2))  # the user clicks Ben's red week
    assert view.go_to_next_overallocation()
    assert _cell(view) == (ben, 2)  # that cell itself, as from the start of a view
    assert not view.go_to_next_overallocation()  # the landing is passed: none after it
    view.grid.setCurrentIndex(view.grid_model.index(ana, 1))  # past Ana's red week
    assert view.go_to_next_overallocation()
    assert _cell(view) == (ben, 2)
