"""Elapsed durations and lags are written with the format codes MS Project writes.

mspdiduration.xml (MS Project 2007) has a task in every unit, plain and elapsed: 1 m, 1 h,
1 d, 1 w, 1 mo are <DurationFormat> 3, 5, 7, 9, 11, and 1 em, 1 eh, 1 ed (24 h), 1 ew
(168 h), 1 emo (720 h) are 4, 6, 8, 10, 12. A task read from it is written back with its
own code. No shared file has an elapsed lag (they say <LagFormat> 7 on every link, lags of
0 and +/-1 d): <LagFormat> takes the same codes (the schema's one table), so an elapsed
lag is written 4..12 by its unit, in tenths of a minute of clock time, and reads back as
typed. Without a unit of its own a length is written in the one the sheet shows (``1.5eh``
6, ``36h`` elapsed as ``1.5ed`` 8); an estimated elapsed task adds 32, as MS Project's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

NS = "{http://schemas.microsoft.com/project}"
MON = datetime(2027, 3, 1, 8)
DAY = 480
ELAPSED = {  # unit: (its clock minutes, MS Project's elapsed code)
    DurationUnit.MINUTES: (1, 4),
    DurationUnit.HOURS: (60, 6),
    DurationUnit.DAYS: (1440, 8),
    DurationUnit.WEEKS: (10080, 10),
    DurationUnit.MONTHS: (43200, 12),
}


def _tasks(path: Path) -> dict[str, ET.Element]:
    return {t.findtext(NS + "Name") or "": t for t in ET.parse(path).getroot().iter(NS + "Task")}


def test_s19sm_the_shared_files_durations_keep_ms_projects_codes(
    shared_data: Path, tmp_path: Path
) -> None:
    source = shared_data / "mspdi" / "mspdiduration.xml"
    theirs = {
        uid: (t.findtext(NS + "Duration"), t.findtext(NS + "DurationFormat"))
        for uid, t in (
            (t.findtext(NS + "UID"), t) for t in ET.parse(source).getroot().iter(NS + "Task")
        )
    }
    codes = sorted(int(fmt or 0) for uid, (_, fmt) in theirs.items() if uid != "0")
    assert codes == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]  # every unit, plain and elapsed
    out = tmp_path / "duration.xml"
    write_mspdi(read_mspdi(source), out)
    ours = {
        t.findtext(NS + "UID"): (t.findtext(NS + "Duration"), t.findtext(NS + "DurationFormat"))
        for t in ET.parse(out).getroot().iter(NS + "Task")
    }
    assert ours == theirs


def _lag_plan() -> Plan:
    plan = Plan(project=Project(name="Lags", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=DAY))
    uid = 10
    for unit, (minutes, _) in ELAPSED.items():
        for elapsed in (True, False):
            uid += 1
            name = f"{'e' if elapsed else ''}{unit.value}"
            plan.append_task(Task(uid, name, duration_minutes=DAY))
            lag = 2 * minutes if elapsed else 2 * DAY if unit is DurationUnit.DAYS else 2 * 60
            plan.links.append(Link(1, uid, lag_minutes=lag, lag_elapsed=elapsed, lag_unit=unit))
    plan.append_task(Task(30, "No lag", duration_minutes=DAY))
    plan.links.append(Link(1, 30, lag_elapsed=True))
    plan.append_task(Task(31, "Hour and a half", duration_minutes=DAY))
    plan.links.append(Link(1, 31, lag_minutes=90, lag_elapsed=True))
    plan.append_task(Task(32, "Day and a half", duration_minutes=DAY))
    plan.links.append(Link(1, 32, lag_minutes=2160, lag_elapsed=True))
    return plan


def test_s19sm_elapsed_lags_take_the_elapsed_codes(tmp_path: Path) -> None:
    plan = _lag_plan()
    path = tmp_path / "lags.xml"
    write_mspdi(plan, path)
    rows = _tasks(path)

    def lag(name: str) -> tuple[int, int]:
        link = rows[name].find(NS + "PredecessorLink")
        assert link is not None
        return int(link.findtext(NS + "LinkLag") or 0), int(link.findtext(NS + "LagFormat") or 0)

    for unit, (minutes, code) in ELAPSED.items():
        assert lag(f"e{unit.value}") == (2 * minutes * 10, code)
        assert lag(unit.value)[1] == code - 1  # working time: the plain code
    assert lag("No lag") == (0, 8)  # MS Project's default unit, days, elapsed
    assert lag("Hour and a half") == (900, 6)  # as the sheet shows it: 1.5eh
    assert lag("Day and a half") == (21600, 8)  # 1.5ed
    back = read_mspdi(path)
    assert [(lk.lag_minutes, lk.lag_elapsed) for lk in back.links] == [
        (lk.lag_minutes, lk.lag_elapsed) for lk in plan.links
    ]
    units = [lk.lag_unit for lk in back.links]
    assert units[:-3] == [lk.lag_unit for lk in plan.links][:-3]  # each as typed
    # none typed: the one written, as the sheet showed it (no lag: none, as MS Project's 8)
    assert units[-3:] == [None, DurationUnit.HOURS, DurationUnit.DAYS]


@pytest.mark.parametrize(
    ("minutes", "estimated", "code"),
    [(90, False, 6), (1440, False, 8), (2160, False, 8), (1440, True, 40), (1, True, 36)],
)
def test_s19sm_elapsed_durations_without_a_unit_take_the_one_shown(
    minutes: int, estimated: bool, code: int, tmp_path: Path
) -> None:
    plan = Plan(project=Project(name="Cure", start=MON))
    plan.append_task(Task(1, "Cure", duration_minutes=minutes, elapsed=True, estimated=estimated))
    path = tmp_path / "cure.xml"
    write_mspdi(plan, path)
    row = _tasks(path)["Cure"]
    assert int(row.findtext(NS + "DurationFormat") or 0) == code
    back = read_mspdi(path).task(1)
    assert (back.duration_minutes, back.elapsed, back.estimated) == (minutes, True, estimated)
