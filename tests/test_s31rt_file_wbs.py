"""A client's MS Project file numbered from 2 (GetCrossProjectTaskLinks: its row 1 another
project's task) keeps the WBS codes the client quotes, 2, 2.1 ... (tester s31xm #6), on
screen and in the file sent back; a file numbered as Gantry numbers keeps automatic codes."""

from __future__ import annotations

import re

from app import formats
from app.domain.wbs_shown import shown_wbs_codes
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS


def test_file_numbering_kept_and_written_back(shared_data, tmp_path):
    plan = read_mspdi(shared_data / "mpp" / "GetCrossProjectTaskLinks.xml")
    assert shown_wbs_codes(plan)[:4] == ["2", "2.1", "2.2", "2.3"]
    assert shown_wbs_codes(plan)[5] == "2.4.1"
    out = tmp_path / "back.xml"
    formats.write_plan(plan, out)
    codes = re.findall(r"<WBS>([^<]*)</WBS>", out.read_text(encoding="utf-8"))
    assert codes[1:4] == ["2", "2.1", "2.2"]  # after the project summary's 0
    assert shown_wbs_codes(read_mspdi(out))[:3] == ["2", "2.1", "2.2"]


def test_ordinary_numbering_stays_automatic(shared_data):
    plan = read_mspdi(shared_data / "mpp" / "Residential-Construction.xml")
    assert not any(t.wbs for t in plan.tasks)  # follows the task when it moves


def _task(uid: int, level: int, number: str, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><WBS>{number}</WBS>"
        f"<OutlineNumber>{number}</OutlineNumber><OutlineLevel>{level}</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{extra}</Task>"
    )


def test_unusual_rows_keep_the_file_numbering_too(tmp_path):
    # a row with a comment goes to the checked reader, not the fast path
    rows = _task(1, 1, "3") + _task(2, 2, "3.1", "<!-- typed -->") + _task(3, 2, "3.2")
    path = tmp_path / "p.xml"
    path.write_text(
        f'<?xml version="1.0"?><Project xmlns="{NS}"><Name>p</Name>'
        f"<StartDate>2026-01-05T08:00:00</StartDate><Tasks>{rows}</Tasks></Project>",
        encoding="utf-8",
    )
    assert shown_wbs_codes(read_mspdi(path)) == ["3", "3.1", "3.2"]
