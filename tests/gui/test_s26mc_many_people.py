"""Several people changed at once in the Team roster, as a resource manager does in MS
Project: Set Calendar… (roster's right-click menu, Resource menu) moves everyone selected onto
a calendar keeping their own days off, and Resource Information with several selected opens
Multiple Resource Information (blank leaves each as is, a value goes to all, bad input names
its field and changes nothing); each is one undo step, said in the status bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.calendar import Calendar, CalendarException
from app.domain.resource import Resource, ResourceType
from app.domain.task import CostAccrual
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.many_people_dialog import ManyPeopleDialog, SetCalendarDialog
from app.ui.team.roster_model import RosterColumn
from tests.gui.conftest import build_plan


def _plan():
    plan = build_plan()
    plan.put_calendar(Calendar(2, "Night shift", base_uid=None))
    leave = CalendarException("Leave", date(2026, 3, 20), date(2026, 3, 20))
    plan.put_calendar(Calendar(5, "Priya Nair", base_uid=1, exceptions=(leave,)))
    plan.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=5))
    plan.add_resource(Resource(2, "Jonas Weber", standard_rate=80.0, max_units=0.5))
    plan.add_resource(Resource(3, "Mia Chen", standard_rate=70.0, role="QA"))
    return plan


@pytest.fixture
def window(qtbot, session):
    w = session.open_document(Document(_plan()))
    with qtbot.waitExposed(w):
        w.show()
    w.show_view("team")
    return w


def _select(window, uids):
    team = window.views["team"]
    team.table.setFocus()
    team.select_many(uids)
    return team


def _state(plan):
    return list(plan.resources), dict(plan.calendars)


def _menu_ids(widget):
    return [a.objectName() for a in widget.actions() if not a.isSeparator()]


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_s26mc_set_calendar_moves_everyone_selected_keeping_own_days_off(window, monkeypatch):
    plan = window.document.plan
    before = _state(plan)
    team = _select(window, [1, 2, 3])
    assert "team_set_calendar" in _menu_ids(team.table)  # right-click in the roster

    def answer(parent, document, uids):
        dialog = SetCalendarDialog(document, uids, parent)
        dialog.calendar.setCurrentIndex(dialog.calendar.findData(2))
        _ok(dialog)
        return dialog.command

    monkeypatch.setattr(SetCalendarDialog, "ask", staticmethod(answer))
    window.action_collection["resource_set_calendar"].trigger()  # the Resource menu's
    priya, jonas, mia = (plan.resource(u) for u in (1, 2, 3))
    assert (jonas.calendar_uid, mia.calendar_uid) == (2, 2)
    assert priya.calendar_uid == 5  # her own calendar stays, now based on Night shift
    assert plan.calendars[5].base_uid == 2
    assert [e.name for e in plan.calendars[5].exceptions] == ["Leave"]
    assert window.statusBar().currentMessage() == "Set calendar 'Night shift' for 3 people"
    assert sorted(team.selected_uids()) == [1, 2, 3]
    window.document.undo_stack.undo()  # one step takes it all back
    assert _state(plan) == before


def test_s26mc_set_calendar_on_materials_only_is_refused_in_the_dialog(window):
    plan = window.document.plan
    plan.add_resource(Resource(4, "Cable", type=ResourceType.MATERIAL))
    dialog = SetCalendarDialog(window.document, [4], window)
    before = _state(plan)
    _ok(dialog)
    assert "no working time" in dialog.error.text()
    assert dialog.command is None
    assert _state(plan) == before
    dialog.close()


def test_s26mc_resource_information_on_several_sets_typed_fields_for_all(window, monkeypatch):
    plan = window.document.plan
    before = _state(plan)
    _select(window, [2, 3])
    seen = []

    def answer(parent, document, uids):
        dialog = ManyPeopleDialog(document, uids, parent)
        seen.append(dialog.windowTitle())
        dialog.texts[RosterColumn.ROLE].setText("Developers")
        dialog.texts[RosterColumn.MAX_UNITS].setText("80")
        dialog.texts[RosterColumn.STANDARD_RATE].setText("100")
        dialog.accrue.setCurrentIndex(dialog.accrue.findData(CostAccrual.END))
        dialog.calendar.setCurrentIndex(dialog.calendar.findData(2))
        _ok(dialog)
        return dialog.command

    monkeypatch.setattr(ManyPeopleDialog, "ask", staticmethod(answer))
    window.action_collection["resource_information"].trigger()
    assert seen == ["Multiple Resource Information: 2 people"]
    for uid, ovt in ((2, 0.0), (3, 0.0)):
        r = plan.resource(uid)
        assert (r.role, r.max_units, r.standard_rate, r.accrue_at) == (
            "Developers",
            0.8,
            100.0,
            CostAccrual.END,
        )
        assert r.overtime_rate == ovt  # left blank: as each had it
        assert r.calendar_uid == 2
    assert plan.resource(1) == before[0][0]  # not selected, not touched
    assert window.statusBar().currentMessage() == "Edit 2 people"
    window.document.undo_stack.undo()
    assert _state(plan) == before


def test_s26mc_blank_fields_leave_each_person_as_they_are(window):
    plan = window.document.plan
    dialog = ManyPeopleDialog(window.document, [1, 2, 3], window)
    before = _state(plan)
    _ok(dialog)
    assert dialog.command is None
    assert _state(plan) == before


def test_s26mc_bad_input_is_refused_naming_the_field_and_changes_nothing(window):
    plan = window.document.plan
    before = _state(plan)
    dialog = ManyPeopleDialog(window.document, [2, 3], window)
    dialog.texts[RosterColumn.ROLE].setText("Devs")
    dialog.texts[RosterColumn.OVERTIME_RATE].setText("lots")
    _ok(dialog)
    assert dialog.error.text() == "Ovt. rate: 'lots' is not an amount"
    assert dialog.command is None
    assert dialog.isVisible() or dialog.result() == 0  # not accepted
    assert _state(plan) == before
    dialog.texts[RosterColumn.OVERTIME_RATE].setText("")
    dialog.texts[RosterColumn.MAX_UNITS].setText("-5")
    _ok(dialog)
    assert dialog.error.text() == "Max units: '-5' is negative; type 0% or more"
    dialog.close()


def test_s26mc_base_calendar_in_the_dialog_keeps_days_off(window):
    plan = window.document.plan
    dialog = ManyPeopleDialog(window.document, [1, 2], window)
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(2))
    _ok(dialog)
    execute(window.document, dialog.command)
    assert plan.resource(1).calendar_uid == 5
    assert plan.calendars[5].base_uid == 2
    assert [e.name for e in plan.calendars[5].exceptions] == ["Leave"]
    assert plan.resource(2).calendar_uid == 2
