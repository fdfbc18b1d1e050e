"""The file's safety as a user meets it (DESIGN.md, "The document").

Every edit made in the Team and Risks views is in the file the moment it is made: a
process killed right after still leaves it there for the next one, which takes over
the dead process's lock without asking. A recent plan deleted since is not offered. A
file from a newer Gantry, or not a plan at all, is refused in one line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.assets import resource_path
from app.domain.risk import RiskStatus
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

ROOT = Path(__file__).resolve().parents[2]

# The real window, driven as a user would: a roster edit, a new person, a risk edit,
# leveling; then the process dies without closing anything.
_EDIT_THEN_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    from app.ui.app import Session
    from app.ui.models.risk_model import RiskColumn
    from app.ui.team.roster_model import RosterColumn
    window = Session().open_path(Path(sys.argv[1]))
    window.show_view("team")
    team = window.views["team"]
    team.model.setData(team.model.index(0, RosterColumn.STANDARD_RATE), "123", Qt.ItemDataRole.EditRole)
    team.add_person()
    team.level_resources()
    window.show_view("risks")
    risks = window.views["risks"]
    risks.model.setData(risks.model.index(0, RiskColumn.STATUS), "closed", Qt.ItemDataRole.EditRole)
    print("edited", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.fixture
def demo_copy(tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


@pytest.fixture
def errors(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: said.append(m)))
    monkeypatch.setattr(
        Session, "ask_open_read_only", classmethod(lambda cls, p, path: pytest.fail("asked"))
    )
    return said


def test_edits_survive_a_killed_process_and_its_lock_is_taken_over(
    demo_copy, tmp_path, qtbot, errors
):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    died = subprocess.run(
        [sys.executable, "-c", _EDIT_THEN_DIE, str(demo_copy), str(tmp_path / "child-settings")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert died.stdout.strip() == "edited", died.stderr[-2000:]
    assert died.returncode == -9
    assert (tmp_path / "crm.gantry.lock").exists()  # left by the dead process

    window = Session(Settings()).open_path(demo_copy)  # no read-only question: it is stale
    assert window is not None
    qtbot.addWidget(window)
    plan = window.document.plan
    assert not window.document.read_only
    assert errors == []
    assert plan.resources[0].standard_rate == 123.0
    assert plan.resources[-1].name == "New person 1"
    assert any(t.leveling_delay_minutes for t in plan.tasks)
    assert plan.risks[0].status is RiskStatus.CLOSED
    assert window.status_overallocated.text() == "Over-allocated: 0"
    window.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("crm")) == ["crm.gantry"]


def test_a_recent_plan_deleted_since_is_not_offered(tmp_path, qtbot):
    kept, gone = tmp_path / "kept.gantry", tmp_path / "gone.gantry"
    for path in (kept, gone):
        GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    window = session.open_path(kept)
    qtbot.addWidget(window)
    session.settings.add_recent(gone)
    gone.unlink()

    window._fill_recent_menu()
    menu = window.action_collection["open_recent"].menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "kept.gantry",
        "Clear Recent Plans",
    ]
    window.close()


def test_a_plan_from_a_newer_gantry_is_refused_in_one_line(demo_copy, errors):
    conn = sqlite3.connect(demo_copy)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    session = Session(Settings())
    assert session.open_path(demo_copy) is None
    assert len(errors) == 1
    assert errors[0].startswith("crm.gantry was saved by a newer Gantry (file format 99;")
    assert "\n" not in errors[0]
    assert session.windows == []
    assert not demo_copy.with_name("crm.gantry.lock").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04 a zip renamed", b"<?xml version='1.0'?><project/>", b"SQLite format 3"],
)
def test_a_file_that_is_no_plan_is_refused_in_one_line(tmp_path, errors, content):
    path = tmp_path / "renamed.gantry"
    path.write_bytes(content)
    session = Session(Settings())
    assert session.open_path(path) is None
    if content.startswith(b"<?xml"):
        # Read by its content, as the CLI does (a workbook named .gantry opens as an
        # import): the GanttProject reader's one line, naming what the file is.
        assert len(errors) == 1
        assert "\n" not in errors[0]
        assert errors[0].startswith("renamed.gantry: ")
        assert errors[0].endswith("renamed.gantry is a GanttProject file, not a Gantry plan)")
    else:
        assert errors == ["renamed.gantry is not a Gantry plan"]
    assert not path.with_name("renamed.gantry.lock").exists()
    assert path.read_bytes() == content  # never written


def test_a_half_copied_plan_is_refused_in_one_line(demo_copy, errors, qtbot):
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 2])
    session = Session(Settings())
    assert session.open_path(demo_copy) is None
    assert len(errors) == 1
    assert "\n" not in errors[0]
    assert errors[0].startswith("crm.gantry is a damaged or incomplete Gantry plan")


def test_a_plan_with_a_damaged_value_is_refused_in_one_line(demo_copy, errors, qtbot):
    conn = sqlite3.connect(demo_copy)
    conn.execute("UPDATE tasks SET task_type = 'FIXED_UNIT' WHERE rowid = 1")  # no such type
    conn.commit()
    conn.close()
    session = Session(Settings())
    assert session.open_path(demo_copy) is None
    assert len(errors) == 1
    assert "crm.gantry" in errors[0]
    assert "FIXED_UNIT" in errors[0]
    assert "tasks table" in errors[0]
