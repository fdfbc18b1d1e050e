"""A GanttProject user opens their .gan in the window: the bars sit where GanttProject
drew them, and what Gantry does not keep (colours, coordinators) is in File > Notes on
Open and Save, as the CLI says it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPlainTextEdit, QTextEdit

from app.ui.app import Session
from app.ui.dialogs.file_names import GANTRY_FILTER
from app.ui.exchange.notes_log import notes_log


def _open(session, monkeypatch, qtbot, source: Path, target: Path):
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), GANTRY_FILTER)),
    )
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_s19gp_open_house_sample(session, monkeypatch, qtbot, tmp_path, shared_data) -> None:
    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    win = _open(session, monkeypatch, qtbot, source, tmp_path / "house.gantry")
    win.resize(1400, 800)
    win.show()
    qtbot.wait(50)
    win.grab().save("/tmp/s19gp_house.png")
    said = "; ".join(line for e in notes_log(win).entries() for line in e.lines)
    assert "12 task coordinators" in said
    sched = win.document.schedule
    roof = next(t for t in win.document.plan.tasks if t.name == "Roof")
    assert sched[roof.uid].start.date() == date(2024, 9, 16)  # as the file has it


def test_s19gp_pdf_of_the_real_plan(session, monkeypatch, qtbot, tmp_path, shared_data) -> None:
    from app.ui.printing import actions as printing

    source = shared_data / "gan" / "openharvest-GanttChart.gan"
    win = _open(session, monkeypatch, qtbot, source, tmp_path / "harvest.gantry")
    target = tmp_path / "harvest.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggestion: target)
    win.action_collection["export_pdf"].trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_s19gp_notes_dialog_reads(session, monkeypatch, qtbot, tmp_path, shared_data) -> None:
    from app.ui.exchange.notes_log import show_notes

    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    win = _open(session, monkeypatch, qtbot, source, tmp_path / "house.gantry")
    dialog = show_notes(win)
    qtbot.addWidget(dialog)
    dialog.grab().save("/tmp/s19gp_notes.png")
    shown = " ".join(
        w.toPlainText()
        for w in dialog.findChildren(QTextEdit) + dialog.findChildren(QPlainTextEdit)
    )
    assert "12 task coordinators (first: Jack House on 'Pre-design')" in " ".join(shown.split())
