"""MS Project's WBS codes are kept where they are not the outline number: sample.xml's
``<WBS>1.3</WBS>`` on outline number 2 reads, shows, saves (.gantry v22) and writes back as
MS Project wrote it, on each of the three row paths; a typed code stays when the task moves,
as MS Project keeps typed codes, and a task without one shows its outline number."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_fast import wbs_code
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan
from app.ui.commands import EditTaskCommand
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.mspdi_two_paths import project_file, read_either_way

_TASK = re.compile(r"<Task>.*?</Task>", re.S)


def _wbs_rows(text: str) -> dict[str, tuple[str | None, str | None]]:
    """UID -> (<WBS>, <OutlineNumber>) of each task row of an MSPDI text."""
    out = {}
    for row in _TASK.findall(text.split("<Tasks>", 1)[1]):

        def child(tag: str, row: str = row) -> str | None:
            found = re.search(f"<{tag}>([^<]*)</{tag}>", row)
            return None if found is None else found.group(1)

        uid = child("UID")
        if uid is not None and uid not in out:
            out[uid] = (child("WBS"), child("OutlineNumber"))
    return out


def _round_trip(path: Path, tmp_path: Path) -> tuple[Plan, str]:
    plan = read_mspdi(path)
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    return plan, out.read_text(encoding="utf-8")


def test_s20mw_sample_keeps_its_typed_codes(shared_data, tmp_path):
    path = shared_data / "mspdi" / "sample.xml"
    plan, written = _round_trip(path, tmp_path)
    assert {t.uid: t.wbs for t in plan.tasks if t.wbs} == {6: "1.3", 7: "1.3.1", 8: "1.3.2"}
    assert plan.task(1).wbs == ""  # "1" on outline number 1: the outline number
    rows = _wbs_rows(written)
    assert rows["6"] == ("1.3", "2")
    assert rows["7"] == ("1.3.1", "2.1")
    assert rows["19"] == ("3", "3")
    again = read_mspdi(tmp_path / "out.xml")
    assert [t.wbs for t in again.tasks] == [t.wbs for t in plan.tasks]


def _shared_files(shared: Path) -> list[Path]:
    return sorted((shared / "mspdi").glob("*.xml")) + sorted((shared / "mpp").glob("*.xml"))


def test_s20mw_every_shared_file_writes_ms_projects_codes_back(shared_data, tmp_path):
    """A code of its own comes back as MS Project wrote it; a code that was the outline
    number is the outline number again; GetCrossProjectTaskLinks.xml numbers its first task
    2 where Gantry's outline says 1: its codes stay the file's, 2, 2.1 (s31rt)."""
    own = 0
    for path in _shared_files(shared_data):
        original = _wbs_rows(path.read_text(encoding="utf-8", errors="replace"))
        _, written = _round_trip(path, tmp_path)
        for uid, (wbs, number) in _wbs_rows(written).items():
            if uid == "0" or uid not in original:
                continue
            old_wbs, old_number = original[uid]
            if old_wbs != old_number:
                own += 1
                assert wbs == old_wbs, (path.name, uid)
            elif path.name == "GetCrossProjectTaskLinks.xml":
                assert (wbs, number) == (old_wbs, _one_lower(old_wbs)), uid
            else:
                assert wbs == number, (path.name, uid)
    assert own == 3  # sample.xml's three


def _one_lower(number: str) -> str:
    """The outline number whose first part is one less: 2.1 for 2.1's file numbered from 2."""
    first, *rest = number.split(".")
    return ".".join([str(int(first) - 1), *rest])


def _plan() -> Plan:
    tasks = [
        Task(1, "Phase", 1, wbs="A"),
        Task(2, "Design", 2, wbs="A-01"),
        Task(3, "Build", 2),
        Task(4, "Test", 1),
    ]
    return Plan(project=Project(name="P"), tasks=tasks)


def test_s20mw_a_code_stays_when_its_task_moves_and_the_others_follow(tmp_path):
    plan = _plan()
    plan.set_outline_levels({3: 1})  # Build outdented: its outline number changes
    plan.set_outline_levels({4: 2})  # Test indented under Build
    assert plan.wbs_codes() == ["1", "1.1", "2", "2.1"]
    path = tmp_path / "moved.xml"
    write_mspdi(plan, path)
    rows = _wbs_rows(path.read_text(encoding="utf-8"))
    assert rows == {
        "0": ("0", "0"),
        "1": ("A", "1"),
        "2": ("A-01", "1.1"),
        "3": ("2", "2"),
        "4": ("2.1", "2.1"),
    }
    assert [t.wbs for t in read_mspdi(path).tasks] == ["A", "A-01", "", ""]


def test_s20mw_the_checked_reader_and_both_fast_paths_agree(tmp_path):
    """Plain rows (split, then by a learned pattern: 40 alike) and parsed rows give one plan;
    a manual row goes to the checked reader."""
    rows = []
    for n in range(1, 41):
        code = f"X-{n}" if n % 3 == 0 else str(n)
        manual = "<Manual>1</Manual>" if n == 7 else ""
        rows.append(
            f"<Task><UID>{n}</UID><ID>{n}</ID><Name>T{n}</Name><WBS>{code}</WBS>"
            f"<OutlineNumber>{n}</OutlineNumber><OutlineLevel>1</OutlineLevel>{manual}"
            "<Duration>PT8H0M0S</Duration></Task>"
        )
    rows[8] = rows[8].replace("<WBS>X-9</WBS>", "<WBS> 9 </WBS>")  # blanks: the number
    rows[5] = rows[5].replace("<OutlineNumber>6</OutlineNumber>", "")  # X-6, no number
    rows[4] = rows[4].replace("<OutlineNumber>5</OutlineNumber>", "")  # 5, no number
    path = project_file(tmp_path, "".join(rows))
    assert read_either_way(path, True) == read_either_way(path, False)
    plan = read_mspdi(path)
    kept = {t.uid: t.wbs for t in plan.tasks if t.wbs}
    assert kept == {n: f"X-{n}" for n in range(3, 41, 3) if n != 9}
    assert "wbs" in read_either_way(path, True)  # the snapshot compares the field


def test_s20mw_wbs_code_of_a_row():
    assert wbs_code("1.3", "2") == "1.3"
    assert wbs_code("2", "2") == ""
    assert wbs_code(None, "2") == ""
    assert wbs_code(" 2 ", "2") == ""
    assert wbs_code("A.1", None) == "A.1"  # the plan's outline numbers tell (mspdi_tasks)


def test_s20mw_codes_survive_a_gantry_file(tmp_path):
    path = tmp_path / "codes.gantry"
    write_plan(_plan(), path)
    assert [t.wbs for t in read_plan(path).tasks] == ["A", "A-01", "", ""]


def test_s20mw_a_v21_file_opens_with_no_codes(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE tasks DROP COLUMN wbs")
    conn.execute("PRAGMA user_version = 21")
    conn.commit()
    conn.close()
    tasks = read_plan(path).tasks
    assert [t.wbs for t in tasks] == ["", "", "", ""]
    assert [t.name for t in tasks] == ["Phase", "Design", "Build", "Test"]
    write_plan(_plan(), path)  # and saved again at today's version, with them
    assert [t.wbs for t in read_plan(path).tasks] == ["A", "A-01", "", ""]


@pytest.fixture
def document():
    return Document(_plan())


def test_s20mw_the_wbs_column_shows_a_code_else_the_outline_number(document):
    model = TaskTreeModel(document)
    texts = [model.index_of_uid(t.uid, Column.WBS).data() for t in document.plan.tasks]
    assert texts == ["A", "A-01", "1.2", "2"]
    document.push(EditTaskCommand(document, 2, "Edit", wbs=""))  # the code cleared
    assert model.index_of_uid(2, Column.WBS).data() == "1.1"


def test_s20mw_task_information_shows_and_sets_the_code(document, qtbot):
    from app.ui.dialogs.task_dialog import TaskDialog

    dialog = TaskDialog(document, 3)
    qtbot.addWidget(dialog)
    assert dialog.wbs.text() == "1.2"  # no code of its own: the outline number
    assert dialog.command() is None  # opened and closed: nothing changes
    dialog.wbs.setText("B-7")
    document.push(dialog.command())
    assert document.plan.task(3).wbs == "B-7"
    document.undo_stack.undo()
    assert document.plan.task(3).wbs == ""
    typed = TaskDialog(document, 2)
    qtbot.addWidget(typed)
    assert typed.wbs.text() == "A-01"
    typed.wbs.setText("1.1")  # the outline number: the code goes, the number follows
    document.push(typed.command())
    assert document.plan.task(2).wbs == ""
    tabs = typed.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 3)  # Advanced, where MS Project has the WBS code
    typed.grab().save("/tmp/s20mw_task_info.png")
