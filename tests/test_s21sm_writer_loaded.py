"""Opening a plan in the window loads the writer (sqlite-utils) on the
open's worker thread: the first edit after opening a 1k plan spent 0.48 s importing it on
the GUI thread (now ~0.03 s).

Run in a fresh interpreter: the test process has sqlite-utils loaded already."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile

_SCRIPT = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.app import Session
from app.ui.settings import Settings
gui = threading.get_ident()
where = []
real_import = __builtins__.__import__ if hasattr(__builtins__, "__import__") else __import__
def watch(name, *args, **kwargs):
    if name.startswith("sqlite_utils") and "sqlite_utils" not in sys.modules:
        where.append("gui" if threading.get_ident() == gui else "worker")
    return real_import(name, *args, **kwargs)
import builtins
builtins.__import__ = watch
session = Session(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
assert "sqlite_utils" not in sys.modules, "loaded before the open"
window = session.open_path(Path(sys.argv[1]))
assert window is not None
ready = "sqlite_utils" in sys.modules
print("loaded" if ready else "not loaded", *where)
"""


def test_s21sm_open_loads_the_writer_off_the_gui_thread(tmp_path):
    plan = Plan(project=Project(name="Small", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=480))
    path = tmp_path / "small.gantry"
    GantryFile.create(path, plan).close()
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(path), str(tmp_path / "gantry.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["loaded", "worker"]
