"""An .mpp file is read through MPXJ's MS Project XML; what that read leaves out is told
as a note on the .mpp the user named, not on the converted file in a temporary folder."""

from __future__ import annotations

import pytest

from app.io.mpp import mpp_available
from tests.cli.test_cli import gantry


@pytest.mark.skipif(not mpp_available(), reason="mpxj and Java are not installed")
def test_an_mpp_file_says_what_its_read_leaves_out(shared_data):
    mpp = gantry("schedule", "--json", shared_data / "mpp" / "schedule-conflict.mpp")
    xml = gantry("schedule", "--json", shared_data / "mpp" / "schedule-conflict.xml")
    assert mpp.returncode == 0
    # the custom fields' note, once; the round-trip notes (hidden bars, settings...) are
    # tested on their own in test_s31rt_settings_notes
    notes = [line for line in mpp.stderr.splitlines() if "custom fields" in line]
    assert len(notes) == 1
    assert all(line.startswith("gantry: note: ") for line in mpp.stderr.splitlines())
    assert notes[0].startswith("gantry: note: schedule-conflict.mpp: 13 custom fields")
    # the same loss as MS Project's own XML of that plan, named by the .mpp
    assert notes[0].replace(".mpp:", ".xml:") in xml.stderr
