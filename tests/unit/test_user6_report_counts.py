"""The status report's "and N more" lines read as English for one left out too.

The demo with 16 late tasks printed "… and 1 more late tasks." under the
fifteen listed.
"""

from __future__ import annotations

from app.report.status_pages import more_text


def test_one_more_is_singular_and_several_are_plural():
    assert more_text(1, "late task", "late tasks") == "… and 1 more late task."
    assert more_text(3, "late task", "late tasks") == "… and 3 more late tasks."
    assert more_text(1, "over-allocated person", "over-allocated people") == (
        "… and 1 more over-allocated person."
    )
