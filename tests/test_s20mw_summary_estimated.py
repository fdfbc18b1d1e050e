"""A summary's <Estimated> and <DurationFormat> agree, as MS Project writes them: 53 and 1
while a task below it is estimated, 21 and 0 otherwise, whatever the summary's own flag
(it used to write its own flag beside the rolled-up 53/21)."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi_write import write_mspdi
from tests.s20mw_files import round_trip, rows, shared_files, task_rows

DAY = 480


def test_s20mw_every_summary_written_agrees(shared_data, tmp_path):
    summaries = 0
    for path in shared_files(shared_data):
        original, written = round_trip(path, tmp_path / "out.xml")
        for row in task_rows(written).values():
            if row["Summary"] == "1":
                summaries += 1
                assert (row["DurationFormat"], row["Estimated"]) in (("53", "1"), ("21", "0"))
        if path.name == "mspdinulltasks.xml":  # written by MS Project 2007 itself
            theirs = task_rows(original)
            for uid, row in task_rows(written).items():
                if row["Summary"] == "1":
                    mine = (row["DurationFormat"], row["Estimated"])
                    assert mine == (theirs[uid]["DurationFormat"], theirs[uid]["Estimated"])
    assert summaries > 60


def test_s20mw_the_summarys_own_flag_no_longer_disagrees(tmp_path):
    plan = Plan(project=Project(name="P", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Phase", 1, estimated=True))  # its own flag: set
    plan.append_task(Task(2, "Specs", 2, duration_minutes=DAY))
    plan.append_task(Task(3, "Other", 1))  # its own flag: clear
    plan.append_task(Task(4, "Guess", 2, duration_minutes=DAY, estimated=True))
    path = tmp_path / "p.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    written = {r["UID"]: (r["DurationFormat"], r["Estimated"]) for r in rows(text, "Task")}
    assert written["1"] == ("21", "0")
    assert written["3"] == ("53", "1")
