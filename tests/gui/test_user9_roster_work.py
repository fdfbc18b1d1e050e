"""The Team view's Work column reads as MS Project's resource Work: Residential-Construction's
Electric Contractor and Painting Contractor have 35.2 h and 27.2 h, not 35h and 27h."""

from __future__ import annotations

import re

from defusedxml import ElementTree

from app.io.mspdi import read_mspdi
from app.ui.document import Document
from app.ui.team.roster_model import RosterColumn, RosterModel

NS = "{http://schemas.microsoft.com/project}"


def _stored_hours(path) -> dict[int, float]:
    """Each work resource's Work in hours as MS Project saved it."""
    out: dict[int, float] = {}
    for r in ElementTree.parse(path).getroot().iterfind(f"{NS}Resources/{NS}Resource"):
        m = re.match(r"PT(\d+)H(\d+)M", r.findtext(f"{NS}Work") or "")
        if r.findtext(f"{NS}Type") == "1" and m and r.findtext(f"{NS}UID") != "0":
            out[int(r.findtext(f"{NS}UID"))] = int(m.group(1)) + int(m.group(2)) / 60
    return out


def test_roster_work_keeps_ms_project_fraction_of_an_hour(qapp, shared_data):
    path = shared_data / "mpp" / "Residential-Construction.xml"
    model = RosterModel(Document(read_mspdi(path)))
    stored = _stored_hours(path)
    assert stored[7] == 35.2  # the file's own figure (PT35H12M0S), not rounded
    for uid, hours in stored.items():
        shown = model.index(model.row_of(uid), RosterColumn.WORK).data()
        assert shown == f"{hours:,.2f}".rstrip("0").rstrip(".") + "h", (uid, shown)


def test_roster_work_of_whole_hours_keeps_no_decimals(qapp, shared_data):
    model = RosterModel(Document(read_mspdi(shared_data / "mspdi" / "mspdiresource.xml")))
    assert model.index(model.row_of(1), RosterColumn.WORK).data() == "80h"
