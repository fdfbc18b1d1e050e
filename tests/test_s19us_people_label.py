"""A person whose name holds ", " ("Weber, Jonas", as a directory writes it) was split as
two people right of a bar: the label was cut at "Weber, +2" (two people counted, the first
half a name). The label keeps the assignments it was joined from, and is shortened by them."""

from __future__ import annotations

import copy
import pickle
from datetime import datetime

from PySide6.QtGui import QFontMetricsF

from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.bar_labels import fitted_label, short_label
from app.report.fonts import report_font
from app.report.gantt_pages import LABEL_FONT, ROW_H, TIMESCALE_H, GanttPageLayout
from app.report.gantt_paint import ChartRow
from app.report.options import PrintOptions
from app.report.people_label import PeopleLabel, people_label, people_of
from app.report.plan_lookups import PlanLookups, resource_labels

PEOPLE = ["Weber, Jonas", "Lima, Ana", "Rossi, Sofia"]


def _plan(names: list[str] = PEOPLE) -> Plan:
    plan = Plan(project=Project(name="Directory", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480 * 40))
    plan.append_task(Task(2, "Handover", 1, duration_minutes=480 * 2))
    plan.add_link(Link(1, 2))
    for uid, name in enumerate(names, start=1):
        plan.add_resource(Resource(uid, name))
        plan.add_assignment(Assignment(uid, 2, uid, units=0.5))
    return plan


def test_s19us_labels_keep_their_people(qapp):
    labels = resource_labels(_plan())
    label = labels[2]
    assert label == "Weber, Jonas[50%], Lima, Ana[50%], Rossi, Sofia[50%]"  # the text as before
    assert people_of(label) == ("Weber, Jonas[50%]", "Lima, Ana[50%]", "Rossi, Sofia[50%]")
    assert people_of("45%") == ("45%",)
    assert isinstance(label, PeopleLabel)
    # without a name holding ", " a label is the plain text, split back exactly
    plain = resource_labels(_plan(names=["Jonas Weber", "Ana Lima", "Sofia Rossi"]))[2]
    assert type(plain) is str
    assert people_of(plain) == (
        "Jonas Weber[50%]",
        "Ana Lima[50%]",
        "Sofia Rossi[50%]",
    )
    assert people_of(people_label(["Weber, Jonas"])) == ("Weber, Jonas",)  # one person alone
    for kept in (copy.copy(label), copy.deepcopy(label), pickle.loads(pickle.dumps(label))):
        assert people_of(kept) == label.names


def test_s19us_shortened_by_person_not_by_comma(qapp):
    advance = QFontMetricsF(report_font(LABEL_FONT)).horizontalAdvance
    label = resource_labels(_plan())[2]
    one = "Weber, Jonas[50%], +2"
    assert fitted_label(label, advance(one), advance) == one  # was "Weber, +5"
    two = "Weber, Jonas[50%], Lima, Ana[50%], +1"
    assert fitted_label(label, advance(two), advance) == two
    # no room for the units: the whole first name and the count, never "Weber, +2"
    assert short_label(label, advance("Weber, Jonas, +2"), advance) == "Weber, Jonas, +2"
    alone = people_label(["Weber, Jonas[50%]"])
    assert short_label(alone, advance("Weber, Jonas"), advance) == "Weber, Jonas"
    assert fitted_label(alone, advance("Weber, +1"), advance) == ""  # one person: no count


def test_s19us_a_printed_bar_counts_people(qapp):
    plan = _plan()
    layout = GanttPageLayout(plan, schedule(plan), PrintOptions(scale=1.0), 523.0, 770.0)
    painter = layout.painter_for()
    row = ChartRow(2, TIMESCALE_H + ROW_H, ROW_H)
    geom = painter.geometry(row)
    placed = [
        painter._label_at(2, geom, None, (slot.chart_x0, slot.chart_x1)) for slot in layout.pages
    ]
    (label,) = [p[1] for p in placed if p is not None]
    assert label.startswith("Weber, J"), label
    assert label.endswith("+2"), label  # three people, the first shown: two more


def test_s19us_an_added_assignment_keeps_the_list(qapp):
    plan = _plan()
    lookups = PlanLookups(plan)
    assert people_of(lookups.resources[2])[-1] == "Rossi, Sofia[50%]"
    plan.add_resource(Resource(4, "Nair, Priya"))
    added = Assignment(9, 2, 4)
    plan.add_assignment(added)
    index = len(plan.assignments) - 1
    lookups.follow(Change(Entity.ASSIGNMENT, ChangeKind.ADDED, (added.uid,), index=index))
    assert people_of(lookups.resources[2])[-1] == "Nair, Priya"
    assert len(people_of(lookups.resources[2])) == 4
