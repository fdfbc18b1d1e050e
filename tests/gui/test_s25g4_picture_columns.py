"""Edit > Copy Picture drew every sheet column while Print draws those left of the divider
(5daba5e): a picture of a narrow sheet pane squeezed its chart behind columns the user had
pushed out of sight. It now draws the columns Print draws."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.domain.task import Task
from app.report.export import picture_height, table_width
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.document import Document
from app.ui.gantt.copy_picture import CopyPicture, pane_width, picture_for, shown_columns
from app.ui.main_window import MainWindow
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _window(qtbot) -> MainWindow:
    plan = build_plan()
    for k in range(8, 20):
        plan.append_task(Task(k, f"Extra {k}", 1, duration_minutes=480))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    return win


def test_s25g4_the_picture_draws_the_columns_left_of_the_divider(qtbot, monkeypatch) -> None:
    win = _window(qtbot)
    view = win.gantt
    win.splitter.setSizes([300, 1100])
    qtbot.waitUntil(lambda: win.tree.viewport().width() < 330)
    every = shown_columns(view)
    picture = picture_for(view, CopyPictureChoice(rows="all"))
    assert picture.columns == shown_columns(view, pane_width(view))
    assert len(picture.columns) < len(every)  # some behind the chart stay out
    assert picture.columns == every[: len(picture.columns)]
    assert "finish" not in picture.columns
    assert picture.columns == actions.chosen_options(win, win.document).columns  # as Print
    # the image drawn is that narrow: the columns shown plus the chart
    monkeypatch.setattr(
        CopyPicture, "ask_choice", staticmethod(lambda *a: CopyPictureChoice(rows="selected"))
    )
    win.tree.select_uids([1, 2, 3])
    QGuiApplication.clipboard().clear()
    win.action_collection["copy_picture"].trigger()
    image = QGuiApplication.clipboard().image()
    assert image.height() == picture_height(3)
    assert image.width() == round(table_width(picture.columns) + view.canvas.width())
    image.save("/tmp/s25g4_picture_narrow.png")
    win.splitter.setSizes([1300, 100])
    qtbot.waitUntil(lambda: win.tree.viewport().width() > 1000)
    assert "finish" in picture_for(view, CopyPictureChoice(rows="all")).columns
    win.close()
