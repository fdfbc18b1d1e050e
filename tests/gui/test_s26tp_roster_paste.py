"""People copied in one window's roster are pasted into another plan's roster (s26xa
finding 3): added with their rates and days off, those already there updated when the
user says so, one undo step, said in the status bar; Copy says how many it copied; tasks
pasted into a plan that lacks their people ask to bring them (finding 4)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.calendar import Calendar, CalendarException
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team.team_actions import TeamActions
from tests.gui.conftest import build_plan


def _open(session, tmp_path, name, plan):
    path = tmp_path / f"{name}.gantry"
    GantryFile.create(path, plan).close()
    return session.open_path(path)


@pytest.fixture
def two(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    source = build_plan()
    source.put_calendar(
        Calendar(
            5,
            "Priya Nair",
            base_uid=1,
            exceptions=(CalendarException("Leave", date(2026, 3, 20), date(2026, 3, 20)),),
        )
    )
    source.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=5))
    source.add_resource(Resource(2, "Jonas Weber", standard_rate=80.0, max_units=0.5))
    target = Plan(project=Project(name="Client B", start=source.project.start))
    target.add_resource(Resource(1, "JONAS WEBER", standard_rate=60.0))
    a = _open(session, tmp_path, "client-a", source)
    b = _open(session, tmp_path, "client-b", target)
    for w in (a, b):
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
        w.show_view("team")
    yield a, b
    for w in list(session.windows):
        w.close()


def _select_all(window):
    team = window.views["team"]
    team.table.setFocus()
    team.table.selectAll()
    return team


def test_s26tp_ctrl_c_in_one_roster_ctrl_v_in_another_adds_and_updates_people(two, monkeypatch):
    a, b = two
    team = _select_all(a)
    QTest.keySequence(team.table, "Ctrl+C")
    assert a.statusBar().currentMessage() == "Copied 2 people"
    assert "Priya Nair" in QApplication.clipboard().text()  # still text for Excel
    a.document.plan.update_resource(
        Resource(1, "Priya N.", standard_rate=1.0)
    )  # renamed after copying: the snapshot pastes as copied
    asked = []
    monkeypatch.setattr(
        TeamActions, "ask_update", staticmethod(lambda _w, names, src: asked.append(names) or True)
    )
    roster = b.views["team"].table
    roster.setFocus()
    QTest.keySequence(roster, "Ctrl+V")
    assert asked == [["JONAS WEBER"]]
    plan = b.document.plan
    people = {r.name: r for r in plan.resources}
    assert set(people) == {"JONAS WEBER", "Priya Nair"}
    assert (people["JONAS WEBER"].standard_rate, people["JONAS WEBER"].max_units) == (80.0, 0.5)
    priya = people["Priya Nair"]
    assert priya.standard_rate == 95.0
    assert [e.start for e in plan.calendars[priya.calendar_uid].exceptions] == [date(2026, 3, 20)]
    said = b.statusBar().currentMessage()
    assert "Added Priya Nair" in said
    assert "updated JONAS WEBER" in said
    b.views["team"].grab().save("/tmp/s26tp_roster_pasted.png")
    b.document.undo_stack.undo()  # one step takes it all back
    assert [(r.name, r.standard_rate) for r in plan.resources] == [("JONAS WEBER", 60.0)]
    assert len(plan.calendars) == 1


def test_s26tp_edit_paste_on_the_team_view_pastes_people_kept_as_here(two, monkeypatch):
    a, b = two
    _select_all(a)
    a.views["team"].copy_people()
    monkeypatch.setattr(TeamActions, "ask_update", staticmethod(lambda *_a: False))
    b.show_view("team")
    paste = b.action_collection["paste_tasks"]
    assert paste.isEnabled()
    paste.trigger()
    people = {r.name: r.standard_rate for r in b.document.plan.resources}
    assert people == {"JONAS WEBER": 60.0, "Priya Nair": 95.0}
    assert "kept as here: JONAS WEBER" in b.statusBar().currentMessage()


def test_s26tp_names_from_excel_add_people_of_those_names(two):
    _, b = two
    QApplication.clipboard().setText("Ana Ruiz\t\nBo Lind\t\njonas weber\t")
    b.views["team"].paste_people()
    assert [r.name for r in b.document.plan.resources] == ["JONAS WEBER", "Ana Ruiz", "Bo Lind"]
    assert b.statusBar().currentMessage().startswith("Added Ana Ruiz, Bo Lind (names only")


def test_s26tp_tasks_pasted_bring_the_people_when_asked_and_copy_counts_subtasks(two, monkeypatch):
    a, b = two
    plan = a.document.plan
    from app.domain.resource import Assignment

    summary = next(t for t in plan.tasks if plan.is_summary(t.uid))
    sub = plan.descendants(summary.uid)[0]
    plan.add_assignment(Assignment(1, sub.uid, 1, 1.0, 480))  # Priya on a subtask
    for w in (a, b):
        w.show_view("gantt")
    a.tree.select_uids([summary.uid])
    a.copy_tasks()
    count = len(plan.descendants(summary.uid)) + 1
    assert a.statusBar().currentMessage() == f"Copied {count} tasks"
    asked = []
    monkeypatch.setattr(
        MainWindow,
        "ask_bring_people",
        classmethod(lambda _c, _p, n, src: asked.append((n, src)) or True),
    )
    b.tree.setCurrentIndex(b.model.blank_index())
    b.paste_tasks()
    assert asked == [(1, plan.project.name)]
    target = b.document.plan
    names = {r.uid: r.name for r in target.resources}
    assert [names[x.resource_uid] for x in target.assignments] == ["Priya Nair"]
    assert "added Priya Nair" in b.statusBar().currentMessage()
    b.document.undo_stack.undo()
    assert [r.name for r in target.resources] == ["JONAS WEBER"]
    assert target.tasks == []


def test_s26tp_resource_menu_imports_people_from_a_plan_file(two, tmp_path, monkeypatch):
    from app import formats
    from app.ui.team.import_people_dialog import ImportPeopleDialog

    a, b = two
    path = tmp_path / "pool.xml"
    formats.write_plan(a.document.plan, path)
    monkeypatch.setattr(ImportPeopleDialog, "ask_file", classmethod(lambda _c, _p: path))
    shown = []

    def choose(_cls, parent, snapshot, plan):
        dialog = ImportPeopleDialog(snapshot, plan, parent)
        dialog.grab().save("/tmp/s26tp_import_dialog.png")
        shown.append(dialog.chosen())
        dialog.deleteLater()
        return ["Priya Nair"], False

    monkeypatch.setattr(ImportPeopleDialog, "choose", classmethod(choose))
    b.action_collection["resource_import_people"].trigger()
    assert shown == [["Priya Nair"]]  # those here come unticked
    people = {r.name: r for r in b.document.plan.resources}
    assert set(people) == {"JONAS WEBER", "Priya Nair"}
    assert people["Priya Nair"].standard_rate == 95.0
    assert b.statusBar().currentMessage() == "Added Priya Nair from pool.xml"
    b.document.undo_stack.undo()
    assert [r.name for r in b.document.plan.resources] == ["JONAS WEBER"]


def test_s26tp_a_sheet_with_a_name_column_adds_people_by_that_column_not_tasks(two):
    a, b = two
    QApplication.clipboard().setText("Role\tName\tEmail\nQA\tCleo Park\tc@x.example\n")
    b.views["team"].paste_people()
    assert [r.name for r in b.document.plan.resources] == ["JONAS WEBER", "Cleo Park"]
    a.show_view("gantt")
    a.tree.select_uids([a.document.plan.tasks[0].uid])
    a.copy_tasks()
    b.views["team"].paste_people()  # task rows are not people
    assert len(b.document.plan.resources) == 2
    assert "holds tasks" in b.statusBar().currentMessage()


def test_s26tp_people_copied_are_not_pasted_as_tasks_in_the_gantt(two):
    a, b = two
    _select_all(a)
    a.views["team"].copy_people()
    b.show_view("gantt")
    before = len(b.document.plan.tasks)
    b.tree.setCurrentIndex(b.model.blank_index())
    b.paste_tasks()
    assert len(b.document.plan.tasks) == before
    assert "holds people: paste them in the Team view" in b.statusBar().currentMessage()
