"""Edit > Copy Picture…: the Gantt's rows and dates as an image on the clipboard or in a PNG."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMenu

from app.domain.errors import AppError
from app.domain.task import Task
from app.report.export import (
    MAX_PICTURE_ROWS,
    Picture,
    picture_height,
    picture_layout,
    render_picture,
    table_width,
)
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice, CopyPictureDialog, RowCounts
from app.ui.document import Document
from app.ui.gantt import copy_picture
from app.ui.gantt.copy_picture import CopyPicture, pane_width, picture_for, shown_columns
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    for k in range(8, 31):  # enough rows that the screen and the selection differ
        plan.append_task(Task(k, f"Extra {k}", 1, duration_minutes=480 * (k % 4 + 1)))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


@pytest.fixture
def chosen(monkeypatch):
    """Answer the dialog with the choice the test puts in ``chosen.value``."""

    class Answer:
        def __init__(self) -> None:
            self.value = CopyPictureChoice()
            self.asked: list[RowCounts] = []

    answer = Answer()

    def ask(parent, counts, shown):
        answer.asked.append(counts)
        return answer.value

    monkeypatch.setattr(CopyPicture, "ask_choice", staticmethod(ask))
    return answer


def _copy(window) -> QImage:
    QGuiApplication.clipboard().clear()
    window.action_collection["copy_picture"].trigger()
    return QGuiApplication.clipboard().image()


def test_copy_picture_sits_in_the_edit_menu_and_the_charts_right_click_menu(window):
    edit = window.menuBar().findChild(QMenu, "edit_menu")
    assert window.action_collection["copy_picture"] in edit.actions()
    assert window.action_collection["copy_picture"] in window.gantt.canvas.actions()
    assert window.action_collection["copy_picture"].isEnabled()
    window.show_view("team")
    assert not window.action_collection["copy_picture"].isEnabled()
    window.show_view("gantt")
    assert window.action_collection["copy_picture"].isEnabled()


def test_selected_rows_go_to_the_clipboard_taller_with_more_rows(window, chosen):
    chosen.value = CopyPictureChoice(rows="selected")
    window.tree.select_uids([2, 3])
    two = _copy(window)
    assert not two.isNull()
    assert chosen.asked[-1].selected == 2
    window.tree.select_uids([2, 3, 5, 6, 7])
    five = _copy(window)
    assert five.height() == picture_height(5)
    assert two.height() == picture_height(2)
    assert five.height() > two.height()
    assert five.width() == two.width()


def test_the_file_option_writes_a_png_of_the_expected_size(window, chosen, tmp_path, monkeypatch):
    target = tmp_path / "status"
    monkeypatch.setattr(CopyPicture, "ask_png_path", staticmethod(lambda parent: str(target)))
    chosen.value = CopyPictureChoice(rows="selected", to_file=True)
    window.tree.select_uids([1, 2, 3, 4])
    window.action_collection["copy_picture"].trigger()
    written = tmp_path / "status.png"  # the extension is added
    image = QImage(str(written))
    assert not image.isNull()
    assert image.height() == picture_height(4)
    canvas = window.gantt.canvas.width()
    left = shown_columns(window.gantt, pane_width(window.gantt))  # of the divider, as printed
    assert image.width() == round(table_width(left) + canvas)


def test_a_cancelled_file_dialog_writes_nothing(window, chosen, tmp_path, monkeypatch):
    monkeypatch.setattr(CopyPicture, "ask_png_path", staticmethod(lambda parent: ""))
    chosen.value = CopyPictureChoice(rows="screen", to_file=True)
    QGuiApplication.clipboard().clear()
    window.action_collection["copy_picture"].trigger()
    assert list(tmp_path.iterdir()) == []
    assert QGuiApplication.clipboard().image().isNull()


def test_rows_on_screen_follow_the_scroll_and_collapsed_rows_stay_out(window, chosen):
    chosen.value = CopyPictureChoice(rows="screen")
    tree = window.tree
    tree.setFixedHeight(tree.header().height() + tree.rowHeight(0) * 10 + 4)
    window.gantt.canvas.update()
    shown = len(window.gantt.visible_rows())
    assert 10 <= shown < 30
    assert _copy(window).height() == picture_height(shown)
    chosen.value = CopyPictureChoice(rows="all")
    assert _copy(window).height() == picture_height(30)
    tree.collapse(window.model.index_of_uid(1))  # Design hides Specs and Review
    assert _copy(window).height() == picture_height(28)


def test_the_picture_is_the_png_exports_drawing(window, chosen):
    """Pixel for pixel what render_picture (behind ``gantry convert x.png``) draws."""
    for column in Column:
        keep = column in (Column.WBS, Column.NAME, Column.DURATION, Column.START, Column.FINISH)
        window.tree.setColumnHidden(column, not keep)
    assert shown_columns(window.gantt) == ("wbs", "name", "duration", "start", "finish")
    start, finish = datetime(2026, 3, 1), datetime(2026, 3, 28)
    chosen.value = CopyPictureChoice(rows="selected", date_from=start, date_to=finish)
    window.tree.select_uids([4, 5, 6, 7])
    copied = _copy(window)
    doc = window.document
    expected = render_picture(
        doc.plan,
        doc.schedule,
        Picture(
            uids=(4, 5, 6, 7),
            date_from=start,
            date_to=finish,
            chart_width=window.gantt.canvas.width(),
            chart=window.gantt.chart_painter().options,
        ),
    )
    assert copied.convertToFormat(expected.format()) == expected
    # and the chart's toggles reach the picture: without arrows it differs
    window.action_collection["gantt_show_links"].setChecked(False)
    assert _copy(window).convertToFormat(expected.format()) != expected


def test_all_rows_above_the_cap_are_refused_with_a_pointer_to_pdf(window, monkeypatch):
    view = window.gantt
    monkeypatch.setattr(copy_picture, "MAX_PICTURE_ROWS", 20)
    with pytest.raises(AppError, match="Export PDF"):
        picture_for(view, CopyPictureChoice(rows="all"))
    QGuiApplication.clipboard().clear()
    monkeypatch.setattr(
        CopyPicture, "ask_choice", staticmethod(lambda *a: CopyPictureChoice(rows="all"))
    )
    window.action_collection["copy_picture"].trigger()
    assert QGuiApplication.clipboard().image().isNull()
    assert "Export PDF" in window.statusBar().currentMessage()
    # refused before a file is asked for
    asked = []
    monkeypatch.setattr(CopyPicture, "ask_png_path", staticmethod(lambda p: asked.append(p) or ""))
    monkeypatch.setattr(
        CopyPicture,
        "ask_choice",
        staticmethod(lambda *a: CopyPictureChoice(rows="all", to_file=True)),
    )
    window.action_collection["copy_picture"].trigger()
    assert asked == []


def test_the_dialog_refuses_too_many_rows_and_dates_out_of_order(qtbot):
    counts = RowCounts(screen=30, selected=0, all=MAX_PICTURE_ROWS + 1, limit=MAX_PICTURE_ROWS)
    dialog = CopyPictureDialog(counts, (datetime(2026, 3, 1), datetime(2026, 4, 1)))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not dialog.row_buttons["selected"].isEnabled()
    assert dialog.row_buttons["screen"].isChecked()
    assert ok.isEnabled()
    dialog.row_buttons["all"].setChecked(True)
    assert not ok.isEnabled()
    assert "Export PDF" in dialog.warning.text()
    dialog.row_buttons["screen"].setChecked(True)
    dialog.between.setChecked(True)
    dialog.date_to.setDate(dialog.date_from.date().addDays(-3))
    assert not ok.isEnabled()
    dialog.date_to.setDate(dialog.date_from.date().addDays(6))
    assert ok.isEnabled()
    dialog.to_file.setChecked(True)
    choice = dialog.choice()
    assert choice == CopyPictureChoice(
        "screen", datetime(2026, 3, 1), datetime(2026, 3, 8), to_file=True
    )


def test_with_a_selection_the_dialog_offers_it_over_the_rows_own_dates(qtbot):
    counts = RowCounts(screen=30, selected=4, all=30, limit=MAX_PICTURE_ROWS)
    dialog = CopyPictureDialog(counts, (datetime(2026, 3, 1), datetime(2026, 4, 1)))
    qtbot.addWidget(dialog)
    assert dialog.choice() == CopyPictureChoice("selected", fit=True)


def test_fitted_dates_hold_the_selected_bars_however_the_chart_is_scrolled(window):
    view = window.gantt
    view.set_zoom("hours")
    view.hbar.setValue(0)  # the chart shows two weeks before the project, no bar at all
    window.tree.select_uids([6, 7])
    sched = window.document.schedule
    picture = picture_for(view, CopyPictureChoice("selected", fit=True))
    assert (picture.date_from, picture.date_to) == (None, None)
    lay = picture_layout(window.document.plan, sched, picture)
    assert lay.table_width < lay.x_of(sched[6].start) < lay.x_of(sched[7].finish) < lay.width
    shown = picture_for(view, CopyPictureChoice("selected"))
    assert shown.date_to is not None
    assert shown.date_to < sched[6].start


def test_optional_columns_shown_in_the_sheet_are_in_the_picture(window):
    """Columns inserted from the header (Total Slack, Deadline...) are drawn as printed."""
    from app.ui.column_placement import insert_column

    for column in Column:
        window.tree.setColumnHidden(column, column not in (Column.NAME, Column.FINISH))
    insert_column(window.tree, Column.TOTAL_SLACK)
    insert_column(window.tree, Column.DEADLINE)
    keys = shown_columns(window.gantt)
    assert {"name", "finish", "slack", "deadline"} == set(keys)
    assert keys.index("name") < keys.index("finish")
