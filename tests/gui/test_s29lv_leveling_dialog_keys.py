"""Resource Leveling's controls each have an Alt+letter, none shared, as MS Project's
dialog has them; Tab walks them top to bottom as they read, the range's days right
after "Level from:"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from app.domain.leveling_options import LevelingOptions
from app.ui.dialogs.access_keys import mnemonic
from app.ui.dialogs.leveling_dialog import LevelingDialog


def _dialog(qtbot) -> LevelingDialog:
    span = (date(2026, 1, 5), date(2026, 3, 6))
    dialog = LevelingDialog(LevelingOptions(level_from=span[0], level_to=span[1]), None, span)
    qtbot.addWidget(dialog)
    return dialog


def test_s29lv_every_control_has_its_own_access_key(qtbot) -> None:
    dialog = _dialog(qtbot)
    buttons = {
        b.objectName(): b.text()
        for b in dialog.findChildren(QAbstractButton)
        if b.objectName().startswith("level")
    }
    labels = {
        lab.buddy().objectName(): lab.text()
        for lab in dialog.findChildren(QLabel)
        if lab.buddy() is not None
    }
    keys = {name: mnemonic(text) for name, text in (buttons | labels).items()}
    for name in (
        "leveling_automatic",
        "leveling_manual",
        "leveling_basis",
        "leveling_clear_first",
        "leveling_entire",
        "leveling_ranged",
        "leveling_to",
        "leveling_order",
        "leveling_within_slack",
        "leveling_splits",
        "level_all",
    ):
        assert keys.get(name), f"{name} has no access key: {keys}"
    used = [k for k in keys.values() if k]
    assert len(used) == len(set(used)), keys
    assert dialog.findChild(QPushButton, "level_all").text() == "Level &All"


def test_s29lv_tab_walks_the_controls_in_reading_order(qtbot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.ranged.isChecked()  # the range's day fields take the keyboard
    walked: list[str] = []
    widget: QWidget = dialog.automatic
    for _step in range(40):
        if (
            widget.objectName().startswith("level")
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            walked.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is dialog.automatic:
            break
    # Automatic and Manual are one stop (arrows move between them; which one Qt's style
    # stops on varies): the rest in the order they read.
    walked = [w for w in walked if w not in ("leveling_automatic", "leveling_manual")]
    assert walked[:10] == [
        "leveling_basis",
        "leveling_clear_first",
        "leveling_entire",
        "leveling_ranged",
        "leveling_from",
        "leveling_to",
        "leveling_order",
        "leveling_within_slack",
        "leveling_adjust_assignments",  # read between them (s30lv)
        "leveling_splits",
    ]
    dialog.close()
