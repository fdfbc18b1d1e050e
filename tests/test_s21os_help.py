"""The guide's Progress section says what happens to progress reported out of sequence."""

from __future__ import annotations

from app.assets import resource_path


def test_s21os_progress_section_says_the_work_left_waits():
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    progress = text[text.index('<a name="progress">') :]
    progress = progress[: progress.index("</ul>")]
    assert "remaining work waits for the predecessor" in progress
    assert "Split in-progress tasks" in progress
