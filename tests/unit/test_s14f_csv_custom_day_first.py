"""A CSV's custom date cells (Date1..10) read text like 07/08/2026 in the order the CSV
import is told (``day_first``), as its Start and Finish cells do."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import FileFormatError
from app.formats import read_plan


def _csv(tmp_path, date_text: str):
    path = tmp_path / "client.csv"
    path.write_text(
        f"Name,Start,Duration,Review (Date1)\nDesign,{date_text},2d,{date_text}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(("day_first", "day", "month"), [(True, 7, 8), (False, 8, 7)])
def test_custom_dates_follow_day_first(tmp_path, day_first, day, month):
    plan = read_plan(_csv(tmp_path, "07/08/2026"), day_first=day_first)
    task = plan.tasks[0]
    review = dict(task.custom)["Date1"]
    assert isinstance(review, datetime)
    assert (review.day, review.month) == (day, month)
    assert task.start is not None
    assert (task.start.day, task.start.month) == (review.day, review.month)  # as Start reads
    assert review.time() == plan.project.default_start_time


def test_a_date_only_one_order_reads_is_read_so_either_way(tmp_path):
    for day_first in (True, False):
        plan = read_plan(_csv(tmp_path, "13/08/2026"), day_first=day_first)
        review = dict(plan.tasks[0].custom)["Date1"]
        assert (review.day, review.month) == (13, 8)


def test_iso_dates_and_times_still_read(tmp_path):
    plan = read_plan(_csv(tmp_path, "2026-03-02 13:00"), day_first=False)
    assert dict(plan.tasks[0].custom)["Date1"] == datetime(2026, 3, 2, 13, 0)


def test_a_bad_custom_date_names_its_cell(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Name,Duration,Review (Date1)\nDesign,2d,32/13/2026\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"(?i)row 2.*column C|C2"):
        read_plan(path, day_first=True)
