"""A GanttProject user's plan read as GanttProject draws it and reschedules it.

- ``<only-show-weekends value="true"/>`` is GanttProject's "tasks can run on weekends"
  (Project > Calendar: schedule all days): its weekends count as working days, so a task
  of 5 days started on a Friday ends on Tuesday, not the next Thursday.
- ``thirdDate`` with ``thirdDate-constraint="1"`` is GanttProject's "earliest begin": a
  task held later than its predecessor would put it stays there when the predecessor
  moves earlier (``thirdDate-constraint="0"``: a date kept, nothing held).
- A date Gantry cannot schedule names the task it comes from, not the calendar.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.io.gan import read_gan
from tests.cli.test_cli import gantry

_WEEK = '<default-week sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>'


def _gan(tasks: str, weekends: str = "false") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project name="Site" version="3.3.3309">
  <calendars><day-types>{_WEEK}<only-show-weekends value="{weekends}"/></day-types>
  </calendars>
  <tasks>{tasks}</tasks>
</project>
"""


_TWO = """
<task id="0" name="Survey" meeting="false" start="2027-03-05" duration="5" complete="0">
  <depend id="1" type="2" difference="0" hardness="Strong"/>
</task>
<task id="1" name="Pour" meeting="false" start="2027-03-10" duration="1" complete="0"/>
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.gan"
    path.write_text(text, encoding="utf-8")
    return path


def test_s19gp_weekends_worked_when_the_file_says_tasks_run_on_weekends(tmp_path: Path) -> None:
    plan = read_gan(_write(tmp_path, _gan(_TWO, weekends="true")))
    sched = schedule(plan)
    # Fri 5 March + 5 days over Sat and Sun: Fri..Tue; Pour on Wed 10, where the file has it
    assert sched[1].finish.date() == date(2027, 3, 9)
    assert sched[2].start.date() == date(2027, 3, 10)


def test_s19gp_weekends_off_by_default(tmp_path: Path) -> None:
    sched = schedule(read_gan(_write(tmp_path, _gan(_TWO))))
    assert sched[1].finish.date() == date(2027, 3, 11)  # Fri..Thu over the weekend


_HELD = """
<task id="0" name="Survey" meeting="false" start="2027-03-01" duration="2" complete="0">
  <depend id="1" type="2" difference="0" hardness="Strong"/>
</task>
<task id="1" name="Pour" meeting="false" start="2027-03-08" duration="1" complete="0"
  thirdDate="2027-03-08" thirdDate-constraint="{flag}"/>
"""


def test_s19gp_earliest_begin_holds_a_linked_task(tmp_path: Path) -> None:
    plan = read_gan(_write(tmp_path, _gan(_HELD.format(flag="1"))))
    pour = plan.task(2)
    assert pour.constraint_type is ConstraintType.SNET
    assert pour.constraint_date == datetime(2027, 3, 8, 8, 0)
    assert schedule(plan)[2].start == datetime(2027, 3, 8, 8, 0)  # not Wed 3rd


def test_s19gp_earliest_begin_off_holds_nothing(tmp_path: Path) -> None:
    plan = read_gan(_write(tmp_path, _gan(_HELD.format(flag="0"))))
    assert plan.task(2).constraint_type is ConstraintType.ASAP


def test_s19gp_earliest_begin_after_the_stored_start_of_a_free_task(tmp_path: Path) -> None:
    tasks = """<task id="0" name="Pour" meeting="false" start="2027-03-01" duration="1"
      complete="0" thirdDate="2027-03-04" thirdDate-constraint="1"/>"""
    plan = read_gan(_write(tmp_path, _gan(tasks)))
    assert plan.task(1).constraint_date == datetime(2027, 3, 4, 8, 0)


def test_s19gp_earliest_begin_not_a_date_names_the_task(tmp_path: Path) -> None:
    tasks = """<task id="0" name="Pour" meeting="false" start="2027-03-01" duration="1"
      complete="0" thirdDate="soon" thirdDate-constraint="1"/>"""
    with pytest.raises(FileFormatError, match=r'<task id="0"> has thirdDate="soon"'):
        read_gan(_write(tmp_path, _gan(tasks)))


def test_s19gp_a_date_out_of_range_names_the_task(tmp_path: Path) -> None:
    tasks = """<task id="7" name="Pour" meeting="false" start="2027-03-01" duration="99999999"
      complete="0"/>"""
    path = _write(tmp_path, _gan(tasks))
    with pytest.raises(FileFormatError, match=r'^site\.gan: <task id="7"> .*2999'):
        read_gan(path)
    out = tmp_path / "out.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1
    assert '<task id="7">' in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()
