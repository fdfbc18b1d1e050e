"""Clear Leveling is one action wherever it is offered: Project > Clear Leveling… and the
Team view's toolbar cleared every delay without a word, where Resource > Clear Leveling…
asked MS Project's question (Entire project / Selected tasks). All three now ask it."""

from __future__ import annotations

import pytest

from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from tests.test_s22lv_window import _delays, window  # noqa: F401 (the fixture)

WHERE = ("clear_leveling", "resource_clear_leveling", "team_clear_leveling")


def _trigger(window, where: str) -> None:  # noqa: F811
    if where == "team_clear_leveling":
        window.show_view("team")
        window.views["team"].actions_by_id[where].trigger()
    else:
        window.action_collection[where].trigger()


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("answer", [True, False, None])
def test_s22td_every_clear_leveling_asks_ms_projects_question(window, monkeypatch, where, answer):  # noqa: F811
    window.action_collection["level_resources"].trigger()
    leveled = _delays(window)
    delayed = {uid for uid, minutes in leveled.items() if minutes}
    assert {2, 4} <= delayed
    asked = []

    def ask(cls, has_selection, parent=None):
        asked.append(has_selection)
        return answer

    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(ask))
    window.tree.select_uids([4])
    depth = window.document.undo_stack.count()
    _trigger(window, where)
    assert asked == [True]  # offered the tasks selected in the Gantt
    left = {uid for uid, minutes in _delays(window).items() if minutes}
    if answer is None:  # cancelled: nothing cleared, no step
        assert left == delayed
        assert window.document.undo_stack.count() == depth
        return
    assert left == (delayed - {4} if answer else set())
    assert window.document.undo_stack.count() == depth + 1
    said = window.statusBar().currentMessage()
    assert said
    if where == "team_clear_leveling":
        assert window.views["team"].summary.text() == said  # the Team view says it too
    window.document.undo_stack.undo()
    assert _delays(window) == leveled


def test_s22td_the_three_are_titled_alike(window):  # noqa: F811
    window.show_view("team")
    texts = [
        window.action_collection["clear_leveling"].text(),
        window.action_collection["resource_clear_leveling"].text(),
        window.views["team"].actions_by_id["team_clear_leveling"].text(),
    ]
    assert [t.replace("&", "") for t in texts] == ["Clear Leveling…"] * 3
    tips = {
        window.action_collection["clear_leveling"].statusTip(),
        window.action_collection["resource_clear_leveling"].statusTip(),
        window.views["team"].actions_by_id["team_clear_leveling"].statusTip(),
    }
    assert len(tips) == 1
