"""Task Usage's Details menu offers Cumulative Work, Remaining Cumulative Work and
Cumulative Cost: a team lead ticks them and reads the sprint's burn-down under its row
(tests/s31bd_plan.py: 40h a week, 4,000 a week at 100/h)."""

from __future__ import annotations

from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.ui.usage.rows import Mode
from tests.s31bd_plan import sprint_plan
from tests.test_s21ru_usage_window import open_usage


def test_s31bd_the_details_menu_shows_the_sprints_burn_down(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, sprint_plan())
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.WEEKS)
    view.wait_built()
    titles = [a.text() for a in view.details_menu().actions()]
    assert titles[-3:] == ["Cumulative Work", "Rem. Cumulative Work", "Cumulative Cost"]
    for detail in (
        Detail.CUMULATIVE_WORK,
        Detail.REMAINING_CUMULATIVE_WORK,
        Detail.CUMULATIVE_COST,
    ):
        view.detail_actions[detail].trigger()
    qtbot.waitUntil(lambda: len(view.grid_model.details) == 4)
    tree = view.tree_model.tree
    sprint = next(k for k, n in enumerate(view.grid_model.shown) if tree.name(n) == "Sprint")
    first, second = (
        [text for text, _red in view.grid_model.detail_texts(sprint, week)] for week in (0, 1)
    )
    assert first[1:3] == ["40.0h", "40.0h"]  # done and scheduled through week 1; 40h left
    assert second[1:3] == ["80.0h", ""]  # nothing left after week 2
    assert [first[3][-8:], second[3][-8:]] == ["4,000.00", "8,000.00"]
    window.grab().save(str(tmp_path / "burn_down.png"))
    window.grab().save("/tmp/s31bd/burn_down.png")
    window.close()
