"""Project > Status Date: the dialog says, as the date is picked, when it lies before the
project start or over a year after its finish (the words gantry status-date prints too)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.store.document import GantryFile
from app.ui.dialogs.dates import qdate
from app.ui.project_menu import StatusDateDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _dialog(qtbot, win, day: date) -> StatusDateDialog:
    dialog = StatusDateDialog(day, win)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_s26wn_the_dialog_warns_of_a_date_before_the_start(window, qtbot):
    start = window.document.plan.project.start.date()
    dialog = _dialog(qtbot, window, start)
    assert not dialog.warning.isVisible()  # the start itself: no word
    dialog.day.setDate(qdate(start - timedelta(days=30)))
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == (
        f"The status date is before the project start ({start:%a %Y-%m-%d}): nothing is due by it"
    )
    dialog.na.setChecked(True)  # NA: no date, no word
    assert not dialog.warning.isVisible()
    dialog.close()


def test_s26wn_the_dialog_warns_of_a_date_far_after_the_finish(window, qtbot):
    finish = window.document.schedule.finish
    dialog = _dialog(qtbot, window, finish.date() + timedelta(days=30))
    assert not dialog.warning.isVisible()  # a month late: a real status date
    dialog.day.setDate(qdate(finish.date() + timedelta(days=400)))
    assert dialog.warning.isVisible()
    assert dialog.warning.text().startswith(
        f"The status date is over a year after the project finish ({finish:%a %Y-%m-%d})"
    )
    dialog.close()


def test_s26wn_gantry_status_date_warns_of_a_date_far_after_the_finish(tmp_path: Path, capsys):
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    assert main(["status-date", str(path), "2031-06-02"]) == 0
    said = capsys.readouterr().out
    assert "; the status date is over a year after the project finish (" in said
    assert main(["status-date", str(path), "2027-02-01"]) == 0
    assert "project finish" not in capsys.readouterr().out
