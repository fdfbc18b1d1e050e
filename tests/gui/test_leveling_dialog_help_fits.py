"""Resource Leveling's help line under the order grows with the order chosen: opened on
ID Only (one line), switching to Standard (three lines at the dialog's width) showed 19 px
of the 42 it needs, over the splits checkbox."""

from __future__ import annotations

from app.domain.leveling import LevelingOptions, LevelingOrder
from app.ui.dialogs.leveling_dialog import LevelingDialog


def test_the_help_is_shown_whole_after_switching_order(qtbot):
    dialog = LevelingDialog(LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    short = dialog.help.height()
    dialog.order.setCurrentIndex(list(LevelingOrder).index(LevelingOrder.STANDARD))
    qtbot.wait(10)
    help_ = dialog.help
    assert help_.heightForWidth(help_.width()) > short  # the text did need more lines
    assert help_.height() >= help_.heightForWidth(help_.width())
    # and the checkbox below starts under it, not over it
    assert dialog.splits.geometry().top() >= help_.geometry().bottom()
