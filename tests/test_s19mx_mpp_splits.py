"""A split (interrupted) task in an .mpp opens split, where MS Project shows it.

MPXJ converts the .mpp to MS Project XML for the one reader; without its assignments' work
day by day that XML carries no pause, so Task4 of SplitTaskFinishDate.mpp (10 days of work
over 13, paused on 14, 17 and 22 June 2010) ran straight through, ended 23 June instead of
MS Project's 28 June, and everything after it moved five days earlier.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime

import pytest

from app.domain.scheduler import schedule
from app.io.mpp import mpp_available, read_mpp
from tests.cli.test_cli import gantry

needs_mpxj = pytest.mark.skipif(
    not mpp_available() or shutil.which("java") is None,
    reason="reading .mpp needs the optional mpxj package and a Java runtime",
)


@needs_mpxj
def test_s19mx_split_task_of_an_mpp_ends_where_ms_project_has_it(shared_data):
    plan = read_mpp(shared_data / "mpp" / "SplitTaskFinishDate.mpp")
    task4 = next(t for t in plan.tasks if t.uid == 4)
    assert task4.splits  # the pauses are read
    result = schedule(plan)
    # the dates MS Project stored in the .mpp (SOURCES.md: the .xml transcribes them)
    assert result[4].finish == datetime(2010, 6, 28, 17)
    assert result[5].start == datetime(2010, 6, 29, 8)
    assert result[1].finish == datetime(2010, 7, 21, 17)


@needs_mpxj
def test_s19mx_an_mpp_without_splits_schedules_as_its_xml_and_says_the_same(shared_data):
    mpp = gantry("schedule", "--json", shared_data / "mpp" / "Software-Development.mpp")
    xml = gantry("schedule", "--json", shared_data / "mpp" / "Software-Development.xml")
    assert mpp.returncode == 0
    assert json.loads(mpp.stdout)["tasks"] == json.loads(xml.stdout)["tasks"]
    # the work day by day asked of MPXJ is read for pauses only: no new notes
    notes = [line.replace(".mpp:", ".xml:") for line in mpp.stderr.splitlines()]
    assert notes == xml.stderr.splitlines()


@needs_mpxj
def test_s19mx_the_split_goes_back_to_ms_project_xml(shared_data, tmp_path):
    out = tmp_path / "back.xml"
    done = gantry("convert", shared_data / "mpp" / "SplitTaskFinishDate.mpp", out)
    assert done.returncode == 0
    assert "<TimephasedData>" in out.read_text(encoding="utf-8")  # the pauses, as MS Project
    back = json.loads(gantry("schedule", "--json", out).stdout)["tasks"]
    finish = {t["uid"]: t["finish"] for t in back}
    assert finish[4] == "2010-06-28T17:00:00"
    assert finish[1] == "2010-07-21T17:00:00"
