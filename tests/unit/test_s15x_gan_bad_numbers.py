"""A GanttProject file with numbers no plan can hold is refused with one line naming the task.

Found feeding hand-edited .gan files to `gantry schedule`: duration="nan" or
"inf" (and a lag difference="nan") ended in 'internal error (ValueError)';
complete="250" or "-5" became 250 % or -5 % complete, and duration="-3" a
zero-length task, silently. GanttProject itself writes whole days >= 0 and a
completion between 0 and 100.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.gan import read_gan

_GAN = """<?xml version="1.0" encoding="UTF-8"?>
<project name="p" version="3.3">
  <tasks>
    <task id="0" name="Design" meeting="false" start="2024-01-04" duration="{duration}"
          complete="{complete}">
      <depend id="1" type="2" difference="{lag}" hardness="Strong"/>
    </task>
    <task id="1" name="Build" meeting="false" start="2024-01-08" duration="2" complete="0"/>
  </tasks>
</project>
"""


def _write(tmp_path: Path, duration: str = "3", complete: str = "0", lag: str = "0") -> Path:
    path = tmp_path / "plan.gan"
    path.write_text(_GAN.format(duration=duration, complete=complete, lag=lag), "utf-8")
    return path


def test_good_values_are_read(tmp_path: Path) -> None:
    plan = read_gan(_write(tmp_path, duration="3", complete="40", lag="1"))
    assert plan.task(1).percent_complete == 40
    assert plan.task(1).duration_minutes == 3 * 480


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("duration", "nan", 'has duration="nan", not a number'),
        ("duration", "inf", 'has duration="inf", not a number'),
        ("duration", "-3", 'has duration="-3"; a duration cannot be negative'),
        ("complete", "250", 'has complete="250" (expected 0 to 100)'),
        ("complete", "-5", 'has complete="-5" (expected 0 to 100)'),
        ("complete", "nan", 'has complete="nan", not a number'),
        ("lag", "nan", 'has difference="nan", not a number'),
    ],
)
def test_bad_numbers_are_refused_naming_the_element(tmp_path, field, value, said) -> None:
    path = _write(tmp_path, **{field: value})
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    message = str(caught.value)
    assert message.startswith("plan.gan: <")
    assert said in message
    assert "\n" not in message
