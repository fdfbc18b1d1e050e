"""The MS Project XML writer's docstrings say for which years public holidays are written
(s25c2): they said 'for the years the plan spans' after b5675a8 wrote the plan's years and
YEARS_AHEAD more, yearly exceptions where a holiday keeps its date or weekday. The number
they give is the one the writer uses."""

from __future__ import annotations

from app.io import mspdi_write, mspdi_write_calendars
from app.io.mspdi_write_holidays import YEARS_AHEAD


def test_s25c2_the_writers_docstrings_give_the_years_written():
    for module in (mspdi_write, mspdi_write_calendars):
        doc = " ".join((module.__doc__ or "").split())
        assert "for the years the plan spans" not in doc
        assert "plan's years" in doc
        assert f"{YEARS_AHEAD} more" in doc or f"({YEARS_AHEAD}) more" in doc
        assert "yearly exception" in doc
