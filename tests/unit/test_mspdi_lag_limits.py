"""MS Project XML lags beyond anything MS Project can write are refused naming the link.

A 400-digit <LinkLag> used to end in 'internal error (OverflowError)', and one
of 10,000 years in a calendar message that named no element.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import LAG_LIMIT_PERCENT, LAG_LIMIT_TENTHS


def _file(tmp_path: Path, lag: str, fmt: int) -> Path:
    path = tmp_path / "lag.xml"
    path.write_text(
        '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
        "<Name>x</Name><StartDate>2026-01-05T08:00:00</StartDate><Tasks>"
        "<Task><UID>1</UID><ID>1</ID><Name>A</Name><Duration>PT8H0M0S</Duration>"
        "<OutlineLevel>1</OutlineLevel></Task>"
        "<Task><UID>2</UID><ID>2</ID><Name>B</Name><Duration>PT8H0M0S</Duration>"
        "<OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>1</PredecessorUID>"
        f"<Type>1</Type><LinkLag>{lag}</LinkLag><LagFormat>{fmt}</LagFormat>"
        "</PredecessorLink></Task></Tasks></Project>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("lag", "fmt"),
    [
        ("1" + "0" * 400, 7),  # days
        ("1" + "0" * 400, 19),  # percent
        (str(LAG_LIMIT_TENTHS + 10), 7),
        (str(-LAG_LIMIT_TENTHS - 10), 8),  # elapsed lead
        (str(LAG_LIMIT_PERCENT + 1), 19),
    ],
)
def test_lag_out_of_range_is_refused_naming_the_link(tmp_path: Path, lag: str, fmt: int) -> None:
    with pytest.raises(FileFormatError) as err:
        read_mspdi(_file(tmp_path, lag, fmt))
    message = str(err.value)
    assert "UID 2" in message
    assert "<PredecessorLink>" in message
    assert "<LinkLag>" in message
    assert len(message) < 250  # a 400-digit value is cut short


@pytest.mark.parametrize(("lag", "fmt", "minutes"), [("48000", 7, 4800), ("-24000", 8, -2400)])
def test_ordinary_lags_still_read(tmp_path: Path, lag: str, fmt: int, minutes: int) -> None:
    plan = read_mspdi(_file(tmp_path, lag, fmt))
    (link,) = plan.links
    assert link.lag_minutes == minutes


def test_large_percent_within_limit_reads(tmp_path: Path) -> None:
    plan = read_mspdi(_file(tmp_path, "250", 19))
    (link,) = plan.links
    assert link.lag_percent == 250.0
