"""Duration units typed as MS Project takes them, whatever their case and spelled out
(s30xc: ``7ED`` was refused as "unknown duration unit 'ED'", ``7 elapsed days`` likewise),
in a Duration cell and in a lag."""

from __future__ import annotations

import pytest

from app.domain.notation import parse_duration, parse_predecessors
from app.domain.project import Project

PROJECT = Project()


@pytest.mark.parametrize(
    ("typed", "minutes", "elapsed"),
    [
        ("7ED", 7 * 1440, True),
        ("7Ed", 7 * 1440, True),
        ("7 elapsed days", 7 * 1440, True),
        ("7 Elapsed Days", 7 * 1440, True),
        ("2 elapsed weeks", 2 * 10080, True),
        ("2W", 2 * 2400, False),
        ("3 days", 3 * 480, False),
        ("4 hours", 4 * 60, False),
        ("3 DAYS", 3 * 480, False),
    ],
)
def test_s30mc_a_duration_unit_in_any_case_or_spelled_out(
    typed: str, minutes: int, elapsed: bool
) -> None:
    got = parse_duration(typed, PROJECT)
    assert (got.minutes, got.elapsed) == (minutes, elapsed)


@pytest.mark.parametrize("typed", ["16FS+2ED", "16FS+2 elapsed days", "16fs+2 Elapsed Days"])
def test_s30mc_a_lag_in_any_case_or_spelled_out(typed: str) -> None:
    (ref,) = parse_predecessors(typed, PROJECT)
    assert (ref.lag_minutes, ref.lag_elapsed) == (2 * 1440, True)


def test_s30mc_an_unknown_unit_is_still_refused() -> None:
    with pytest.raises(Exception, match="unknown duration unit"):
        parse_duration("7 elapsed fortnights", PROJECT)
