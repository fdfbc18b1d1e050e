"""The exact % complete behind a typed duration (app/domain/percent_shown.py), in the last
places that still treated it as a whole number or wrote it unrounded:

- a GanttProject file's ``complete`` is the % the sheet shows (12.5 % writes 13, not 12);
- a CSV's % Complete reads as the sheet (2d done of 9d: 22 %, not 22.22 %);
- the progress edge dragged onto a task's own shown % changes nothing;
- a summary % typed gives the subtask where the done time runs out its exact share, so the
  summary reads the % typed.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt

from app.domain.link import Link, LinkType
from app.domain.percent_shown import done_minutes, exact_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking_edits import typed_summary_percent
from app.io.csv_plan import read_csv, write_csv
from app.io.gan import read_gan
from app.io.gan_write import write_gan
from app.ui.document import Document
from app.ui.gantt.proposals import BarProposer
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

DAY = 480
MON = datetime(2026, 3, 2, 8, 0)
SPECS, CODE, TEST = 2, 5, 6


def _under_way(plan: Plan, uid: int, percent: float) -> None:
    """``uid`` at ``percent`` (as a typed duration leaves it: unrounded), started."""
    plan.update_task(replace(plan.task(uid), percent_complete=percent, actual_start=MON))


# ------------------------------------------------------------------ GanttProject


def _gan_completes(plan: Plan, path) -> dict[str, str]:
    write_gan(plan, path)
    root = ElementTree.parse(path).getroot()
    return {el.get("name"): el.get("complete") for el in root.iter("task")}


def test_s17pct2_a_gan_file_writes_the_percent_the_sheet_shows(shared_data, tmp_path):
    plan = read_gan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid) and t.duration_minutes > 0]
    half, tiny, nearly = leaves[:3]
    _under_way(plan, half.uid, 12.5)  # 1d done of 8d
    _under_way(plan, tiny.uid, 0.2)  # a task just started
    _under_way(plan, nearly.uid, 99.7)
    path = tmp_path / "house.gan"
    completes = _gan_completes(plan, path)
    # round() made 12 of 12.5 (the sheet shows 13), and 0 of a started task: not started there
    assert completes[half.name] == "13"
    assert completes[tiny.name] == "1"
    assert completes[nearly.name] == "99"  # not done
    back = {t.name: t.percent_complete for t in read_gan(path).tasks}
    assert (back[half.name], back[tiny.name], back[nearly.name]) == (13.0, 1.0, 99.0)


# ------------------------------------------------------------------ CSV


def _csv_percents(path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    titles = rows[0]
    name, percent = titles.index("Task"), titles.index("% Complete")
    return {r[name].strip(): r[percent] for r in rows[1:]}


def test_s17pct2_a_csv_shows_the_percent_the_sheet_shows(tmp_path):
    plan = build_plan()
    plan.update_task(replace(plan.task(CODE), duration_minutes=9 * DAY))
    _under_way(plan, CODE, exact_percent(2 * DAY, 9 * DAY))  # 2d done of 9d: 22.22 %
    _under_way(plan, SPECS, 12.5)
    _under_way(plan, TEST, exact_percent(1, 2 * DAY))  # one minute done: 0.1 %
    path = tmp_path / "plan.csv"
    write_csv(plan, path)
    cells = _csv_percents(path)
    assert cells["Code"] == "22%"  # was 22.22%
    assert cells["Specs"] == "13%"  # was 12.5%
    assert cells["Test"] == "1%"  # was 0.1%
    # the roll-up as the sheet shows it: Specs 0.375d done of Design's 4d is 9.375 %
    assert cells["Design"] == "9%"
    back = read_csv(path)
    code = back.task(CODE)
    # no Actual Duration column: the whole % is what the reader gets, and the actual
    # duration follows it (22 % of 9d is 950 minutes, 1.98d)
    assert code.percent_complete == 22.0
    assert done_minutes(code.duration_minutes, code.percent_complete) == 950
    assert back.task(TEST).percent_complete == 1.0  # still under way, not untouched


# ------------------------------------------------------------------ the progress edge


def test_s17pct2_a_progress_drag_onto_the_shown_percent_changes_nothing(qapp):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    for column, text in ((Column.PERCENT, "40"), (Column.DURATION, "11d")):  # 2d done of 11d
        assert model.setData(model.index_of_uid(CODE, column), text, Qt.ItemDataRole.EditRole)
    assert doc.plan.task(CODE).percent_complete == pytest.approx(200 / 11)
    assert model.index_of_uid(CODE, Column.PERCENT).data() == "18%"
    proposer = BarProposer(doc, CODE)
    same = proposer.progress(18.0)  # the edge dropped where it is: 18 % as shown
    assert same.build is None  # it set 18 % and wore 2d done down to 1.98d
    assert "% Complete: 18%" in same.lines
    more = proposer.progress(19.0)
    assert more.build is not None
    assert model.index_of_uid(CODE, Column.ACTUAL_DURATION).data() == "2d"


# ------------------------------------------------------------------ a summary % typed


def _long_phase() -> Plan:
    """Phase (1) over A 1d -> B 100d."""
    plan = Plan(project=Project(name="Long", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "A", 2, duration_minutes=DAY))
    plan.append_task(Task(3, "B", 2, duration_minutes=100 * DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    return plan


@pytest.mark.parametrize(("typed", "b_done"), [(50.0, 23760), (13.0, 5822)])
def test_s17pct2_a_summary_percent_typed_reads_back_exactly(typed, b_done):
    plan = _long_phase()
    fields = typed_summary_percent(plan, schedule(plan), 1, typed)
    for uid, changed in fields.items():
        plan.update_task(replace(plan.task(uid), **changed))
    b = plan.task(3)
    # 50 % of 101d is 50.5d: A's 1d, then 49.5d of B. A whole 50 % of B made the phase 50.5 %
    assert done_minutes(b.duration_minutes, b.percent_complete) == b_done
    assert b.percent_complete == exact_percent(b_done, 100 * DAY)
    assert b.actual_start is not None
    assert b.actual_finish is None  # under way
    # to the minute done: 13 % of 101d is 6302.4 min, 6302 kept (12.9992 %, shown 13 %)
    assert schedule(plan)[1].percent_complete == pytest.approx(typed, abs=1e-3)
