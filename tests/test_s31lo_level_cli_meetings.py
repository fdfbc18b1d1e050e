"""``gantry level`` on a sprint plan with a recurring sprint review: the reviews, leveled as MS
Project levels them, are named in their own sentence with Priority 1000 as the way to keep them
on their dates; at Priority 1000 they stay and nothing is said; the sprints stay in order."""

from __future__ import annotations

from app.cli import main
from app.domain.leveling_rules import DO_NOT_LEVEL
from app.domain.scheduler import schedule
from app.store.document import GantryFile, read_plan
from tests.test_s31lo_sprint_leveling import REVIEW, SPRINTS, _sprint_plan


def test_s31lo_gantry_level_names_the_moved_reviews(tmp_path, capsys) -> None:
    path = tmp_path / "release.gantry"
    plan, _ = _sprint_plan(review=True)
    GantryFile.create(path, plan).close()
    assert main(["level", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Recurring tasks moved: " in out, out
    assert "occurrences of 'Sprint review'" in out
    assert "Priority 1000 (do not level)" in out
    assert out.index("Recurring tasks moved") < out.index("Order: Standard")
    leveled = schedule(read_plan(path))
    starts = [leveled[REVIEW + 1 + i].start for i in range(SPRINTS)]
    assert starts == sorted(starts)


def test_s31lo_gantry_level_says_nothing_of_reviews_kept_at_1000(tmp_path, capsys) -> None:
    path = tmp_path / "release.gantry"
    plan, _ = _sprint_plan(review=True, review_priority=DO_NOT_LEVEL)
    GantryFile.create(path, plan).close()
    assert main(["level", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Delayed" in out, out  # the stories moved
    assert "Recurring tasks moved" not in out
