"""A task's <Baseline> written with the fields the plan holds (app.io.mspdi_write_tasks.
baseline_xml): MS Project's mspdiassignmentfields.xml holds a Baseline 0 with only a
Finish, which was written back with Duration, Work and Cost 0 it never held; a baseline
saved whole (both dates) keeps every value, a milestone's 0 days too.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from app.formats import read_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.test_s25mw_mspdi_variances import Q, _fields, _row, _tracked


def test_s25mw_a_baseline_with_only_a_finish_is_written_with_only_its_finish(shared_data, tmp_path):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    out = tmp_path / "out.xml"
    write_mspdi(read_plan(source), out)
    base = _row(ET.parse(out).getroot(), 1).find(f"{Q}Baseline")
    assert base is not None
    assert [c.tag.removeprefix(Q) for c in base] == ["Number", "Finish"]
    assert base.findtext(f"{Q}Finish") == "2011-07-11T17:00:00"


def test_s25mw_a_milestone_baselined_whole_keeps_its_zeros(tmp_path):
    out = tmp_path / "whole.xml"
    write_mspdi(_tracked(), out)
    base = _row(ET.parse(out).getroot(), 2).find(f"{Q}Baseline")
    assert base is not None
    assert _fields(base, "Duration", "Work", "Cost") == {
        "Duration": "PT0H0M0S",
        "Work": "PT0H0M0S",
        "Cost": "0",
    }


def test_s25mw_the_written_file_reads_back_the_same_baseline(tmp_path):
    plan = _tracked()
    out = tmp_path / "back.xml"
    write_mspdi(plan, out)
    again = read_mspdi(out)
    assert again.baselines[0].entries == plan.baselines[0].entries
