"""A day without someone's work is not over-allocated, as MS Project judges each period
from the work in it. mspdiresource.xml's Wade Golden is on "Completed Task" (actual start
Saturday 26 Aug) and Task A (Friday to Tuesday): their spans overlap from Saturday, but he
works only Monday and Tuesday double; the Usage view and ``gantry usage`` marked Saturday
and Sunday too (``*``, red) with no work in them, and by week the week before (his 8 h
Friday). A week or month is over-allocated by its over-allocated days.
"""

from __future__ import annotations

from datetime import date

from app.cli import main
from app.domain.scheduler import schedule
from app.domain.usage import Scale, build_usage
from app.formats import read_plan


def test_s21sm_weekend_inside_an_overlap_is_not_over_allocated(shared_data):
    plan = read_plan(shared_data / "mspdi" / "mspdiresource.xml")
    usage = build_usage(plan, schedule(plan))
    days = usage.periods(Scale.DAYS)
    (wade,) = [k for k, r in enumerate(usage.resources) if r.name == "Wade Golden"]
    over = usage.overallocated(days)[wade]
    marked = {d for d, on in zip(days.starts, over.tolist(), strict=True) if on}
    assert marked == {date(2006, 8, 28), date(2006, 8, 29)}  # his 16 h days only
    weeks = usage.periods(Scale.WEEKS)
    weekly = usage.overallocated(weeks)[wade]
    # the week of his 16 h days; not the week before, whose weekend only the stretch spans
    assert [d for d, on in zip(weeks.starts, weekly.tolist(), strict=True) if on] == [
        date(2006, 8, 28)
    ]


def test_s21sm_usage_by_day_stars_only_days_with_work(shared_data, capsys):
    assert main(["usage", str(shared_data / "mspdi" / "mspdiresource.xml"), "--by", "day"]) == 0
    lines = capsys.readouterr().out.splitlines()
    (wade,) = [line for line in lines if line.startswith("Wade Golden")]
    assert wade.count("*") == 2
    assert "16.0h*" in wade
