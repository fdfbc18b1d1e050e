"""MS Project XML: every element's children in the order of the MSPDI schema's sequences.

MS Project reads a file against its schema (mspdi_pj*.xsd), where each element's
children form an ``xsd:sequence``: a child out of place can make it refuse the
file. The sequences below are the schema's element names (compared without case)
as MPXJ's copy of it orders them, except where MS Project's own files (the shared
mspdi folder, saved by Project 2007-2019) put a child elsewhere, which wins: a
manual task's ManualStart/ManualFinish/ManualDuration right after Duration, a
resource's IsCostResource and IsBudget before its ExtendedAttribute, an
exception's Month before MonthItem.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from xml.etree import ElementTree as ET

import pytest

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.hyperlinks import hyperlink
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, RateEntry, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.mspdi_write import write_mspdi

Q = "{" + NS + "}"

_PROJECT = """saveVersion uid name guid title subject category company manager author creationDate
revision lastSaved scheduleFromStart startDate finishDate fyStartDate criticalSlackLimit
currencyDigits currencySymbol currencyCode currencySymbolPosition calendarUID
defaultStartTime defaultFinishTime minutesPerDay minutesPerWeek daysPerMonth
defaultTaskType defaultFixedCostAccrual defaultStandardRate defaultOvertimeRate
durationFormat workFormat editableActualCosts honorConstraints earnedValueMethod
insertedProjectsLikeSummary multipleCriticalPaths newTasksEffortDriven newTasksEstimated
splitsInProgressTasks spreadActualCost spreadPercentComplete taskUpdatesResource
fiscalYearStart weekStartDay moveCompletedEndsBack moveRemainingStartsBack
moveRemainingStartsForward moveCompletedEndsForward baselineForEarnedValue
autoAddNewResourcesAndTasks statusDate currentDate microsoftProjectServerURL autolink
newTaskStartDate newTasksAreManual defaultTaskEVMethod projectExternallyEdited
extendedCreationDate actualsInSync removeFileProperties adminProject baselineCalendar
updateManuallyScheduledTasksWhenEditingLinks
keepTaskOnNearestWorkingTimeWhenMadeAutoScheduled outlineCodes wbsMasks extendedAttributes
calendars tasks resources assignments"""

_TASK = """uid guid id name active manual type isNull createDate contact wbs wbsLevel outlineNumber
outlineLevel priority start finish duration manualStart manualFinish manualDuration
durationFormat work stop resume resumeValid
effortDriven recurring overAllocated estimated milestone summary displayAsSummary critical
isSubproject isSubprojectReadOnly subprojectName externalTask externalTaskProject
earlyStart earlyFinish lateStart lateFinish startVariance finishVariance workVariance
freeSlack totalSlack startSlack finishSlack fixedCost fixedCostAccrual percentComplete
percentWorkComplete cost overtimeCost overtimeWork actualStart actualFinish actualDuration
actualCost actualOvertimeCost actualWork actualOvertimeWork regularWork remainingDuration
remainingCost remainingWork remainingOvertimeCost remainingOvertimeWork acwp cv
constraintType calendarUID constraintDate deadline levelAssignments levelingCanSplit
levelingDelay levelingDelayFormat preLeveledStart preLeveledFinish hyperlink
hyperlinkAddress hyperlinkSubAddress ignoreResourceCalendar notes hideBar rollup bcws bcwp
physicalPercentComplete earnedValueMethod predecessorLink actualWorkProtected
actualOvertimeWorkProtected extendedAttribute baseline outlineCode isPublished
statusManager commitmentStart commitmentFinish commitmentType startText finishText
durationText timephasedData project"""

_RESOURCE = """uid guid id name type isNull initials phonetics ntAccount materialLabel code group
workGroup emailAddress hyperlink hyperlinkAddress hyperlinkSubAddress maxUnits peakUnits
overAllocated availableFrom availableTo start finish canLevel accrueAt work regularWork
overtimeWork actualWork remainingWork actualOvertimeWork remainingOvertimeWork
percentWorkComplete standardRate standardRateFormat cost overtimeRate overtimeRateFormat
overtimeCost costPerUse actualCost actualOvertimeCost remainingCost remainingOvertimeCost
workVariance costVariance sv cv acwp calendarUID notes bcws bcwp isGeneric isInactive
isEnterprise bookingType actualWorkProtected actualOvertimeWorkProtected
activeDirectoryGUID creationDate isCostResource assnOwner assnOwnerGuid isBudget
extendedAttribute baseline outlineCode costCenter availabilityPeriods rates timephasedData"""

_ASSIGNMENT = """uid guid taskUID resourceUID percentWorkComplete actualCost actualFinish
actualOvertimeCost actualOvertimeWork actualStart actualWork acwp confirmed cost
costRateTable costVariance cv delay finish finishVariance hyperlink hyperlinkAddress
hyperlinkSubAddress workVariance hasFixedRateUnits fixedMaterial levelingDelay
levelingDelayFormat linkedFields milestone notes overallocated overtimeCost overtimeWork
peakUnits rateScale regularWork remainingCost remainingOvertimeCost remainingOvertimeWork
remainingWork responsePending start stop resume startVariance summary sv units
updateNeeded vac work workContour bcws bcwp bookingType actualWorkProtected
actualOvertimeWorkProtected creationDate assnOwner assnOwnerGuid budgetCost budgetWork
extendedAttribute baseline timephasedData"""

_SEQUENCES = {
    "Project": _PROJECT,
    "Task": _TASK,
    "Resource": _RESOURCE,
    "Assignment": _ASSIGNMENT,
    "Calendar": "uid guid name isBaseCalendar isBaselineCalendar baseCalendarUID weekDays "
    "exceptions workWeeks",
    "WeekDay": "dayType dayWorking timePeriod workingTimes",
    "Exception": "enteredByOccurrences timePeriod occurrences name type period daysOfWeek "
    "month monthItem monthPosition monthDay dayWorking workingTimes",
    "PredecessorLink": "predecessorUID type crossProject crossProjectName linkLag lagFormat",
    "Rate": "ratesFrom ratesTo rateTable standardRate standardRateFormat overtimeRate "
    "overtimeRateFormat costPerUse",
    "AvailabilityPeriod": "availableFrom availableTo availableUnits",
}
_PLACES = {
    tag: {name.lower(): k for k, name in enumerate(names.split())}
    for tag, names in _SEQUENCES.items()
}


def _plan() -> Plan:
    """A plan with something in every place: a manual task with a baseline, a link, a
    hyperlink, a custom value, a deadline and a constraint; a split task; people with
    skills, availability and rate tables; a calendar with yearly and monthly exceptions."""
    cal = replace(
        standard_calendar(),
        exceptions=(
            CalendarException("Day off", date(2026, 3, 13), date(2026, 3, 13)),
            CalendarException(
                "Thanksgiving",
                date(2026, 11, 26),
                date(2030, 11, 28),
                recurrence=Recurrence(
                    RecurrenceKind.YEARLY_BY_WEEKDAY, weekday=3, week_of_month=4, month=11
                ),
            ),
            CalendarException(
                "Stock take",
                date(2026, 1, 15),
                date(2026, 12, 15),
                recurrence=Recurrence(RecurrenceKind.MONTHLY_BY_DATE, day_of_month=15),
            ),
        ),
    )
    start = datetime(2026, 3, 2, 8)
    plan = Plan(project=Project(name="Order", start=start), calendars={cal.uid: cal})
    plan.tasks = [
        Task(1, "Phase", outline_level=1),
        Task(
            2,
            "Manual",
            outline_level=2,
            manual=True,
            start=start,
            finish=datetime(2026, 3, 4, 17),
            duration_minutes=1440,
            notes="by hand",
            deadline=datetime(2026, 3, 20, 17),
            hyperlink=hyperlink("Spec", "https://example.com/spec"),
            custom=(("Text1", "alpha"),),
        ),
        Task(
            3,
            "Split",
            outline_level=2,
            duration_minutes=1920,
            splits=(Split(480, 960),),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 5, 8),
        ),
        Task(4, "Alone split", outline_level=1, duration_minutes=960, splits=(Split(480, 480),)),
    ]
    plan.links = [Link(2, 3)]
    plan.resources = [
        Resource(
            1,
            "Ann",
            standard_rate=50.0,
            skills=("Python",),
            notes="lead",
            availability=(Availability(datetime(2026, 1, 1), datetime(2026, 12, 31), 0.5),),
            rate_tables=((RateEntry(None, 50.0, 60.0, 0.0), RateEntry(start, 55.0, 65.0, 1.0)),),
        )
    ]
    plan.assignments = [Assignment(1, 3, 1, 1.0, 1920, notes="half")]
    plan.baselines = {
        0: Baseline(0, start, (BaselineEntry(2, start, datetime(2026, 3, 4, 17), 1440, 0, 0.0),))
    }
    return plan


def _misplaced(root: ET.Element) -> list[str]:
    """Each child out of its sequence's order (or not in it), as 'Parent: Child after Other'."""
    found = []
    for elem in root.iter():
        places = _PLACES.get(elem.tag.removeprefix(Q))
        if places is None:
            continue
        last, last_tag = -1, ""
        for child in elem:
            tag = child.tag.removeprefix(Q)
            at = places.get(tag.lower())
            if at is None:
                found.append(f"{elem.tag.removeprefix(Q)}: {tag} not in the sequence")
            elif at < last:
                found.append(f"{elem.tag.removeprefix(Q)}: {tag} after {last_tag}")
            else:
                last, last_tag = at, tag
    return found


def test_every_element_of_a_full_plan_is_in_the_schemas_order(tmp_path):
    path = tmp_path / "full.xml"
    write_mspdi(_plan(), path)
    root = ET.parse(path).getroot()
    tags = {e.tag.removeprefix(Q) for e in root.iter()}
    for checked in ("ManualStart", "Baseline", "MonthItem", "Month", "ExtendedAttribute", "Rate"):
        assert checked in tags, checked  # the plan reaches every place the test is about
    assert root.find(f"{Q}Assignments/{Q}Assignment/{Q}TimephasedData") is not None
    assert _misplaced(root) == []


def test_what_moved_into_place_reads_back_the_same(tmp_path):
    plan = _plan()
    path = tmp_path / "full.xml"
    write_mspdi(plan, path)
    again = read_mspdi(path)
    manual = again.task(2)
    assert manual.manual
    assert (manual.start, manual.finish, manual.duration_minutes) == (
        plan.task(2).start,
        plan.task(2).finish,
        1440,
    )
    assert again.resources[0].skills == ("Python",)
    assert again.calendars[1].exceptions == plan.calendars[1].exceptions
    assert again.task(3).splits == plan.task(3).splits


@pytest.mark.parametrize("folder", ["mspdi", "mpp"])
def test_shared_files_are_written_in_the_schemas_order(shared_data, tmp_path, folder):
    from app import formats

    for source in sorted((shared_data / folder).glob("*.xml")):
        try:
            plan = formats.read_plan(source)
        except Exception:  # noqa: BLE001 - a file our reader refuses is not this test's
            continue
        path = tmp_path / f"{source.stem}.xml"
        write_mspdi(plan, path)
        assert _misplaced(ET.parse(path).getroot()) == [], source.name
