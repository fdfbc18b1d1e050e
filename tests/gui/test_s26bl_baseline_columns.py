"""Baseline1..10 Start/Finish/Duration/Work/Cost and Start1..10/Finish1..10 on the task sheet:
offered by Insert Column, showing the plan's values ("NA" for a date it lacks), copied,
printed, and typed into (Baseline (0)'s too) as one undo step written to the .gantry."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.view_state import SheetView
from app.io.mspdi import read_mspdi
from app.report.columns import CellText
from app.report.locale_dates import printed_date
from app.report.plan_lookups import PlanLookups
from app.store.document import GantryFile, read_plan
from app.ui.budget.money import money
from app.ui.column_placement import insert_column
from app.ui.models.task_date_edits import format_date
from app.ui.models.task_edits import HEADERS, Column
from tests.gui.conftest import build_plan

DISPLAY = Qt.ItemDataRole.DisplayRole
B3_START, B3_DURATION = Column["BASELINE3_START"], Column["BASELINE3_DURATION"]
B3_WORK, B3_COST = Column["BASELINE3_WORK"], Column["BASELINE3_COST"]
B10_FINISH, START2, FINISH2 = Column["BASELINE10_FINISH"], Column["START2"], Column["FINISH2"]


@pytest.fixture
def baselines_xml(shared_data, tmp_path):
    """MS Project's baselines.xml (Baseline1..10 of Task One, 450-minute days) as a .gantry."""
    plan = read_mspdi(shared_data / "mspdi" / "baselines.xml")
    path = tmp_path / "baselines.gantry"
    GantryFile.create(path, plan).close()
    return path


def _open(session, qtbot, path):
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _cell(window, uid, column, role=DISPLAY):
    return window.tree.model().index_of_uid(uid, column).data(role)


def _type(window, uid, column, text):
    model = window.tree.model()
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def test_s26bl_the_sheet_shows_the_files_numbered_baselines(session, qtbot, baselines_xml):
    window = _open(session, qtbot, baselines_xml)
    plan = window.document.plan
    third = plan.baselines[3].entry(1)
    assert third is not None
    assert _cell(window, 1, B3_START) == format_date(third.start)
    assert _cell(window, 1, Column["BASELINE3_FINISH"]) == format_date(third.finish)
    assert _cell(window, 1, B3_DURATION) == "3d"  # 1350 minutes of 450-minute days
    assert _cell(window, 1, B3_WORK) == "3h"
    assert _cell(window, 1, B3_COST) == money(plan.project, 3.0)
    assert _cell(window, 1, B10_FINISH) == format_date(datetime(2000, 1, 10, 17, 30))
    # the file saved no Baseline (0) and no interim plan: MS Project's NA
    assert _cell(window, 1, Column.BASELINE_START) == "NA"
    assert _cell(window, 1, START2) == "NA"
    assert HEADERS[B3_COST] == "Baseline3 Cost"
    assert HEADERS[FINISH2] == "Finish2"
    assert window.tree.model().index_of_uid(1, B3_COST).data(
        Qt.ItemDataRole.TextAlignmentRole
    ) & int(Qt.AlignmentFlag.AlignRight)


def test_s26bl_insert_column_offers_each_baseline_and_the_interim_plans(session, qtbot, tmp_path):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = _open(session, qtbot, path)
    menu = window.tree.column_menu(Column.START)
    insert = next(a.menu() for a in menu.actions() if a.menu() is not None)
    groups = {a.text(): a.menu() for a in insert.actions() if a.menu() is not None}
    numbered = {a.text(): a.menu() for a in groups["Baselines 1-10"].actions()}
    assert list(groups)[1:4] == ["Baseline and variance", "Baselines 1-10", "Interim plans"]
    assert list(numbered) == [f"Baseline{n}" for n in range(1, 11)]
    seventh = [a.text() for a in numbered["Baseline7"].actions()]
    parts = ("Start", "Finish", "Duration", "Work", "Cost", "Fixed Cost")  # Fixed Cost: s27bf
    assert seventh == [f"Baseline7 {p}" for p in parts]
    interim = [a.text() for a in groups["Interim plans"].actions()]
    assert interim[:3] == ["Start1", "Finish1", "Start2"]
    assert len(interim) == 20
    next(a for a in numbered["Baseline7"].actions() if a.text() == "Baseline7 Cost").trigger()
    assert not window.tree.isColumnHidden(Column["BASELINE7_COST"])
    assert not window.tree.isColumnHidden(Column.START)


def test_s26bl_typing_a_numbered_baseline_is_one_undo_step_kept_in_the_file(
    session, qtbot, baselines_xml
):
    window = _open(session, qtbot, baselines_xml)
    doc = window.document
    steps = doc.undo_stack.count()
    assert _type(window, 1, B3_COST, "1250.50")
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Set Baseline3 Cost of 'Task One'"
    assert doc.plan.baselines[3].entry(1).cost == 1250.5
    assert _cell(window, 1, B3_COST) == money(doc.plan.project, 1250.5)
    assert read_plan(baselines_xml).baselines[3].entry(1).cost == 1250.5
    assert _type(window, 1, B3_DURATION, "4d")  # 4 of the file's 450-minute days
    assert doc.plan.baselines[3].entry(1).duration_minutes == 4 * 450
    assert _type(window, 1, B3_WORK, "10h")
    assert read_plan(baselines_xml).baselines[3].entry(1).work_minutes == 600
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.baselines[3].entry(1) == read_mspdi_entry(baselines_xml, 3)
    assert read_plan(baselines_xml).baselines[3].entry(1).cost == 3.0
    assert _cell(window, 1, B3_COST) == money(doc.plan.project, 3.0)


def read_mspdi_entry(path, index):
    return read_plan(path).baselines[index].entry(1)


def test_s26bl_typing_a_date_keeps_the_others_and_a_wrong_one_is_refused(
    session, qtbot, baselines_xml
):
    window = _open(session, qtbot, baselines_xml)
    doc = window.document
    errors = []
    window.tree.model().sig_error.connect(errors.append)
    before = doc.plan.baselines[3].entry(1)
    # the file's Baseline3 finishes in 2000, before its 2001 start: a later finish first
    assert _type(window, 1, Column["BASELINE3_FINISH"], "2001-01-12 17:00")
    assert _type(window, 1, B3_START, "2001-01-08")
    entry = doc.plan.baselines[3].entry(1)
    assert entry.start == datetime(2001, 1, 8, 9, 0)  # the file's default start time
    assert entry.finish == datetime(2001, 1, 12, 17, 0)
    assert (entry.cost, entry.work_minutes) == (before.cost, before.work_minutes)
    steps = doc.undo_stack.count()
    assert not _type(window, 1, B3_COST, "lots")
    assert "Baseline3 Cost" in errors[-1] or "lots" in errors[-1]
    assert not _type(window, 1, B3_DURATION, "-2d")
    assert doc.undo_stack.count() == steps
    assert doc.plan.baselines[3].entry(1) == entry


def test_s26bl_typing_baseline_0_and_an_interim_plan_begins_them(session, qtbot, baselines_xml):
    window = _open(session, qtbot, baselines_xml)
    doc = window.document
    assert 0 not in doc.plan.baselines
    assert 2 not in doc.plan.interims
    assert _type(window, 1, Column.BASELINE_START, "2001-01-01 09:00")
    assert doc.plan.baselines[0].entry(1).start == datetime(2001, 1, 1, 9, 0)
    assert _cell(window, 1, Column.BASELINE_FINISH) == "NA"
    assert _type(window, 1, Column.BASELINE_COST, "99")
    assert read_plan(baselines_xml).baselines[0].entry(1).cost == 99.0
    assert _type(window, 1, START2, "2001-03-05")
    assert _type(window, 1, FINISH2, "2001-03-09")
    assert doc.plan.interims[2] == InterimPlan(
        2, (InterimEntry(1, datetime(2001, 3, 5, 9, 0), datetime(2001, 3, 9, 17, 30)),)
    )
    assert read_plan(baselines_xml).interims[2] == doc.plan.interims[2]
    assert _cell(window, 1, START2) == format_date(datetime(2001, 3, 5, 9, 0))
    assert _type(window, 1, START2, "")  # emptied: NA again, Finish2 kept
    assert _cell(window, 1, START2) == "NA"
    assert doc.plan.interims[2].entry(1).finish == datetime(2001, 3, 9, 17, 30)
    for _ in range(5):
        doc.undo_stack.undo()
    assert 0 not in doc.plan.baselines
    assert 2 not in doc.plan.interims
    saved = read_plan(baselines_xml)
    assert 0 not in saved.baselines
    assert 2 not in saved.interims


def test_s26bl_the_cells_own_text_typed_back_changes_nothing(session, qtbot, baselines_xml):
    window = _open(session, qtbot, baselines_xml)
    doc = window.document
    steps = doc.undo_stack.count()
    for column in (B3_START, B3_DURATION, B3_WORK, B3_COST, START2):
        assert _type(window, 1, column, _cell(window, 1, column))
        assert _type(window, 1, column, _cell(window, 1, column, Qt.ItemDataRole.EditRole))
    assert doc.undo_stack.count() == steps


def test_s26bl_summaries_show_their_own_saved_values_as_baseline_0_does():
    from app.ui.document import Document
    from app.ui.models.task_model import TaskTreeModel

    plan = build_plan()
    design = BaselineEntry(1, datetime(2026, 3, 2, 8), datetime(2026, 3, 6, 17), 5 * 480, 0, 900)
    specs = BaselineEntry(2, datetime(2026, 3, 2, 8), datetime(2026, 3, 4, 17), 3 * 480, 0, 600)
    plan.set_baseline(Baseline(4, datetime(2026, 3, 1), (design, specs)))
    plan.set_baseline(Baseline(0, datetime(2026, 3, 1), (design, specs)))
    model = TaskTreeModel(Document(plan))

    def cell(uid, column):
        return model.index_of_uid(uid, column).data(DISPLAY)

    for b0, b4 in (
        (Column.BASELINE_START, Column["BASELINE4_START"]),
        (Column.BASELINE_FINISH, Column["BASELINE4_FINISH"]),
        (Column.BASELINE_COST, Column["BASELINE4_COST"]),
        (Column.BASELINE_DURATION, Column["BASELINE4_DURATION"]),
    ):
        assert cell(1, b4) == cell(1, b0) != ""  # the summary Design
        assert cell(2, b4) == cell(2, b0) != ""
        assert cell(5, b4) == cell(5, b0)  # Code: not in either
    assert cell(5, Column["BASELINE4_START"]) == "NA"
    assert cell(5, Column["BASELINE4_COST"]) == ""


def test_s26bl_copy_and_print_carry_the_columns(session, qtbot, baselines_xml, tmp_path):
    window = _open(session, qtbot, baselines_xml)
    tree = window.tree
    for column in (B3_START, B3_COST, START2):
        insert_column(tree, column)
    copied = tree.selection_as_text([1]).splitlines()
    titles, row = copied[0].split("\t"), copied[1].split("\t")
    plan = window.document.plan
    for column in (B3_START, B3_COST, START2):
        at = titles.index(HEADERS[column])
        assert row[at] == _cell(window, 1, column)
    # printed as the sheet writes them (the printout's date form)
    cells = CellText(plan, window.document.schedule, PlanLookups(plan).resources)
    assert cells.text(1, "baseline3_start") == printed_date(plan.baselines[3].entry(1).start)
    assert cells.text(1, "baseline3_cost") == _cell(window, 1, B3_COST)
    assert cells.text(1, "baseline3_duration") == "3d"
    assert cells.text(1, "start2") == "NA"
    # a plan kept with those columns prints them: gantry convert to PDF, read back as text
    kept = tmp_path / "kept.gantry"
    plan = read_plan(baselines_xml)
    columns = (("name", 170), ("baseline3_start", 118), ("baseline3_cost", 90), ("start2", 90))
    plan.view = replace(plan.view or SheetView(), columns=columns)
    GantryFile.create(kept, plan).close()
    pdf = tmp_path / "kept.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "convert", str(kept), str(pdf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Baseline3" in text
    assert "Start2" in text
    assert "NA" in text
    assert printed_date(plan.baselines[3].entry(1).start) in text


def test_s26bl_the_workbook_carries_the_numbered_baselines_and_interim_plans(
    shared_data, tmp_path, capsys
):
    import json

    import openpyxl

    from app.cli import main
    from app.io.excel_export import write_workbook

    plan = read_mspdi(shared_data / "mspdi" / "baselines.xml")
    dates = (datetime(2001, 3, 5, 9, 0), None)
    plan.set_interim(InterimPlan(2, (InterimEntry(1, *dates),)))
    source = tmp_path / "baselines.gantry"
    GantryFile.create(source, plan).close()
    path = tmp_path / "baselines.xlsx"
    write_workbook(plan, path)
    ws = openpyxl.load_workbook(path)["Plan"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, (c.value for c in ws[2]), strict=False))
    numbered = [f"Baseline{n} {end}" for n in range(1, 11) for end in ("Start", "Finish")]
    at = header.index("Baseline1 Start")
    assert header[at : at + 22] == [*numbered, "Start2", "Finish2"]
    assert "Start1" not in header
    assert "Baseline Start" not in header
    assert row["Baseline3 Start"] == plan.baselines[3].entry(1).start
    assert row["Baseline10 Finish"] == datetime(2000, 1, 10, 17, 30)
    assert (row["Start2"], row["Finish2"]) == dates  # Finish2 NA: an empty cell
    # read back, they are the plan's own: nothing changed, no column named as unread
    capsys.readouterr()
    done = main(["diff", str(source), str(path), "--json"])
    captured = capsys.readouterr()
    assert done == 0, captured.err
    assert json.loads(captured.out) == {"changes": []}
    assert "Baseline3" not in captured.err
    assert "Start2" not in captured.err


def test_s26bl_del_empties_baseline_cells_of_the_selected_tasks_in_one_step(
    session, qtbot, tmp_path
):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = _open(session, qtbot, path)
    doc, tree = window.document, window.tree
    for uid in (2, 3):
        assert _type(window, uid, START2, "2026-03-02")
    insert_column(tree, START2)
    tree.select_uids([2, 3])
    no_update = QItemSelectionModel.SelectionFlag.NoUpdate  # the rows stay selected
    tree.selectionModel().setCurrentIndex(tree.model().index_of_uid(2, START2), no_update)
    steps = doc.undo_stack.count()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Clear Start2 of 2 tasks"
    assert _cell(window, 2, START2) == _cell(window, 3, START2) == "NA"
    assert read_plan(path).interims.get(2) is None
    assert 2 not in doc.plan.interims  # no longer set, in the window as in the file
    doc.undo_stack.undo()
    assert len(doc.plan.interims[2].entries) == 2


def test_s26bl_find_compares_baseline_figures_and_dates_by_value():
    from app.ui.document import Document
    from app.ui.find_query import FindQuery, FindTest, Matcher
    from app.ui.models.task_model import TaskTreeModel

    plan = build_plan()
    costs = {2: 900.0, 3: 10_000.0, 5: 2_500.0}
    entries = tuple(
        BaselineEntry(uid, datetime(2026, 3, uid, 8), datetime(2026, 3, 20, 17), 480, 0, cost)
        for uid, cost in costs.items()
    )
    plan.set_baseline(Baseline(5, datetime(2026, 3, 1), entries))
    model = TaskTreeModel(Document(plan))

    def found(column, text, test=FindTest.GREATER):
        matcher = Matcher(model, FindQuery(text, column, test))
        return [t.uid for t in plan.tasks if matcher.matches(t.uid)]

    # as amounts, not as text ("10,000.00" sorts before "900.00" as text)
    assert found(Column["BASELINE5_COST"], "1000") == [3, 5]
    assert found(Column["BASELINE5_START"], "2026-03-04") == [5]  # an NA is no date


def test_s26bl_cells_pasted_from_excel_land_in_a_baseline_in_one_step(qtbot):
    from app.ui.clipboard_paste import paste_into_cells
    from app.ui.clipboard_table import ClipboardTable
    from app.ui.document import Document
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    table = ClipboardTable(
        rows=(("2026-03-02", "1,200.00"), ("2026-03-05", "800")),
        columns=(Column["BASELINE6_START"], Column["BASELINE6_COST"]),
        titles=("Baseline6 Start", "Baseline6 Cost"),
    )
    paste_into_cells(tree, table, model.index_of_uid(2, Column["BASELINE6_START"]))
    base = doc.plan.baselines[6]
    assert [(e.task_uid, e.start, e.cost) for e in base.entries] == [
        (2, datetime(2026, 3, 2, 8, 0), 1200.0),
        (3, datetime(2026, 3, 5, 8, 0), 800.0),
    ]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert 6 not in doc.plan.baselines
