"""Reading MS Project XML: content kept, bad input refused with the element named."""

from __future__ import annotations

from datetime import date, datetime

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.calendars import occurrences
from app.domain.errors import FileFormatError
from app.domain.link import LinkType
from app.domain.resource import ResourceType
from app.domain.task import ConstraintType
from app.domain.worktime import WorkTime
from app.io.mspdi import read_mspdi

NS = "http://schemas.microsoft.com/project"


def _write(tmp_path, tasks: str = "", extra: str = "", name: str = "plan.xml", ns: str = NS):
    text = (
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{ns}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>"
        f"{extra}<Tasks>{tasks}</Tasks></Project>"
    )
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _task(uid: int, row: int, body: str = "", duration: str = "PT8H0M0S") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{row}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>{duration}</Duration>{body}</Task>"
    )


def test_tasks_links_and_lags_are_read_with_file_uids(tmp_path):
    link = (
        "<PredecessorLink><PredecessorUID>40</PredecessorUID><Type>3</Type>"
        "<LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>"
        "<PredecessorLink><PredecessorUID>41</PredecessorUID><Type>1</Type>"
        "<LinkLag>-50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>"
    )
    elapsed = (
        "<PredecessorLink><PredecessorUID>42</PredecessorUID><Type>0</Type>"
        "<LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink>"
    )
    path = _write(
        tmp_path,
        "<Task><UID>0</UID><ID>0</ID><OutlineLevel>0</OutlineLevel></Task>"
        + _task(40, 1)
        + _task(
            41,
            2,
            "<ConstraintType>4</ConstraintType>"
            "<ConstraintDate>2026-01-07T08:00:00</ConstraintDate>",
        )
        + "<Task><UID>50</UID><ID>3</ID><IsNull>1</IsNull></Task>"
        + _task(42, 4, "<DurationFormat>8</DurationFormat>", "PT24H0M0S")
        + _task(43, 5, link + elapsed),
    )
    plan = read_mspdi(path)
    assert [t.uid for t in plan.tasks] == [40, 41, 42, 43]
    assert plan.task(41).constraint_type is ConstraintType.SNET
    assert plan.task(41).constraint_date == datetime(2026, 1, 7, 8)
    assert plan.task(42).elapsed
    assert plan.task(42).duration_minutes == 1440
    by_pred = {lk.predecessor: lk for lk in plan.links}
    assert by_pred[40].type is LinkType.SS
    assert by_pred[40].lag_minutes == 480
    assert by_pred[41].lag_percent == -50
    assert by_pred[42].type is LinkType.FF
    assert by_pred[42].lag_elapsed
    assert by_pred[42].lag_minutes == 1440


@pytest.mark.parametrize(
    ("tasks", "message"),
    [
        (_task(40, 12, duration="abc"), r"Task #12 \(UID 40\): <Duration> 'abc' is not a duration"),
        (_task(40, 3, duration="-PT8H0M0S"), r"Task #3 \(UID 40\): <Duration> .* negative"),
        ("<Task><ID>1</ID><Name>x</Name></Task>", r"Task #1: <UID> is missing"),
        (
            _task(1, 1, "<PredecessorLink><PredecessorUID>9</PredecessorUID></PredecessorLink>"),
            r"Task #1 \(UID 1\) <PredecessorLink>: <PredecessorUID> 9 names no task",
        ),
        (_task(1, 1, "<Start>tomorrow</Start>"), r"<Start> 'tomorrow' is not a date"),
        (_task(1, 1, "<PercentComplete>150</PercentComplete>"), r"<PercentComplete> 150"),
    ],
)
def test_bad_values_name_the_element(tmp_path, tasks, message):
    with pytest.raises(FileFormatError, match=message):
        read_mspdi(_write(tmp_path, tasks))


def test_a_link_closing_a_loop_is_left_out_naming_it_and_the_tasks(tmp_path):
    def pred(uid):
        return f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID></PredecessorLink>"

    path = _write(tmp_path, _task(1, 1, pred(2)) + _task(2, 2, pred(1)) + _task(3, 3))
    said: list[str] = []
    plan = read_mspdi(path, warn=said.append)
    assert [link.key for link in plan.links] == [(1, 2)]  # 2 -> 1 goes up the list
    assert said == [
        "plan.xml: link ID 2 -> ID 1 FS left out: it closed a loop through ID 1 'T1', ID 2 'T2'"
    ]


def test_malformed_xml_and_wrong_root_or_namespace(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Project><Tasks>", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"bad\.xml: not well-formed XML"):
        read_mspdi(bad)
    with pytest.raises(FileFormatError, match=r"in namespace http://example\.com/other, not MS"):
        read_mspdi(_write(tmp_path, ns="http://example.com/other"))
    other = tmp_path / "gan.xml"
    other.write_text('<project name="x"></project>', encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"is a GanttProject file, not MS Project XML"):
        read_mspdi(other)


def test_xxe_and_billion_laughs_are_refused(tmp_path):
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<Project xmlns="{NS}"><Name>&x;</Name></Project>',
        encoding="utf-8",
    )
    laughs = tmp_path / "lol.xml"
    lol = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    laughs.write_text(
        f'<?xml version="1.0"?><!DOCTYPE p [{lol}]><Project xmlns="{NS}"><Name>&i;</Name></Project>',
        encoding="utf-8",
    )
    for path in (xxe, laughs):
        with pytest.raises(FileFormatError, match="refused: the file declares a DTD or entities"):
            read_mspdi(path)


def test_nothing_half_imported_on_error(tmp_path):
    """A failure raises; there is no partially filled plan to get hold of."""
    path = _write(tmp_path, _task(1, 1) + _task(2, 2, duration="PTxH"))
    with pytest.raises(FileFormatError):
        read_mspdi(path)


# ---------------------------------------------------------------- real files


def test_sample_file_content(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "sample.xml")
    assert len(plan.tasks) == 19
    assert {lk.type for lk in plan.links} == {LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF}
    assert sorted(lk.lag_minutes for lk in plan.links if lk.lag_minutes) == [-480, 480]
    assert [r.name for r in plan.resources] == ["First Resource", "Second Resource"]
    night = plan.calendars[2]
    assert night.name == "Night Shift"
    assert night.week[0] == ((1380, 1440),)  # Monday: the shift starts at 23:00
    assert night.week[1] == ((0, 180), (240, 480), (1380, 1440))
    assert plan.resource(1).calendar_uid == 3
    assert plan.calendars[3].base_uid == 1
    assert all(a.resource_uid != -65535 for a in plan.assignments)


def test_null_rows_and_450_minute_days(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdinulltasks.xml")
    assert plan.project.minutes_per_day == 450
    assert all(t.name for t in plan.tasks)
    assert len(plan.tasks) == 5


def test_recurring_exceptions_counted_once(shared_data):
    """<Exceptions> expanded by us give exactly the legacy DayType 0 dates of the same file."""
    path = shared_data / "mspdi" / "calendar-recurring-exceptions-project2016-mspdi.xml"
    q = "{" + NS + "}"
    root = SafeET.parse(str(path)).getroot()
    legacy: set[date] = set()
    for wd in root.iter(q + "WeekDay"):
        if wd.findtext(q + "DayType") == "0":
            start = datetime.fromisoformat(wd.findtext(f"{q}TimePeriod/{q}FromDate")).date()
            end = datetime.fromisoformat(wd.findtext(f"{q}TimePeriod/{q}ToDate")).date()
            day = start
            while day <= end:
                legacy.add(day)
                day = date.fromordinal(day.toordinal() + 1)
    plan = read_mspdi(path)
    cal = plan.calendar()
    assert len(cal.exceptions) == 27
    ours = [day for exc in cal.exceptions for day in occurrences(exc)]
    assert set(ours) == legacy
    wt = WorkTime.for_calendar(cal, plan.calendars)
    assert not wt.is_working_day(date(2000, 1, 3))  # "Daily 1", a Monday


def test_resources_rates_availability_baselines(shared_data):
    rates = read_mspdi(shared_data / "mspdi" / "mspdicostratetable.xml")
    tables = [r.rate_tables for r in rates.resources]
    assert sum(len(e) for t in tables for e in t) == 15
    avail = read_mspdi(shared_data / "mspdi" / "mspdiavailability.xml")
    assert any(len(r.availability) > 1 for r in avail.resources)
    kinds = read_mspdi(shared_data / "mspdi" / "resource-type-project2016-mspdi.xml")
    counts = {k: sum(r.type is k for r in kinds.resources) for k in ResourceType}
    assert counts == {ResourceType.WORK: 5, ResourceType.MATERIAL: 5, ResourceType.COST: 5}
    base = read_mspdi(shared_data / "mspdi" / "baselines.xml")
    assert base.baselines
    assert all(
        e.task_uid in {t.uid for t in base.tasks}
        for b in base.baselines.values()
        for e in b.entries
    )


def test_cross_project_link_keeps_its_effect(shared_data):
    plan = read_mspdi(shared_data / "mpp" / "GetCrossProjectTaskLinks.xml")
    top = plan.tasks[0]
    assert top.constraint_type is ConstraintType.SNET
    assert top.constraint_date == datetime(2010, 6, 16, 8)


def test_work_weeks_become_weekly_exceptions_that_real_exceptions_override(tmp_path):
    cal = (
        "<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "<WeekDays>"
        + "".join(
            f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(d not in (1, 7))}</DayWorking>"
            "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"
            "</WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime>"
            "</WorkingTime></WorkingTimes></WeekDay>"
            if d not in (1, 7)
            else f"<WeekDay><DayType>{d}</DayType><DayWorking>0</DayWorking></WeekDay>"
            for d in range(1, 8)
        )
        + "</WeekDays><Exceptions><Exception><TimePeriod><FromDate>2026-07-10T00:00:00</FromDate>"
        "<ToDate>2026-07-10T23:59:00</ToDate></TimePeriod><Occurrences>1</Occurrences>"
        "<Name>Day off</Name><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions>"
        "<WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-01T00:00:00</FromDate>"
        "<ToDate>2026-08-31T23:59:00</ToDate></TimePeriod><Name>Summer</Name><WeekDays>"
        "<WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
        "<FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes>"
        "</WeekDay></WeekDays></WorkWeek></WorkWeeks></Calendar></Calendars>"
    )
    plan = read_mspdi(_write(tmp_path, _task(1, 1), extra=cal))
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    assert wt.working_intervals(date(2026, 7, 3)) == ((480, 720),)  # summer Friday
    assert wt.working_intervals(date(2026, 7, 2)) == ((480, 720), (780, 1020))  # Thursday as usual
    assert wt.working_intervals(date(2026, 9, 4)) == ((480, 720), (780, 1020))  # after summer
    assert not wt.is_working_day(date(2026, 7, 10))  # the exception wins over the work week


def test_lenient_on_dangling_references_ms_project_itself_leaves(tmp_path):
    extra = (
        "<Calendars><Calendar><UID>5</UID><Name>Ana</Name><IsBaseCalendar>0</IsBaseCalendar>"
        "<BaseCalendarUID>99</BaseCalendarUID></Calendar></Calendars>"
        "<Resources><Resource><UID>0</UID></Resource><Resource><UID>1</UID><Name>Ana</Name>"
        "<CalendarUID>5</CalendarUID></Resource></Resources>"
        "<Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>0</ResourceUID>"
        "</Assignment><Assignment><UID>2</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>"
        "</Assignment></Assignments>"
    )
    plan = read_mspdi(_write(tmp_path, _task(1, 1, "<CalendarUID>42</CalendarUID>"), extra=extra))
    assert plan.task(1).calendar_uid is None  # calendar 42 is not in the file
    assert plan.calendars[5].base_uid is None
    assert [a.resource_uid for a in plan.assignments] == [1]  # blank resource row skipped


def test_external_task_rows_become_a_start_constraint(tmp_path):
    ghost = _task(7, 1, "<ExternalTask>1</ExternalTask><Start>2026-01-01T08:00:00</Start>")
    mine = _task(
        8,
        2,
        "<Start>2026-01-12T08:00:00</Start><PredecessorLink><PredecessorUID>7</PredecessorUID>"
        "<Type>1</Type></PredecessorLink>",
    )
    plan = read_mspdi(_write(tmp_path, ghost + mine))
    assert [t.uid for t in plan.tasks] == [8]
    assert plan.links == []
    assert plan.task(8).constraint_type is ConstraintType.SNET
    assert plan.task(8).constraint_date == datetime(2026, 1, 12, 8)


def test_leveling_delay_in_elapsed_days_becomes_working_minutes(tmp_path):
    body = "<LevelingDelay>28800</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>"
    plan = read_mspdi(_write(tmp_path, _task(1, 1, body)))
    assert plan.task(1).leveling_delay_minutes == 2 * 480  # 2 elapsed days
