"""Build the bundled demo plan: a CRM roll-out for Northwind Logistics.

Run ``python packaging/make_demo.py [OUT]`` from the repository root; it writes
``resources/demo/crm-rollout.gantry`` (or OUT) through the store, scheduled, with
baseline 0 saved from the scheduler's dates. What it writes is the shipped demo as
the store's migrations left it (``gantry diff`` of the two says "no changes";
tests/test_s29nw_make_demo.py): a field a later schema step gives the demo is set
here too. Everything is built with the
domain API, so the demo exercises what a user would enter: six phases,
milestones, all four link types with lags and leads, eight people with
roles and rates, a vacation, assignments, fixed costs and risks.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain.baseline import Baseline, BaselineEntry  # noqa: E402
from app.domain.calendar import Calendar, CalendarException  # noqa: E402
from app.domain.costs import compute_costs  # noqa: E402
from app.domain.leveling_options import LevelingBasis, LevelingOptions  # noqa: E402
from app.domain.link import Link, LinkType  # noqa: E402
from app.domain.plan import Plan  # noqa: E402
from app.domain.project import Project  # noqa: E402
from app.domain.resource import Assignment, Resource  # noqa: E402
from app.domain.risk import Risk, RiskStatus  # noqa: E402
from app.domain.scheduler import schedule  # noqa: E402
from app.domain.task import Task  # noqa: E402

DAY = 480
OUTPUT = ROOT / "resources" / "demo" / "crm-rollout.gantry"
# When the PM baselined it: a Friday before the demo was made (2026-11-28), weeks before the
# project starts and before any work is reported, never in the future of one trying it.
SAVED_AT = datetime(2026, 11, 20, 16, 0)

# (key, name, days or None for a summary, "M" for a milestone) in outline order.
# Phases are level 1, their tasks level 2.
OUTLINE: list[tuple[str, str, float | str | None]] = [
    ("P1", "Initiation and discovery", None),
    ("kickoff", "Project kick-off", "M"),
    ("charter", "Project charter", 3),
    ("interviews", "Stakeholder interviews", 5),
    ("asis", "As-is process mapping", 8),
    ("riskws", "Risk workshop", 1),
    ("reqws", "Requirements workshops", 4),
    ("reqspec", "Requirements specification", 6),
    ("reqok", "Requirements signed off", "M"),
    ("P2", "Solution design", None),
    ("arch", "Solution architecture", 8),
    ("datamodel", "Data model design", 6),
    ("intdesign", "Integration design (ERP, e-mail)", 5),
    ("security", "Security and access model", 4),
    ("ux", "UX prototypes", 6),
    ("repreq", "Reporting requirements", 3),
    ("review", "Design review", 2),
    ("designok", "Design approved", "M"),
    ("P3", "Build and configuration", None),
    ("env", "Environment set-up", 3),
    ("core", "Core CRM configuration", 15),
    ("roles", "Role-based permissions", 4),
    ("sales", "Sales pipeline customisation", 10),
    ("service", "Service desk module", 10),
    ("marketing", "Marketing campaigns module", 8),
    ("mobile", "Mobile app configuration", 5),
    ("erp", "ERP integration", 15),
    ("mail", "E-mail and calendar integration", 6),
    ("dash", "Reporting dashboards", 8),
    ("buildok", "Build complete", "M"),
    ("P4", "Data migration", None),
    ("profiling", "Source data profiling", 5),
    ("cleansing", "Cleansing rules", 6),
    ("scripts", "Migration scripts", 10),
    ("trial1", "Trial migration 1", 4),
    ("trial2", "Trial migration 2", 4),
    ("recon", "Data reconciliation", 5),
    ("archive", "Archive legacy data", 3),
    ("migok", "Migration ready", "M"),
    ("P5", "Testing", None),
    ("testplan", "Test plan", 4),
    ("systest", "System test", 10),
    ("inttest", "Integration test", 8),
    ("perftest", "Performance test", 5),
    ("sectest", "Security test", 4),
    ("uat", "User acceptance test", 10),
    ("defects", "Defect fixing", 10),
    ("uatok", "UAT signed off", "M"),
    ("P6", "Deployment and change", None),
    ("comms", "Communications plan", 3),
    ("material", "Training material", 8),
    ("ttt", "Train-the-trainer", 3),
    ("training", "End-user training", 10),
    ("cutplan", "Cut-over plan", 4),
    ("gonogo", "Go/no-go decision", "M"),
    ("cutover", "Production cut-over", 2),
    ("golive", "Go-live", "M"),
    ("hypercare", "Hypercare", 15),
    ("handover", "Support handover", 2),
    ("closure", "Project closure report", 3),
    ("closed", "Project closed", "M"),
]

# (predecessor, successor, type, lag in days; negative = lead)
LINKS: list[tuple[str, str, LinkType, float]] = [
    ("kickoff", "charter", LinkType.FS, 0),
    ("charter", "interviews", LinkType.FS, 0),
    ("interviews", "asis", LinkType.SS, 2),
    ("charter", "riskws", LinkType.FS, 1),
    ("interviews", "reqws", LinkType.FS, 0),
    ("asis", "reqspec", LinkType.FF, 2),
    ("reqws", "reqspec", LinkType.FS, 0),
    ("reqspec", "reqok", LinkType.FS, 0),
    ("reqok", "arch", LinkType.FS, 0),
    ("arch", "datamodel", LinkType.SS, 3),
    ("arch", "intdesign", LinkType.FS, -2),
    ("arch", "security", LinkType.FS, 0),
    ("reqok", "ux", LinkType.FS, 0),
    ("reqok", "repreq", LinkType.FS, 5),
    ("datamodel", "review", LinkType.FS, 0),
    ("intdesign", "review", LinkType.FS, 0),
    ("security", "review", LinkType.FS, 0),
    ("ux", "review", LinkType.FS, 0),
    ("repreq", "review", LinkType.FS, 0),
    ("review", "designok", LinkType.FS, 0),
    ("designok", "env", LinkType.FS, 0),
    ("env", "core", LinkType.FS, 0),
    ("core", "roles", LinkType.FF, 0),
    ("core", "sales", LinkType.SS, 5),
    ("core", "service", LinkType.SS, 5),
    ("sales", "marketing", LinkType.FS, 0),
    ("service", "mobile", LinkType.FS, 0),
    ("env", "erp", LinkType.FS, 0),
    ("erp", "mail", LinkType.SS, 4),
    ("sales", "dash", LinkType.FS, -3),
    ("marketing", "buildok", LinkType.FS, 0),
    ("mobile", "buildok", LinkType.FS, 0),
    ("erp", "buildok", LinkType.FS, 0),
    ("mail", "buildok", LinkType.FS, 0),
    ("dash", "buildok", LinkType.FS, 0),
    ("roles", "buildok", LinkType.FS, 0),
    ("datamodel", "profiling", LinkType.FS, 0),
    ("profiling", "cleansing", LinkType.FS, 0),
    ("cleansing", "scripts", LinkType.SS, 3),
    ("scripts", "trial1", LinkType.FS, 0),
    ("trial1", "trial2", LinkType.FS, 5),
    ("trial2", "recon", LinkType.FF, 1),
    ("recon", "migok", LinkType.FS, 0),
    ("cutover", "archive", LinkType.SF, 0),
    ("designok", "testplan", LinkType.FS, 0),
    ("buildok", "systest", LinkType.FS, 0),
    ("testplan", "systest", LinkType.FS, 0),
    ("systest", "inttest", LinkType.SS, 5),
    ("inttest", "perftest", LinkType.FS, 0),
    ("inttest", "sectest", LinkType.SS, 3),
    ("inttest", "uat", LinkType.FS, -2),
    ("migok", "uat", LinkType.FS, 0),
    ("uat", "defects", LinkType.SS, 2),
    ("defects", "uatok", LinkType.FS, 0),
    ("perftest", "uatok", LinkType.FS, 0),
    ("sectest", "uatok", LinkType.FS, 0),
    ("designok", "comms", LinkType.FS, 0),
    ("ux", "material", LinkType.SS, 5),
    ("buildok", "material", LinkType.FF, 0),
    ("material", "ttt", LinkType.FS, 0),
    ("ttt", "training", LinkType.FS, 2),
    ("uatok", "cutplan", LinkType.SS, 0),
    ("training", "gonogo", LinkType.FS, 0),
    ("cutplan", "gonogo", LinkType.FS, 0),
    ("uatok", "gonogo", LinkType.FS, 0),
    ("gonogo", "cutover", LinkType.FS, 0),
    ("cutover", "golive", LinkType.FS, 0),
    ("golive", "hypercare", LinkType.FS, 0),
    ("hypercare", "handover", LinkType.FF, 0),
    ("hypercare", "closure", LinkType.FS, -3),
    ("closure", "closed", LinkType.FS, 0),
    ("handover", "closed", LinkType.FS, 0),
]

# (uid, name, role, rate per hour, overtime rate, skills); e-mails follow the names.
PEOPLE: list[tuple[int, str, str, float, float, tuple[str, ...]]] = [
    (1, "Maria Lopez", "Project manager", 95.0, 95.0, ("PRINCE2", "Stakeholder management")),
    (2, "Tom Becker", "Solution architect", 115.0, 140.0, ("CRM architecture", "Integration")),
    (3, "Aisha Khan", "Business analyst", 80.0, 100.0, ("Process mapping", "Requirements")),
    (4, "Jonas Weber", "CRM developer", 85.0, 110.0, ("CRM configuration", "JavaScript")),
    (5, "Priya Nair", "Integration developer", 90.0, 115.0, ("REST APIs", "ERP")),
    (6, "Lukas Novak", "Data engineer", 85.0, 110.0, ("SQL", "ETL")),
    (7, "Chen Wei", "QA lead", 75.0, 95.0, ("Test automation", "Performance testing")),
    (8, "Sofia Rossi", "Change and training lead", 70.0, 85.0, ("Training", "Communications")),
]

# task key -> [(person uid, units)]. Jonas is deliberately over-booked in the
# build phase (core, sales and service desk at once), for leveling to resolve.
ASSIGN: dict[str, list[tuple[int, float]]] = {
    "charter": [(1, 1.0)],
    "interviews": [(3, 0.5), (1, 0.5)],
    "asis": [(3, 0.5)],
    "riskws": [(1, 0.5), (2, 1.0)],
    "reqws": [(3, 0.5), (2, 0.5), (8, 0.5)],
    "reqspec": [(3, 0.5)],
    "arch": [(2, 1.0)],
    "datamodel": [(6, 1.0)],
    "intdesign": [(5, 1.0)],
    "security": [(2, 1.0)],
    "ux": [(4, 0.5), (3, 0.5)],
    "repreq": [(3, 0.5)],
    "review": [(1, 1.0), (2, 1.0), (3, 1.0)],
    "env": [(4, 1.0)],
    "core": [(4, 1.0)],
    "roles": [(2, 0.5)],
    "sales": [(4, 1.0), (3, 0.25)],
    "service": [(4, 0.5)],
    "marketing": [(4, 1.0)],
    "mobile": [(5, 1.0)],
    "erp": [(5, 1.0)],
    "mail": [(2, 0.5)],
    "dash": [(3, 0.5)],
    "profiling": [(6, 1.0)],
    "cleansing": [(6, 0.5), (3, 0.5)],
    "scripts": [(6, 0.5)],
    "trial1": [(6, 1.0), (7, 0.5)],
    "trial2": [(6, 0.5), (7, 0.5)],
    "recon": [(6, 0.5), (3, 0.5)],
    "archive": [(6, 0.5)],
    "testplan": [(7, 1.0)],
    "systest": [(7, 0.5)],
    "inttest": [(7, 0.5), (5, 0.5)],
    "perftest": [(7, 0.5)],
    "sectest": [(2, 0.5)],
    "uat": [(7, 0.5), (3, 1.0)],
    "defects": [(4, 1.0), (5, 0.5)],
    "comms": [(8, 1.0)],
    "material": [(8, 1.0)],
    "ttt": [(8, 1.0)],
    "training": [(8, 1.0)],
    "cutplan": [(1, 0.5), (2, 0.5)],
    "cutover": [(4, 1.0), (5, 1.0), (6, 1.0)],
    "hypercare": [(4, 0.5), (7, 0.25)],
    "handover": [(1, 0.5)],
    "closure": [(1, 0.5)],
}

FIXED_COSTS: dict[str, float] = {
    "env": 18000.0,  # CRM licences and hosting for the first year
    "perftest": 3500.0,  # load-testing tool rental
    "training": 4200.0,  # rooms and catering
    "kickoff": 800.0,  # kick-off event
}

# (uid, title, probability, impact, owner, mitigation, contingency, tasks, status)
RISKS: list[tuple[int, str, float, float, str, str, float, tuple[str, ...], RiskStatus]] = [
    (
        1,
        "Legacy CRM data quality worse than assumed",
        0.5,
        30000.0,
        "Lukas Novak",
        "Profile the data in week one; agree cleansing rules with the business",
        15000.0,
        ("profiling", "cleansing", "recon"),
        RiskStatus.OPEN,
    ),
    (
        2,
        "ERP vendor API changes during the project",
        0.3,
        25000.0,
        "Priya Nair",
        "Freeze the API version in the contract; build against the sandbox early",
        7500.0,
        ("erp",),
        RiskStatus.OPEN,
    ),
    (
        3,
        "Key users unavailable for UAT in peak season",
        0.4,
        20000.0,
        "Maria Lopez",
        "Book UAT testers with their managers at design approval",
        8000.0,
        ("uat",),
        RiskStatus.MITIGATING,
    ),
    (
        4,
        "Performance below target with full data volume",
        0.2,
        40000.0,
        "Chen Wei",
        "Run the load test on the migrated trial data set",
        8000.0,
        ("perftest", "trial2"),
        RiskStatus.OPEN,
    ),
    (
        5,
        "Low adoption by the sales team",
        0.35,
        35000.0,
        "Sofia Rossi",
        "Champions in each region; training close to go-live; adoption dashboard",
        12000.0,
        ("training", "hypercare"),
        RiskStatus.OPEN,
    ),
    (
        6,
        "Solution architect on the critical path for too many tasks",
        0.3,
        15000.0,
        "Maria Lopez",
        "Name a deputy architect for security and roles",
        4500.0,
        ("arch", "security", "roles"),
        RiskStatus.OPEN,
    ),
]


def build_plan() -> Plan:
    """The demo plan, unscheduled (no baseline yet)."""
    plan = Plan(
        project=Project(
            name="CRM roll-out for Northwind Logistics",
            start=datetime(2027, 1, 4, 8, 0),  # a Monday
            currency="EUR",
            currency_symbol="€",
            author="Maria Lopez",
            manager="Maria Lopez",  # File > Info's Manager, whom the status report names
            company="Northwind Logistics",
            notes="Replace the legacy CRM with a cloud CRM for sales, service and marketing.",
            # The demo levels every moment booked beyond max units, as it did before
            # Leveling Options had a basis (schema v38), whatever a new plan's default.
            leveling=LevelingOptions(basis=LevelingBasis.MINUTE),
        )
    )
    uid_of: dict[str, int] = {}
    tasks: list[Task] = []
    for n, (key, name, days) in enumerate(OUTLINE, start=1):
        uid_of[key] = n
        if days is None:
            tasks.append(Task(uid=n, name=name, outline_level=1, duration_minutes=0))
        elif days == "M":
            tasks.append(
                Task(
                    uid=n,
                    name=name,
                    outline_level=2,
                    duration_minutes=0,
                    milestone=True,
                    fixed_cost=FIXED_COSTS.get(key, 0.0),
                )
            )
        else:
            assert isinstance(days, int | float)
            tasks.append(
                Task(
                    uid=n,
                    name=name,
                    outline_level=2,
                    duration_minutes=round(days * DAY),
                    fixed_cost=FIXED_COSTS.get(key, 0.0),
                )
            )
    plan.insert_tasks(0, tasks)

    for pred, succ, kind, lag_days in LINKS:
        plan.add_link(Link(uid_of[pred], uid_of[succ], kind, lag_minutes=round(lag_days * DAY)))

    # Jonas is away for a week in the middle of the build.
    plan.put_calendar(
        Calendar(
            uid=2,
            name="Jonas Weber",
            base_uid=1,
            week=(None,) * 7,
            exceptions=(
                CalendarException("Winter vacation", date(2027, 3, 15), date(2027, 3, 19)),
            ),
        )
    )
    for uid, name, role, rate, overtime, skills in PEOPLE:
        first, last = name.lower().split(" ", 1)
        plan.add_resource(
            Resource(
                uid=uid,
                name=name,
                initials=(name.split()[0][0] + name.split()[1][0]).upper(),
                role=role,
                email=f"{first}.{last.replace(' ', '')}@northwind.example",
                skills=skills,
                standard_rate=rate,
                overtime_rate=overtime,
                calendar_uid=2 if uid == 4 else None,
            )
        )
    next_uid = 1
    for key, people in ASSIGN.items():
        task = plan.task(uid_of[key])
        for person, units in people:
            plan.add_assignment(
                Assignment(
                    uid=next_uid,
                    task_uid=task.uid,
                    resource_uid=person,
                    units=units,
                    work_minutes=round(task.duration_minutes * units),
                )
            )
            next_uid += 1
    for uid, title, prob, impact, owner, mitigation, reserve, keys, status in RISKS:
        plan.add_risk(
            Risk(
                uid=uid,
                title=title,
                probability=prob,
                impact=impact,
                owner=owner,
                mitigation=mitigation,
                contingency=reserve,
                status=status,
                task_uids=tuple(uid_of[k] for k in keys),
            )
        )
    return plan


def schedule_and_baseline(plan: Plan) -> None:
    """Store the computed dates on the tasks and save them as baseline 0."""
    result = schedule(plan)
    with plan.batch():
        for task in list(plan.tasks):
            times = result.get(task.uid)
            if times is not None:
                plan.update_task(replace(task, start=times.start, finish=times.finish))
    costs = compute_costs(plan, result)
    entries = []
    for task in plan.tasks:
        times = result.get(task.uid)
        if times is None:
            continue
        entries.append(
            BaselineEntry(
                task_uid=task.uid,
                start=times.start,
                finish=times.finish,
                duration_minutes=times.duration_minutes,
                work_minutes=costs.task_work_minutes.get(task.uid, 0),
                cost=round(costs.task_cost.get(task.uid, 0.0), 2),
                # Baseline Fixed Cost, as Set Baseline keeps it; no accrual, as a baseline
                # saved before v39 (planned value then lays it by the task's accrual)
                fixed_cost=task.fixed_cost,
            )
        )
    plan.set_baseline(Baseline(0, SAVED_AT, tuple(entries)))


def main(argv: list[str] | None = None) -> int:
    """Build, schedule, baseline and write the demo plan (to ``argv``'s one path if given)."""
    from app.store.document import write_plan

    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]).absolute() if args else OUTPUT
    plan = build_plan()
    schedule_and_baseline(plan)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_plan(plan, output)
    shown = output.relative_to(ROOT) if output.is_relative_to(ROOT) else output
    sys.stdout.write(f"wrote {shown}: {len(plan.tasks)} tasks\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
