"""The Team view's Level resources on a sprint plan names the sprint reviews it moved and
points to Priority 1000 (do not level), as ``gantry level`` does."""

from __future__ import annotations

from app.ui.document import Document
from app.ui.team.view import TeamView
from tests.test_s31lo_sprint_leveling import _sprint_plan


def test_s31lo_level_resources_names_the_moved_reviews(qtbot) -> None:
    plan, _ = _sprint_plan(review=True)
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    errors: list[str] = []
    view.message = lambda parent, text: errors.append(text)
    view.level_resources()
    text = view.summary.text()
    assert "Recurring tasks moved: " in text, text
    assert "occurrences of 'Sprint review'" in text
    assert "Priority 1000 (do not level)" in text
    assert not errors
    view.close()
