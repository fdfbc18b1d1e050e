"""Rows copied from a client's staffing sheet in Excel and pasted into the Team roster arrive
whole (task s27rp item 1): a title row says which field each column holds (the roster's
titles and the usual variants), without one the columns fill the roster's shown columns from
the selected cell; money and units read in the user's locale; a bad cell names its row and
column and pastes nothing; people already on the team are updated only when the user says
so; one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.domain.resource import RateUnit, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.team.roster_model import RosterColumn
from app.ui.team.team_actions import TeamActions
from tests.gui.conftest import build_plan


def _excel_text(rows):
    """Rows as Excel puts them on the clipboard: tabs between cells, a cell holding a line
    break, a tab or a quote in quotes (its quotes doubled), a line break after each row."""

    def cell(value):
        text = "" if value is None else str(value)
        if any(c in text for c in '\t\n"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join("\t".join(cell(v) for v in row) + "\r\n" for row in rows)


@pytest.fixture
def window(qtbot, tmp_path):
    before = QLocale()  # the run's default (C, tests/conftest.py), given back after
    QLocale.setDefault(QLocale("en_US"))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    plan = build_plan()
    plan.add_resource(Resource(1, "Jonas Weber", standard_rate=60.0, role="Dev"))
    path = tmp_path / "crm.gantry"
    GantryFile.create(path, plan).close()
    w = session.open_path(path)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    w.show_view("team")
    yield w
    for opened in list(session.windows):
        opened.close()
    QLocale.setDefault(before)


def _paste(window, text):
    QApplication.clipboard().setText(text)
    team = window.views["team"]
    team.paste_people()
    return window.document.plan, window.statusBar().currentMessage()


STAFFING = [
    ["Name", "Initials", "Group", "Max units", "Std rate", "Ovt rate", "Cost/use", "Email"],
    ["Ana Ruiz", "AR", "Analysts", "50%", "85.50", "120", "1,000", "ana@client.example"],
    ["Bo Lind", "BL", "QA", "100%", "1,200/d", "", "", "bo@client.example"],
]


def test_s27rp_a_staffing_sheet_with_titles_pastes_people_with_their_fields(window):
    plan, said = _paste(window, _excel_text(STAFFING))
    people = {r.name: r for r in plan.resources}
    assert list(people) == ["Jonas Weber", "Ana Ruiz", "Bo Lind"]
    ana = people["Ana Ruiz"]
    assert (ana.initials, ana.role, ana.email) == ("AR", "Analysts", "ana@client.example")
    assert (ana.max_units, ana.standard_rate, ana.overtime_rate) == (0.5, 85.5, 120.0)
    assert ana.cost_per_use == 1000.0
    bo = people["Bo Lind"]
    assert bo.max_units == 1.0
    assert bo.standard_rate_unit is RateUnit.DAY
    assert bo.standard_rate == pytest.approx(1200 / 8)  # kept per hour, shown per day
    assert said == "Added Ana Ruiz, Bo Lind"
    window.views["team"].grab().save("/tmp/s27rp_roster_pasted.png")
    stack = window.document.undo_stack
    assert stack.undoText() == "Paste 2 people"
    stack.undo()  # one step takes them all back
    assert [r.name for r in plan.resources] == ["Jonas Weber"]
    stack.redo()
    assert len(plan.resources) == 3


def test_s27rp_ms_project_title_variants_and_columns_in_any_order(window):
    text = _excel_text(
        [
            ["E-mail", "Resource Name", "Standard Rate", "Max. Units", "Overtime Rate", "Notes"],
            ["cleo@x.example", "Cleo Park", "90", "75 %", "110", "joins in May"],
        ]
    )
    plan, said = _paste(window, text)
    cleo = plan.resources[-1]
    assert (cleo.name, cleo.email, cleo.standard_rate) == ("Cleo Park", "cleo@x.example", 90.0)
    assert (cleo.max_units, cleo.overtime_rate) == (0.75, 110.0)
    assert said == "Added Cleo Park; not read: Notes"


def test_s27rp_rows_without_titles_fill_the_shown_columns_from_the_selected_cell(window):
    team = window.views["team"]
    table = team.table
    table.setColumnHidden(RosterColumn.TYPE, True)  # shown: Name, Role, Email, Skills, Max...
    table.setCurrentIndex(table.model().index(0, RosterColumn.NAME))
    text = _excel_text([["Dee Moss", "PMO", "dee@x.example", "Scrum, Jira", "50%", "70"]])
    plan, said = _paste(window, text)
    dee = plan.resources[-1]
    assert (dee.name, dee.role, dee.email) == ("Dee Moss", "PMO", "dee@x.example")
    assert (dee.skills, dee.max_units, dee.standard_rate) == (("Scrum", "Jira"), 0.5, 70.0)
    assert said == "Added Dee Moss"
    table.setCurrentIndex(table.model().index(0, RosterColumn.ROLE))  # no Name column in reach
    plan, said = _paste(window, _excel_text([["QA", "eve@x.example"]]))
    assert len(plan.resources) == 2
    assert said.startswith("Nothing pasted: the pasted rows hold no names")


def test_s27rp_a_cell_that_cannot_be_read_names_row_and_column_and_pastes_nothing(window):
    rows = [*STAFFING, ["Cai Wu", "CW", "Dev", "100%", "ninety", "", "", ""]]
    stack = window.document.undo_stack
    count = stack.count()
    plan, said = _paste(window, _excel_text(rows))
    assert [r.name for r in plan.resources] == ["Jonas Weber"]
    assert stack.count() == count
    assert said.startswith("Nothing pasted: row 4, column Std rate:")
    assert "'ninety' is not an amount" in said


def test_s27rp_people_on_the_team_are_updated_only_when_the_user_says_so(window, monkeypatch):
    asked = []
    answer = [None]
    monkeypatch.setattr(
        TeamActions,
        "ask_update",
        staticmethod(lambda _w, names, _src: asked.append(names) or answer[0]),
    )
    text = _excel_text(
        [["Name", "Std. rate", "Group"], ["JONAS WEBER", "75", "Dev"], ["Fay Oduya", "50", "QA"]]
    )
    plan, _said = _paste(window, text)  # Cancel: nothing
    assert asked == [["Jonas Weber"]]
    assert [r.name for r in plan.resources] == ["Jonas Weber"]
    answer[0] = False  # Keep as here: Fay added, Jonas kept
    plan, said = _paste(window, text)
    assert [(r.name, r.standard_rate) for r in plan.resources] == [
        ("Jonas Weber", 60.0),
        ("Fay Oduya", 50.0),
    ]
    assert said == "Added Fay Oduya; kept as here: Jonas Weber"
    window.document.undo_stack.undo()
    answer[0] = True  # Update: the pasted cells only; his other fields stay
    plan, said = _paste(window, text)
    jonas = plan.resources[0]
    assert (jonas.name, jonas.standard_rate, jonas.role) == ("Jonas Weber", 75.0, "Dev")
    assert said == "Added Fay Oduya; updated Jonas Weber"


def test_s27rp_money_and_units_are_read_in_the_users_locale(window):
    QLocale.setDefault(QLocale("de_DE"))
    text = _excel_text(
        [["Name", "Standardsatz", "Std. rate", "Max. units"], ["Gus Kern", "x", "1.200,50", "50 %"]]
    )
    plan, said = _paste(window, text)
    gus = plan.resources[-1]
    assert (gus.standard_rate, gus.max_units) == (1200.5, 0.5)
    assert said == "Added Gus Kern; not read: Standardsatz"


def test_s27rp_a_real_stakeholder_sheet_pasted_as_excel_copies_it(window, shared_data):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(
        shared_data / "xlsx" / "packt-tpm-handbook-tables.xlsx", read_only=True, data_only=True
    )
    rows = [list(r) for r in book["Stakeholders"].iter_rows(values_only=True)]
    book.close()
    rows = [r for r in rows if any(v is not None for v in r)]
    assert rows[0][:2] == ["Name", "Alias"]
    plan, said = _paste(window, _excel_text(rows))
    people = {r.name: r for r in plan.resources}
    named = [r[0] for r in rows[1:] if r[0]]
    assert set(named) <= set(people)
    assert people["Josh Teter"].role == "TPM Lead"
    assert people["Arun Ardibeddi"].role == "SDM"
    assert "not read: Alias, Department, Project, Com Plan" in said
    assert window.document.undo_stack.undoText() == f"Paste {len(named)} people"
