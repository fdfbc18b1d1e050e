"""Messages that count things say one and two in words of their own ('1 value', '2 values';
'is', 'are') through app.domain.plural_words: the cases the older tests did not hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from xml.etree.ElementTree import Element

import pytest
from PySide6.QtCore import QSettings

from app.cli.recurring_text import recurring_lines
from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.custom_fields import ListValue, value_list
from app.domain.hyperlinks import Hyperlink, hyperlinks_not_kept
from app.domain.link import Link
from app.domain.merge import three_way
from app.domain.plan import Plan
from app.domain.plural_words import verb
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, describe
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.gan_hyperlinks import read_weblinks, texts_not_kept
from app.io.mspdi_dropped import Dropped
from app.io.mspdi_left_out import LeftOut, _Unkept
from app.store.text_repair import surrogates_note, trimmed
from app.ui.app import Session
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from app.ui.document import Document
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.cli.test_s15o_recurring_text import _plan as recurring_plan
from tests.gui.conftest import build_plan
from tests.test_s18a_assign_graph import ANN, _open
from tests.test_s18d_review_window import _plan as review_plan
from tests.unit.test_s13follow_recurring import _fridays

DAY = 480


def test_s19td_verb_agrees_with_the_count():
    assert [verb(n) for n in (0, 1, 2, 0.5)] == ["are", "is", "are", "are"]
    assert verb(1, "has", "have") == "has"
    assert verb(3, "has", "have") == "have"


@pytest.mark.parametrize(
    ("period", "occurrences", "said"),
    [
        (1, 1, "every day, 1 time from 2026-03-02"),
        (2, 2, "every 2 days, 2 times from 2026-03-02"),
    ],
)
def test_s19td_a_pattern_in_words_counts_days_and_times(period, occurrences, said):
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.DAILY, period=period, occurrences=occurrences), date(2026, 3, 2)
    )
    assert describe(rec) == said


def test_s19td_months_and_years_follow_the_period():
    def said(kind: RecurrenceKind, period: int) -> str:
        rec = TaskRecurrence(Recurrence(kind, period=period), date(2026, 3, 2), date(2027, 3, 2))
        return describe(rec).split(", from")[0]

    assert said(RecurrenceKind.MONTHLY_BY_DATE, 1) == "day 1 of every month"
    assert said(RecurrenceKind.MONTHLY_BY_DATE, 2) == "day 1 of every 2 months"
    assert said(RecurrenceKind.MONTHLY_BY_WEEKDAY, 2) == "the first Mon of every 2 months"
    assert said(RecurrenceKind.YEARLY_BY_DATE, 1) == "every year on January 1"
    assert said(RecurrenceKind.YEARLY_BY_WEEKDAY, 3) == (
        "every 3 years on the first Mon of January"
    )


def test_s19td_one_occurrence_left_in_the_plan():
    plan = recurring_plan(3)
    plan.remove_tasks([t.uid for t in plan.children(2)[1:]])
    assert recurring_lines(plan, [(2, "2")]) == [
        "Recurring 2 'Review': every week on Mon, Thu, 3 times from 2026-03-02"
        " (1 occurrence in the plan)"
    ]


def test_s19td_task_hyperlinks_not_saved_one_and_two():
    one = [Task(1, "Design", hyperlink=Hyperlink("Spec", "https://x.org/d"))]
    two = [*one, Task(2, "Build", hyperlink=Hyperlink("Plan", "https://x.org/b"))]
    assert hyperlinks_not_kept(one, ".csv") == (
        ".csv keeps no hyperlinks: 1 task hyperlink not saved (the first on 'Design')"
    )
    assert texts_not_kept(two) == (
        ".gan keeps a hyperlink's address only: the text to display of 2 task hyperlinks "
        "not saved (the first on 'Design')"
    )


def test_s19td_two_gan_web_links_left_out():
    rows = [
        (Element("task", id=str(k), webLink="javascript%3Aalert%281%29"), Task(k + 1, f"S{k}"))
        for k in (1, 2)
    ]
    links, notes = read_weblinks("links.gan", rows)
    assert links == {}
    assert len(notes) == 1
    assert notes[0].startswith(
        "links.gan: 2 task web links are left out (first: the webLink of task 'S1' (ID 1): "
    )


@pytest.mark.parametrize("n", [1, 2])
def test_s19td_mspdi_kinds_left_out_count_in_words(n):
    dropped = Dropped()
    dropped.codes.add("Resource #1", n)
    dropped.actuals.add("Task #3", n)
    dropped.refused_links = ["javascript:x"] * n
    one = n == 1
    assert dropped.notes("a.xml") == [
        f"a.xml: {n} resource code{'' if one else 's'} {'is' if one else 'are'} left out "
        "(first: Resource #1): Gantry keeps no resource codes",
        f"a.xml: {n} timephased actual overtime value{'' if one else 's'} "
        f"{'is' if one else 'are'} left out (first: Task #3): "
        "Gantry keeps each assignment's actual overtime as a total",
        f"a.xml: {n} task hyperlink{'' if one else 's'} {'is' if one else 'are'} left out "
        "(first: javascript:x)",
    ]


def test_s19td_one_value_of_two_unkept_fields():
    left = LeftOut()
    left.unkept = {"1": _Unkept("Text31", ("task", "Text")), "2": _Unkept("Cost11", ("t", "C"))}
    left.values, left.first = 1, "Text31 = 'x' on Task #1"
    assert left.notes("a.xml")[0].startswith(
        "a.xml: 1 value of 2 custom fields Gantry does not keep are left out ("
    )


def test_s19td_one_long_text_value_is_cut():
    tasks = [Task(1, "A", custom=(("Text1", "v" * 300),)), Task(2, "B")]
    _project, out, notes = trimmed(Project(), tasks, "old.gantry")
    assert len(dict(out[0].custom)["Text1"]) == 255
    assert notes == [
        "old.gantry: 1 Text value longer than 255 characters is cut to 255 (the first: "
        "Text1 of task 1)"
    ]


def test_s19td_the_review_counts_two_changes(qtbot):
    plan = review_plan()
    theirs = review_plan()
    theirs.update_link(Link(2, 3, lag_minutes=DAY))
    theirs.update_task(replace(theirs.task(6), name="Test all"))
    items = three_way(plan, theirs, review_plan())
    dialog = ReviewChangesDialog(items, plan.project)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "The workbook holds 2 changes."


def test_s19td_a_field_with_one_value_in_custom_fields(qtbot):
    document = Document(build_plan())
    document.plan.set_custom_field(value_list("Text2", (ListValue("Low"),), False))
    dialog = CustomFieldsDialog(document)
    qtbot.addWidget(dialog)
    shown = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert "Text2, 1 value" in shown


def test_s19td_the_graph_says_one_day_over(qtbot, tmp_path):
    plan = Plan(project=Project(name="Lab", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", 1, duration_minutes=DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=3 * DAY))
    plan.add_resource(Resource(ANN, "Ann"))
    # Ann full time on both from Monday: 16 h on Monday only
    plan.add_assignment(Assignment(1, 1, ANN, units=1.0, work_minutes=DAY))
    plan.add_assignment(Assignment(2, 2, ANN, units=1.0, work_minutes=3 * DAY))
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Document(plan), Session(Settings(settings)))
    qtbot.addWidget(window)
    graph = _open(window, 2, ANN).graphs()
    assert graph.heading.text().endswith("; over-allocated on 1 day (red)")


def test_s19td_the_recurring_preview_says_one_occurrence_and_two_dates_skipped(qtbot):
    plan = _fridays((date(2026, 3, 6), date(2026, 3, 13)), 3)
    dialog = RecurringTaskDialog(plan, "Review", plan.recurrences[2])
    qtbot.addWidget(dialog)
    assert dialog.preview.text().startswith(
        "1 occurrence (2 dates on a non-working day skipped), every week on Fri, 3 times from "
    )
    plan = _fridays((), 1)
    dialog = RecurringTaskDialog(plan, "Review", plan.recurrences[2])
    qtbot.addWidget(dialog)
    assert dialog.preview.text().startswith("1 occurrence, every week on Fri, 1 time from ")


def test_s19td_one_half_character_pair_saved():
    plan = Plan(tasks=[Task(1, "Design\ud800")])
    assert surrogates_note(plan) == (
        ".gantry cannot hold half a character pair (pasted from another tool?): 1 character "
        "saved as \ufffd, the first in task 1"
    )
