"""Opening an MS Project XML in the window imports nothing heavy on the GUI thread: the
writer (sqlite-utils, 0.2-0.4 s) loads on the worker that writes the new .gantry file, as
opening a .gantry file does, so the first edit does not wait for it; the workbook readers
and openpyxl (~0.3 s), which the read notes used to pull in, are not imported at all.

Run in a fresh interpreter: the test process has them loaded already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.app import Session
from app.ui.settings import Settings
gui = threading.get_ident()
WATCHED = ("sqlite_utils", "openpyxl", "app.io.excel_import")
where = []
real_import = __import__
def watch(name, *args, **kwargs):
    for top in WATCHED:
        if name.startswith(top) and top not in sys.modules:
            where.append(top + ("@gui" if threading.get_ident() == gui else "@worker"))
    return real_import(name, *args, **kwargs)
import builtins
builtins.__import__ = watch
session = Session(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
target = Path(sys.argv[3])
Session.ask_import_target = classmethod(lambda cls, parent, suggestion: target)
window = session.open_path(Path(sys.argv[1]))
assert window is not None and window.document.plan.tasks
print(*sorted(set(where)))
"""


def test_s23op_opening_an_xml_loads_the_writer_on_the_worker_only(tmp_path, shared_data):
    source = shared_data / "mspdi" / "sample.xml"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _SCRIPT,
            str(source),
            str(tmp_path / "gantry.ini"),
            str(tmp_path / "sample.gantry"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["sqlite_utils@worker"]
