"""Time from process start to the first window shown on a plan, offscreen: not a test.

    QT_QPA_PLATFORM=offscreen python tests/bench/s23su_window_start.py PLAN.gantry SETTINGS.ini

prints the GUI thread's CPU time (steadier than wall time on a loaded machine), the wall
time to the session and to the window shown, and which modules the first window should not
need (tests/test_s23su_window_imports.py) got loaded. Add ``-X importtime`` for the detail.
"""

import sys
import time

T0, C0 = time.perf_counter(), time.thread_time()

from pathlib import Path  # noqa: E402  # after the clock starts

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

LAZY = (
    "app.ui.gantt.copy_picture",
    "app.report.export",
    "app.ui.dialogs.assign_graph",
    "app.ui.dialogs.move_project_dialog",
    "pyqtgraph",
)

app = QApplication([])
from app.ui.app import Session  # noqa: E402
from app.ui.settings import Settings  # noqa: E402

session = Session(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
t1 = time.perf_counter()
window = session.open_path(Path(sys.argv[1]))
app.processEvents()
t2 = time.perf_counter()
loaded = [m for m in LAZY if m in sys.modules]
print(  # a script's output
    f"GUI thread CPU {time.thread_time() - C0:.3f} s; wall: session {t1 - T0:.3f} s, "
    f"window shown {t2 - T0:.3f} s; loaded: {loaded}"
)
