"""What Recurring Task Information says when a pattern makes no occurrence.

"Every week on Saturday, 10 times", non-working occurrences skipped, said
"no occurrence falls between the start and end dates" though no end date was
given: every occurrence fell on a weekend and was skipped.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.errors import InputError
from app.domain.recurrence_tasks import NonWorkingOccurrence, TaskRecurrence, occurrence_dates
from app.domain.worktime import WorkTime

CAL = standard_calendar(1)
WT = WorkTime.for_calendar(CAL, {1: CAL})


def test_every_occurrence_on_a_weekend_and_skipped_is_said_so() -> None:
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (5,), occurrences=10),
        date(2026, 1, 2),
        non_working=NonWorkingOccurrence.SKIP,
    )
    with pytest.raises(InputError) as info:
        occurrence_dates(rec, WT)
    message = str(info.value)
    assert "non-working" in message
    assert "end" not in message


def test_a_range_without_any_date_of_the_pattern_still_names_the_dates() -> None:
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (2,)), date(2026, 1, 2), end=date(2026, 1, 2)
    )
    with pytest.raises(InputError, match="between the start and end dates"):
        occurrence_dates(rec, WT)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (Recurrence(RecurrenceKind.YEARLY_BY_DATE, 2, day_of_month=5, month=6), "every 2 years on"),
        (
            Recurrence(RecurrenceKind.YEARLY_BY_WEEKDAY, 3, week_of_month=5, weekday=4, month=6),
            "every 3 years on the last Fri of June",
        ),
        (Recurrence(RecurrenceKind.YEARLY_BY_DATE, 1, day_of_month=5, month=6), "every year on"),
    ],
)
def test_a_pattern_every_few_years_reads_in_the_plural(pattern, words) -> None:
    """'every 2 year on June 5' read as a typo in the dialog's preview."""
    from app.domain.recurrence_tasks import describe

    rec = TaskRecurrence(replace(pattern, occurrences=2), date(2026, 1, 2))
    assert describe(rec).startswith(words)
