"""The first time with seconds is found in every task text, also where a count of ':' would
say none: two names 'at 10:00' give as many ':00<' as one 09:08:24 lacks."""

from __future__ import annotations

from app.io.mspdi_settings_lost import TaskMarks, first_seconds

_ROWS = (
    "<Task><Name>Standup at 10:00</Name><Start>2006-09-08T08:00:00</Start></Task>"
    "<Task><Name>Review at 14:00</Name><Start>2006-09-08T09:08:24</Start></Task>"
)


def test_seconds_found_where_colons_balance() -> None:
    assert _ROWS.count(":") == 2 * _ROWS.count(":00<")  # a count-first check would skip it
    assert first_seconds(_ROWS) == "2006-09-08T09:08:24"
    marks = TaskMarks()
    marks.count_text(_ROWS)
    assert marks.seconds == "2006-09-08T09:08:24"


def test_no_seconds_in_whole_minutes_or_names() -> None:
    assert first_seconds(_ROWS.replace("09:08:24", "09:08:00")) == ""
    assert first_seconds("<Name>at 10:24</Name>") == ""  # a name's time, no date
