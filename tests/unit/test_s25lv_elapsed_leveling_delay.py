"""An elapsed-duration task's leveling delay is elapsed time, as MS Project keeps it.

MS Project stores Leveling Delay in elapsed units (``edays``, LevelingDelayFormat 8):
a cure leveling may start when its person's other task ends on Friday 17:00 starts
there and runs through the weekend, as its links would start it (s24el). Counted in
working minutes, the same delay started it on Monday 08:00.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.leveling import apply_delays, level
from app.domain.leveling_fields import typed_delay
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.report.indicators import leveling_delay_text

DAY, EDAY = 480, 1440
MON = datetime(2027, 3, 1, 8)
FRI_17 = datetime(2027, 3, 5, 17)
WAIT = int((FRI_17 - MON).total_seconds() // 60)  # 4 days 9 hours of the clock


def _pour_and_cure() -> Plan:
    """Bo pours all week and must also watch a 2ed cure; both could start Monday."""
    plan = Plan(project=Project(name="s25lv", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * EDAY, elapsed=True))
    plan.add_resource(Resource(1, "Bo"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * EDAY))
    return plan


def test_s25lv_leveling_starts_the_cure_friday_evening_in_elapsed_time():
    plan = _pour_and_cure()
    result = level(plan, schedule(plan))
    assert result.delays[2] == WAIT  # elapsed minutes, not 5 working days
    apply_delays(plan, result.delays)
    s = schedule(plan)
    assert (s[2].start, s[2].finish) == (FRI_17, FRI_17 + timedelta(days=2))
    assert s[1].finish == FRI_17
    # The field shows the delay itself: 4.38 elapsed days.
    assert leveling_delay_text(plan, s, 2) == "4.38ed"


def test_s25lv_the_delay_goes_to_ms_project_xml_in_edays_and_back(tmp_path):
    plan = _pour_and_cure()
    apply_delays(plan, level(plan, schedule(plan)).delays)
    out = tmp_path / "cure.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    assert f"<LevelingDelay>{WAIT * 10}</LevelingDelay>" in text
    assert "<LevelingDelayFormat>8</LevelingDelayFormat>" in text
    again = read_mspdi(out)
    assert again.task(2).leveling_delay_minutes == WAIT
    assert schedule(again)[2].start == FRI_17


def test_s25lv_a_delay_typed_for_an_elapsed_task():
    plan = _pour_and_cure()
    s = schedule(plan)
    assert typed_delay(plan, s, 2, "1.5ed") == 36 * 60  # Mon 08:00 -> Tue 20:00
    # Working time typed is the clock time it spans on the calendar: 5d from Monday 08:00
    # end Friday 17:00.
    assert typed_delay(plan, s, 2, "5d") == WAIT
    # A working task keeps working minutes.
    assert typed_delay(plan, s, 1, "1d") == DAY
