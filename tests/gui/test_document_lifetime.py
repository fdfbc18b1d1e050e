"""A Document dropped with edits on its undo stack is freed without crashing the process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A Document sits in a reference cycle (the plan's subscribers point back at it), so the
# cycle collector frees it together with its undo commands. This crashed in
# QUndoStack::clear() when the commands' wrappers went first; a child process keeps a
# regression from taking the test run down with it.
_SCRIPT = textwrap.dedent(
    """
    import gc
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.ui.document import Document  # first: this order reproduced the crash
    from app.ui.commands import EditTaskCommand
    from tests.gui.conftest import build_plan
    for k in range(20):
        doc = Document(build_plan())
        for i in range(5):
            doc.push(EditTaskCommand(doc, 5, "Rename", name=f"Code {i}"))
        del doc
        gc.collect()
    print("freed", flush=True)
    """
)


def test_a_dropped_document_with_undo_history_is_collected_safely():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "freed"
