"""The first window on a plan comes up without the code of commands not used yet: Copy
Picture's drawing (app/ui/gantt/copy_picture.py with the PNG export, ~0.3 s), Assign
Resources' dialog and chart and Move Project's dialog (~0.1 s) load when the command runs,
and pyqtgraph (~0.4 s) when a chart is shown, not on the GUI thread while the user waits
for the window.

Run in a fresh interpreter: the test process has them loaded already."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_LAZY = (
    "app.ui.gantt.copy_picture",
    "app.report.export",
    "app.ui.dialogs.assign_resources_dialog",
    "app.ui.dialogs.assign_graph",
    "app.ui.dialogs.move_project_dialog",
    "pyqtgraph",  # the Team and Budget views' charts: ~0.4 s, loaded when one is shown
)
_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.app import Session
from app.ui.settings import Settings
session = Session(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window = session.open_path(Path(sys.argv[1]))
app.processEvents()
assert window is not None and window.isVisible() and window.document.plan.tasks
actions = window.action_collection
assert all(a in actions for a in ("copy_picture", "assign_resources", "move_project"))
assert window.gantt.canvas.actions()[0] is actions["copy_picture"]  # the right-click menu
print(*[name for name in sys.argv[3:] if name in sys.modules])
"""


def test_s23su_the_first_window_loads_no_command_code_before_its_use(tmp_path):
    plan = tmp_path / "plan.gantry"
    shutil.copyfile(_ROOT / "resources" / "demo" / "crm-rollout.gantry", plan)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(plan), str(tmp_path / "gantry.ini"), *_LAZY],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=_ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == []
