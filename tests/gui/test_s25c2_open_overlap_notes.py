"""A .gantry opened in the window says its calendar exceptions that share a day (s25c2),
as gantry info and File > Import say them: the open path skipped the read notes, so a plan
written by a script (or an older Gantry) with a shutdown over a stocktake day opened
without a word of which one its dates follow. Real file: MS Project 2016's calendar of 27
repeating exceptions, two days off on 1 March 2003, kept as a .gantry."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.formats import read_plan
from app.store.document import GantryFile
from app.ui.exchange.notes_log import notes_log, status_label

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"

MSPDI = "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml"
SAID = (
    "calendar 'Standard': exceptions 'Monthly Relative 6' (2002-01-01 to 2006-02-04) and "
    "'Monthly Absolute 1' (2003-01-01 to 2003-05-01) overlap on 2003-03-01; Gantry "
    "schedules that day by 'Monthly Absolute 1', the later (both days off)"
)


def test_s25c2_opening_a_gantry_says_its_overlapping_exceptions(
    session, qtbot, tmp_path, shared_data
):
    path = tmp_path / "recurring.gantry"
    GantryFile.create(path, read_plan(shared_data / MSPDI)).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    (entry,) = notes_log(win).entries()
    assert entry.action == "Open recurring.gantry"
    assert entry.lines[0].startswith(SAID)
    label = status_label(win)
    assert label is not None
    assert "View notes" in label.text()
    assert label.toolTip().startswith(SAID)
    win.resize(1400, 700)
    win.grab().save("/tmp/s25c2_open_notes.png")


def test_s25c2_a_gantry_without_overlaps_opens_without_notes(session, qtbot, tmp_path):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    assert notes_log(win).entries() == []
