"""What a project manager calls a changed field, wherever a change is told: ``gantry diff``'s
lines (app/cli/diff_titles.py) and the Import review of a returned workbook
(app/ui/exchange/labels.py) say ``% Complete``, ``Constraint Type``, ``Std. rate``, as the task
sheet, the Team view, the Risks view and the information dialogs title them, never the name
the plan keeps the field under (``percent_complete``). A custom field is named by its alias
(:func:`custom_title`).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.contours import WorkContour
from app.domain.custom_fields import CustomField, canonical_name
from app.domain.diff import PlanChange
from app.domain.diff_assignment_baselines import BASELINE_ASSIGNMENT_FIELDS
from app.domain.diff_assignment_baselines import WORK_FIELDS as BASELINE_WORK_FIELDS
from app.domain.diff_calendars import FIELD as DAYS_OFF
from app.domain.diff_calendars import TITLE as DAYS_OFF_TITLE
from app.domain.diff_order import PLACE
from app.domain.diff_work_weeks import FIELD as WORK_WEEKS
from app.domain.diff_work_weeks import TITLE as WORK_WEEK_TITLE
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.link import LinkType
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.task import DurationUnit, TaskType
from app.report.columns import COLUMNS, TASK_TYPE_NAMES

# A task's field -> the key of the printed task table's column showing it (titled as the
# task sheet titles it: app/report/columns.py).
_TASK_COLUMNS = {
    "name": "name",
    "duration_minutes": "duration",
    "start": "start",
    "finish": "finish",
    "constraint": "constraint",
    "deadline": "deadline",
    "priority": "priority",
    "leveling_delay_minutes": "leveling_delay",
    "percent_complete": "percent",
    "actual_start": "actual_start",
    "actual_finish": "actual_finish",
    "fixed_cost": "fixed_cost",
    "fixed_cost_accrual": "fixed_cost_accrual",
    "task_type": "type",
    "effort_driven": "effort_driven",
    "notes": "notes",
    "hyperlink": "hyperlink",
}
# What the sheet has no column for: as Task Information and MS Project's fields say them.
TASK_TITLES: dict[str, str] = {field: COLUMNS[key].title for field, key in _TASK_COLUMNS.items()}
TASK_TITLES |= {
    "elapsed": "Elapsed duration",  # "3ed": the duration counts around the clock
    "estimated": "Estimated",
    "milestone": "Milestone",
    "manual": "Manually scheduled",
    "active": "Active",
    "calendar_uid": "Task calendar",
    "parent": "Summary task",
    "splits": "Splits",
    # a row moved up or down under its summary (diff_order): its ID and the task above it,
    # "ID 6, after 'Kick-off'", as gantry diff's 'reordered' line says where it went
    PLACE: "Position",
    # as MS Project's Earned Value table and Task Information > Advanced say them
    "physical_percent_complete": "Physical % Complete",
    "ev_method": "Earned Value method",
}
# As the Team view titles its columns (app/ui/team/roster_model.HEADERS) and, for what it
# has no column for, Resource Information.
RESOURCE_TITLES: dict[str, str] = {
    "name": "Name",
    "type": "Type",
    "initials": "Initials",
    "role": "Role",
    "email": "Email",
    "skills": "Skills",
    "max_units": "Max units",
    "standard_rate": "Std. rate",
    "overtime_rate": "Ovt. rate",
    "cost_per_use": "Cost/use",
    "accrue_at": "Accrue at",
    "material_label": "Material label",
    "calendar_uid": "Base calendar",
    "availability": "Availability",
    "rate_tables": "Cost rate tables",
    "notes": "Notes",
    "can_level": "Can level",
    "is_budget": "Budget",  # Resource Information > General, as MS Project names them
    "budget_cost": "Budget Cost",
    "budget_work_minutes": "Budget Work",
    DAYS_OFF: DAYS_OFF_TITLE,  # a person's vacations (app/domain/diff_calendars.py)
    WORK_WEEKS: WORK_WEEK_TITLE,  # a person's own work weeks (app/domain/diff_work_weeks.py)
}
# As Assignment Information says them.
ASSIGNMENT_TITLES: dict[str, str] = {
    "units": "Units",
    "material_rate": "Material rate",  # Concrete[12 m³/d]: 12 a day, MS Project's 12/d
    "rate_scale": "Material rate per",
    "work_minutes": "Work",
    "overtime_work_minutes": "Overtime work",
    "actual_work_minutes": "Actual work",
    "cost": "Cost",
    "rate_table": "Cost rate table",
    "contour": "Work contour",
    "edited_work": "Work by period",  # typed into Usage (app/domain/diff_typed_work.py)
    "actual_days": "Actual work by day",  # a timesheet's hours (app/domain/actual_days.py)
    "notes": "Notes",
    "delay_minutes": "Delay",  # the person starts that long after the task
    "delay_elapsed": "Elapsed delay",  # "1ed": the delay counts around the clock
    "leveling_delay_minutes": "Leveling delay",  # leveling's, apart from the Delay typed
    **BASELINE_ASSIGNMENT_FIELDS,  # each person's Baseline..Baseline10 Start/Finish/Work/Cost
}
# As the Risks view titles its columns (app/ui/models/risk_model.RISK_HEADERS).
RISK_TITLES: dict[str, str] = {
    "title": "Risk",
    "probability": "Probability",
    "impact": "Impact",
    "owner": "Owner",
    "mitigation": "Mitigation",
    "contingency": "Contingency",
    "status": "Status",
    "task_uids": "Tasks",
    "description": "Description",
    "category": "Category",
    "response": "Response",
    "raised": "Raised",
    "next_review": "Next review",
    "closed_on": "Closed",
    "residual_probability": "Residual prob.",
    "residual_impact": "Residual impact",
    "residual_exposure": "Residual exposure",
    "trigger": "Trigger",
    "trigger_date": "Trigger date",
}
# As the Task Dependency dialog says them; a lag is shown as the Predecessors cell writes it.
LINK_TITLES: dict[str, str] = {
    "type": "Type",
    "lag_minutes": "Lag",
    "lag_unit": "Lag",
    "lag_percent": "Lag in %",
    "lag_elapsed": "Elapsed lag",
}
# As Project Information says them.
PROJECT_TITLES: dict[str, str] = {
    "name": "Name",
    "start": "Start date",
    "status_date": "Status date",
    "custom_fields": "Custom fields",
    # File > Info's, as MS Project's Properties name them
    "author": "Author",
    "manager": "Manager",
    "company": "Company",
    "leveling": "Leveling Options",  # as the Resource Leveling dialog's choices
    # as MS Project's Options > Advanced, Earned Value options for this project
    "ev_baseline": "Baseline for Earned Value calculations",
    "ev_method": "Default task Earned Value method",
    # as MS Project's Options > Schedule says it
    "honor_constraints": "Tasks will always honor their constraint dates",
}
# A baseline's values of a task, as the Baseline table titles them ("Baseline1 Start"...).
BASELINE_FIELDS: dict[str, str] = {
    "start": "Start",
    "finish": "Finish",
    "duration_minutes": "Duration",
    "work_minutes": "Work",
    "cost": "Cost",
    "fixed_cost": "Fixed Cost",  # MS Project's Baseline (0..10) Fixed Cost
}
TITLES: dict[str, dict[str, str]] = {
    "calendar": {DAYS_OFF: DAYS_OFF_TITLE, WORK_WEEKS: WORK_WEEK_TITLE},  # its holidays, weeks
    "project": PROJECT_TITLES,
    "task": TASK_TITLES,
    "link": LINK_TITLES,
    "resource": RESOURCE_TITLES,
    "assignment": ASSIGNMENT_TITLES,
    "risk": RISK_TITLES,
}


def diff_title(change: PlanChange) -> str | None:
    """The words a user knows ``change``'s field by (None: a field with no title here, a
    custom field, say, which the caller names by its alias): ``gantry diff``'s and the
    Import review's."""
    if change.field is None:
        return None
    if change.entity == "baseline" and isinstance(change.uid, str):
        number = change.uid.partition(":")[0]
        if number.startswith("i") and change.field == "saved_at":  # set again: when
            return "saved"
        if number.startswith("i"):  # an interim plan's Start N / Finish N (diff_baselines)
            return f"{change.field.capitalize()}{number[1:]}"
        which = "Baseline" if number == "0" else f"Baseline{number}"
        field = BASELINE_FIELDS.get(change.field)
        return None if field is None else f"{which} {field}"
    if only_the_date(change):
        return CONSTRAINT_DATE
    return TITLES.get(change.entity, {}).get(change.field)


CONSTRAINT_DATE = COLUMNS["constraint_date"].title  # "Constraint Date", as the sheet says


def only_the_date(change: PlanChange) -> bool:
    """Whether ``change`` is a task's constraint whose date alone changed ("SNET 2027-01-04T08:00"
    -> "SNET 2027-01-06T08:00"): the sheet's Constraint Date, not its Constraint Type."""
    if (change.entity, change.field) != ("task", "constraint"):
        return False
    old, new = change.old, change.new
    if not isinstance(old, str) or not isinstance(new, str):
        return False
    return old.partition(" ")[0] == new.partition(" ")[0] and old != new


def field_title(field: str, entity: str | None = None) -> str | None:
    """``field``'s title on a change of ``entity`` (None: of the first that has the field, a
    task's before a person's, an assignment's, a risk's, a link's and the project's)."""
    if entity is not None:
        return TITLES.get(entity, {}).get(field)
    for titles in (TASK_TITLES, RESOURCE_TITLES, ASSIGNMENT_TITLES, RISK_TITLES, LINK_TITLES):
        if field in titles:
            return titles[field]
    return PROJECT_TITLES.get(field)


def custom_title(field: str, *definitions: Iterable[CustomField]) -> str:
    """A custom field (``Number1``) as a change names it, in ``gantry diff`` and the Import
    review alike: by its alias, as MS Project titles its column (``Points``), from the first
    of ``definitions`` that gives one (the new plan's, then the old plan's); with the field in
    brackets where the alias alone does not say which field it is, as MS Project's field lists
    write it (``Cost (Cost1)``): another custom field has that alias, or it is another
    field's name or a task sheet column's title. Without an alias, the field's name."""
    sets = [tuple(d) for d in definitions]
    alias = next((f.alias for d in sets for f in d if f.name == field and f.alias), "")
    if not alias:
        return field
    others = {_folded(f.alias) for d in sets for f in d if f.name != field and f.alias}
    named = canonical_name(alias)
    if _folded(alias) in others | _BUILT_IN or named not in (None, field):
        return f"{alias} ({field})"
    return alias


def _folded(title: str) -> str:
    return " ".join(title.split()).casefold()


# The titles a custom field's alias is not told apart from: the task sheet's columns (Cost,
# Duration...) and the task's fields a change names (Milestone, Summary task...).
_BUILT_IN = frozenset(
    _folded(t) for t in (*(c.title for c in COLUMNS.values()), *TASK_TITLES.values())
)


LINK_TYPE_NAMES = {
    LinkType.FS: "Finish-to-Start (FS)",
    LinkType.SS: "Start-to-Start (SS)",
    LinkType.FF: "Finish-to-Finish (FF)",
    LinkType.SF: "Start-to-Finish (SF)",
}
# A value a change holds by its name (``FIXED_WORK``), as the sheets and dialogs say it.
VALUE_WORDS: dict[tuple[str, str], dict[str, str]] = {
    ("task", "task_type"): {t.name: TASK_TYPE_NAMES[t] for t in TaskType},
    ("link", "type"): {t.name: LINK_TYPE_NAMES[t] for t in LinkType},
    ("resource", "type"): {t.name: t.name.capitalize() for t in ResourceType},
    ("assignment", "contour"): {c.name: c.label for c in WorkContour},
    ("task", "ev_method"): {m.name: m.title for m in EarnedValueMethod},
    ("project", "ev_method"): {m.name: m.title for m in EarnedValueMethod},
}


def value_word(field: str | None, value: str, entity: str | None = None) -> str | None:
    """``value`` of ``field`` as a word a user knows (``Fixed work``, ``Start-to-Start
    (SS)``, ``Back Loaded``), in ``gantry diff`` and the Import review alike; ``entity``
    None: the first that has the field and the value. None: no such word."""
    for (kind, name), words in VALUE_WORDS.items():
        if name == field and entity in (None, kind) and value in words:
            return words[value]
    return None


# A task's percentages, shown as the sheet shows them (22%, the plan keeping 22.2222).
PERCENT_FIELDS = frozenset({"percent_complete", "physical_percent_complete"})
# Fields holding minutes of working (or, when flagged, elapsed) time.
# An assignment's overtime and actual work are work, shown as its Work is.
# budget_work_minutes: a budget resource's Budget Work, in hours as the Work column shows it
WORK_FIELDS = frozenset(
    {"work_minutes", "overtime_work_minutes", "actual_work_minutes", "budget_work_minutes"}
)
LENGTH_FIELDS = WORK_FIELDS | {
    "duration_minutes",
    "lag_minutes",
    "leveling_delay_minutes",
    "delay_minutes",  # an assignment's Delay
    *BASELINE_WORK_FIELDS,  # a person's Baseline Work
}


def length_elapsed(change: PlanChange, plan: Plan) -> bool:
    """Whether the value on ``plan``'s side counts elapsed time (a task's "3ed", a link's lag)."""
    if change.field == "duration_minutes" and isinstance(change.uid, int):
        return plan.has_task(change.uid) and plan.task(change.uid).elapsed
    if change.field == "lag_minutes":
        return any(
            f"{lk.predecessor}->{lk.successor}" == change.uid and lk.lag_elapsed
            for lk in plan.links
        )
    if change.field == "delay_minutes" and change.entity == "assignment":
        return any(
            f"{a.task_uid}:{a.resource_uid}" == change.uid and a.delay_elapsed
            for a in plan.assignments
        )
    return False


def length_unit(change: PlanChange, plan: Plan) -> DurationUnit | None:
    """The unit the window shows a length in: a duration in its task's unit, else the plan's
    ("Duration is entered in", days unless set otherwise), so 1280 minutes reads 2.67d (never
    1280m); work in the plan's work unit ("Work is entered in", hours unless set otherwise),
    as the Work column and Assignment Information show it: 16h, not 2d; a lag as the
    Predecessors column writes it (None: the unit its length fits)."""
    if change.field == "lag_minutes":
        return None
    if change.field in WORK_FIELDS or change.field in BASELINE_WORK_FIELDS:
        return plan.project.work_unit
    uid = change.uid
    if change.field == "duration_minutes" and isinstance(uid, int) and plan.has_task(uid):
        return plan.task(uid).duration_unit or plan.project.duration_unit
    return plan.project.duration_unit


def length_text(change: PlanChange, value: object, plan: Plan) -> str | None:
    """A length ``change`` holds (working minutes) as the window shows it on ``plan``'s side,
    in ``gantry diff`` and the Import review alike: a 1d task made 16 hours long reads
    ``1.6d`` in a plan of 10-hour days (see :func:`length_unit`). None: no length."""
    if change.field not in LENGTH_FIELDS or not isinstance(value, int) or isinstance(value, bool):
        return None
    elapsed = length_elapsed(change, plan)
    return format_duration(value, plan.project, elapsed, unit=length_unit(change, plan))
