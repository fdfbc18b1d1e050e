"""Leveling Options… offers "Level only within available slack", as MS Project's dialog does,
and Level All with it checked leaves a task that has no slack for the delay where it is."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.domain.leveling import LevelingOptions
from app.store.document import GantryFile
from app.ui.dialogs.leveling_dialog import LevelingDialog
from tests.test_s21lv_within_slack import _plan


def test_s21lv_dialog_shows_and_returns_within_slack(qtbot) -> None:
    dialog = LevelingDialog(LevelingOptions(within_slack=True))
    qtbot.addWidget(dialog)
    box = dialog.within_slack
    assert box.text() == "Level only within available &slack"  # Alt+S (s29lv)
    assert box.isChecked()
    assert dialog.options().within_slack
    box.setChecked(False)
    assert dialog.options() == LevelingOptions()
    dialog.show()
    dialog.grab().save("/tmp/s21lv_dialog.png")


def test_s21lv_level_all_within_slack_keeps_doc(tmp_path, qtbot, monkeypatch) -> None:
    from app.ui.app import Session
    from app.ui.settings import Settings

    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    path = tmp_path / "slack.gantry"
    GantryFile.create(path, _plan()).close()
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    chosen = LevelingOptions(within_slack=True)
    monkeypatch.setattr(
        LevelingDialog, "ask", classmethod(lambda cls, current, parent=None: (chosen, True))
    )
    window.action_collection["leveling_options"].trigger()
    plan = window.document.plan
    assert plan.project.leveling == chosen
    assert [t.leveling_delay_minutes for t in plan.tasks] == [0, 0, 0]
    window.close()
