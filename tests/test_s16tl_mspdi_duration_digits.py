"""MS Project XML durations take ASCII digits only, on the fast path and the parser's.

The duration pattern used ``\\d``, which matches other scripts' digits too, and float()
reads them: ``PT\\uff11H`` read as one hour. No ISO 8601 duration is written so; it is
refused naming the element, as any other unreadable duration is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_values import parse_duration
from tests.mspdi_two_paths import NS
from tests.mspdi_two_paths import read_either_way as _read


def _file(tmp_path: Path, duration: str) -> Path:
    path = tmp_path / "plan.xml"
    rows = "".join(
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>{d}</Duration><DurationFormat>5</DurationFormat></Task>"
        for uid, d in ((1, "PT8H0M0S"), (2, duration))
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        f"<Tasks>{rows}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
@pytest.mark.parametrize(
    "duration",
    ["PT\uff11H0M0S", "PT1H\uff10M0S", "P\u0661DT0H", "PT1.\uff15H", "PT\U0001d7cfH"],
)
def test_a_duration_with_other_digits_is_refused_naming_it(tmp_path, duration, fast):
    found = _read(_file(tmp_path, duration), fast)
    assert found.startswith("refused: Task #2 (UID 2)")
    assert f"<Duration> '{duration}' is not a duration" in found


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
def test_an_ascii_duration_still_reads(tmp_path, fast):
    found = _read(_file(tmp_path, "PT1.5H0M0S"), fast)
    assert "refused" not in found
    assert read_mspdi(_file(tmp_path, "PT1.5H0M0S")).task(2).duration_minutes == 90


def test_parse_duration_takes_ascii_digits_only():
    assert parse_duration("P1DT2H3M") == 1440 + 123
    assert parse_duration("PT\uff11H") is None
    assert parse_duration("P\u0661D") is None
