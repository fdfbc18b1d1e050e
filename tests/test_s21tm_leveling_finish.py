"""Level Resources in the window said what moved but not the new finish, where `gantry level`
says "Finishes … (unleveled …)": the Team view's and Project > Level Resources' message
now says it too, with the dates as the status bar writes them (one wording, finish_text)."""

from __future__ import annotations

from app.domain.leveling_result import finish_text
from app.ui.document import Document
from app.ui.models.task_date_edits import local_date
from app.ui.team.view import TeamView
from tests.gui.test_team_view import _plan


def test_s21tm_leveling_says_the_new_finish_and_the_unleveled_one(qtbot):
    document = Document(_plan())
    view = TeamView(document)
    qtbot.addWidget(view)
    before = document.schedule.finish
    view.level_resources()
    after = document.schedule.finish
    assert after > before  # Ana's two tasks no longer run side by side
    said = view.summary.text()
    assert said.startswith("Delayed 1 task")
    assert f"{finish_text(local_date(after), local_date(before))}." in said
    assert "Finishes" in said


def test_s21tm_the_window_and_gantry_level_share_the_wording():
    assert finish_text("a", "b") == "Finishes a (unleveled b)"
