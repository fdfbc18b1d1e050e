"""``gantry convert plan.gantry out.pdf`` (and .png) prints the plan's saved view as MS
Project prints a view as saved: its group headers, only the tasks its filter keeps, in its
sort's order, with its table's columns; ``--table`` given wins over the saved table."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.cli import main
from app.cli.filtering import parse_filter_option
from app.cli.saved_view import view_options
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.view_state import SheetView
from app.report.columns import DEFAULT_COLUMNS
from app.report.export import png_picture
from app.report.saved_view import chosen_view, printed_key, saved_view_rows, view_columns
from app.report.tables import task_table
from app.store.document import write_plan
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.sheet_layout import column_key
from app.ui.sheet_tables import REPORT_KEYS
from tests.test_s16g_sheet_groups import _plan, rows

_ROW = re.compile(r"(.+?)\s+\d+d\s+\d{4}-")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")

# Tasks whose name holds a 'c' (Specs, Code, Docs), grouped by Resource Names.
GROUPED = SheetView(
    task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="c"),
    task_group=built_in("resource"),
)
GROUPED_ROWS = [
    "# Resource Names: Ann",
    "Specs",
    "Code",
    "# Resource Names: Bob",
    "Specs",
    "# No Resource Names",
    "Docs",
]


@pytest.fixture(autouse=True)
def _qapp(qapp):
    """The widgets' QApplication before any printout makes a plain QGuiApplication."""
    return qapp


def _saved(tmp_path, view: SheetView | None, name: str = "plan.gantry"):
    plan = _plan()
    plan.view = view
    path = tmp_path / name
    write_plan(plan, path)
    return path


def _text(pdf) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _printed(plan, view: SheetView) -> list[str]:
    """The rows a printout of the view lists, as :func:`rows` gives the window's."""
    got = saved_view_rows(plan, schedule(plan), view)
    return [
        f"# {got.groups[key].label}" if key in got.groups else plan.task(key).name
        for key in got.rows
    ]


@needs_poppler
def test_s17view2_a_grouped_filtered_plan_prints_its_groups_and_only_its_tasks(tmp_path):
    path = _saved(tmp_path, GROUPED)
    pdf = tmp_path / "out.pdf"
    assert main(["convert", str(path), str(pdf)]) == 0
    text = _text(pdf)
    # each printed row's WBS and name (or group label), up to its Duration cell
    found = [m.group(1) for line in text.splitlines() if (m := _ROW.match(line.strip()))]
    printed = [" ".join(row.split()) for row in found]
    assert printed == [
        "Resource Names: Ann",
        "1.1 Specs",
        "2.1 Code",
        "Resource Names: Bob",
        "1.1 Specs",
        "No Resource Names",
        "2.3 Docs",
    ]
    for left_out in ("Review", "Test", "Go-live", "Design", "Build"):
        assert left_out not in text  # the filter's, and the summaries a group lists none of


@needs_poppler
def test_s17view2_table_given_wins_over_the_saved_table_and_keeps_the_rows(tmp_path):
    path = _saved(tmp_path, SheetView(table="work", task_group=GROUPED.task_group))
    saved = tmp_path / "saved.pdf"
    assert main(["convert", str(path), str(saved)]) == 0
    assert "Baseline Work" in _text(saved)  # the Work table the plan was left with
    pdf = tmp_path / "cost.pdf"
    assert main(["convert", str(path), str(pdf), "--table", "cost", "--landscape"]) == 0
    text = _text(pdf)
    for heading in ("Fixed Cost", "Accrual", "Baseline Cost", "Cost Variance", "Actual Cost"):
        assert heading in text
    assert "Baseline Work" not in text
    assert "Resource Names: Ann" in text  # still grouped as saved


def test_s17view2_printed_rows_are_the_rows_the_window_shows(tmp_path, qtbot):
    view = SheetView(
        task_filter=TaskFilter(FilterKind.NAME_CONTAINS, text="e"),
        task_sort=TaskSort((SortKey(SortField.DURATION, True),)),
        task_group=built_in("resource"),
        folded_groups=frozenset({("Resource Names: Bob",)}),
    )
    path = _saved(tmp_path, view)
    session = Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.show()
    shown = rows(window)
    assert "# Resource Names: Bob" in shown
    assert "Review" in shown
    assert _printed(window.document.plan, view) == shown
    window.close()


def test_s17view2_a_sort_without_outline_prints_flat_and_without_summaries():
    plan = _plan()
    view = SheetView(task_sort=TaskSort((SortKey(SortField.NAME),), keep_outline=False))
    got = saved_view_rows(plan, schedule(plan), view)
    assert got.flat
    assert [plan.task(u).name for u in got.rows] == [
        "Code", "Docs", "Go-live", "Review", "Specs", "Test"
    ]  # fmt: skip


def test_s17view2_png_shows_the_saved_view_unless_rows_are_asked_for(tmp_path):
    plan = _plan()
    plan.view = GROUPED
    sched = schedule(plan)
    picture = png_picture(plan, sched)
    assert picture.uids == saved_view_rows(plan, sched, GROUPED).rows
    assert len(picture.groups) == 3
    assert not picture.chart.show_links
    by_id = png_picture(plan, sched, rows="2-3")
    assert by_id.uids == (2, 3)
    assert not by_id.groups
    table = png_picture(plan, sched, columns=task_table("cost").columns)
    assert table.columns == task_table("cost").columns
    assert table.uids == picture.uids
    png = tmp_path / "out.png"
    write_plan(plan, tmp_path / "plan.gantry")
    assert main(["convert", str(tmp_path / "plan.gantry"), str(png)]) == 0
    assert png.stat().st_size > 0


def test_s17view2_a_plan_without_a_view_prints_as_before():
    plan = _plan()
    picture = png_picture(plan, schedule(plan))
    assert picture.uids is None
    assert not picture.groups
    assert picture.columns == DEFAULT_COLUMNS


def test_s17view2_the_view_prints_the_columns_its_sheet_showed():
    shown = SheetView(table="cost", columns=(("id", 30), ("total_slack", 60), ("custom:Text2", 80)))
    assert view_columns(shown) == ("id", "slack", "Text2")
    assert view_columns(SheetView(table="cost")) == task_table("cost").columns
    mine = SheetView(table="user:Mine", tables=(("Mine", ("name", "task_type", "nope")),))
    assert view_columns(mine) == ("name", "type")  # a column the printout lacks: left out
    assert view_columns(SheetView(task_group=built_in("resource"))) is None  # the default


def test_s17view2_every_sheet_column_prints_as_the_window_prints_it():
    for column in Column:
        assert printed_key(column_key(column)) == REPORT_KEYS[column], column


def _pdf_rows(tmp_path, path, *options: str) -> list[str]:
    pdf = tmp_path / "opts.pdf"
    assert main(["convert", str(path), str(pdf), *options]) == 0
    found = [m.group(1) for line in _text(pdf).splitlines() if (m := _ROW.match(line.strip()))]
    return [" ".join(row.split()) for row in found]


@needs_poppler
def test_s17view2_filter_sort_and_group_given_win_over_the_saved_ones(tmp_path):
    path = _saved(tmp_path, GROUPED)
    every = _pdf_rows(tmp_path, path, "--filter", "all-tasks", "--group", "none")
    assert every[:4] == ["1 Design", "1.1 Specs", "1.2 Review", "2 Build"]
    assert _pdf_rows(tmp_path, path, "--no-view") == every
    by_name = _pdf_rows(tmp_path, path, "--group", "none", "--sort", "name:desc")
    assert by_name == ["1 Design", "1.1 Specs", "2 Build", "2.3 Docs", "2.1 Code"]  # D > B
    assert _pdf_rows(tmp_path, path, "--group", "milestones", "--filter", "milestones") == [
        "Milestone: Yes",
        "3 Go-live",
    ]
    assert _pdf_rows(tmp_path, path, "--group", "resource-names:desc")[0] == ("Resource Names: Bob")


def test_s17view2_view_options_refused_in_one_line(tmp_path, capsys):
    path = _saved(tmp_path, GROUPED)
    out = tmp_path / "out.xml"
    cases = [
        (["--filter", "critical"], 2, "--filter applies to .pdf and .png output only"),
        (["--no-view"], 2, "--no-view applies to .pdf and .png output only"),
    ]
    for options, code, said in cases:
        assert main(["convert", str(path), str(out), *options]) == code
        assert capsys.readouterr().err == f"gantry: {said}\n"
    pdf = tmp_path / "out.pdf"
    assert main(["convert", str(path), str(pdf), "--group", "colour"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gantry: --group: unknown group field 'colour'")
    assert "groups: none, complete-incomplete" in err
    assert err.count("\n") == 1
    assert main(["convert", str(path), str(pdf), "--filter", "using-resource=Zed"]) == 1
    assert capsys.readouterr().err.startswith("gantry: no person named 'Zed'")
    assert not out.exists()
    assert not pdf.exists()


def test_s17view2_late_tasks_on_a_date_prints_as_of_that_status_date(tmp_path):
    plan = _plan()
    args = argparse.Namespace(
        output=tmp_path / "late.pdf",
        filter=parse_filter_option("late-tasks=2026-03-05"),
        sort=None,
        group=None,
        saved_view=True,
    )
    options = view_options(args, plan)
    assert plan.project.status_date == datetime(2026, 3, 5, 17, 0)  # that working day's end
    view = chosen_view(plan, options)
    printed = _printed(plan, view)
    assert "Specs" in printed  # due done by then, not started
    assert "Test" not in printed  # not due yet
