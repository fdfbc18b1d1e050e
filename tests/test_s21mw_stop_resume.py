"""Tasks under way are written with MS Project's <Stop> and <Resume> (where the work done
stops, where the work left resumes): summaries and the project row too, as MS Project
writes them in the shared files; Gantry wrote none."""

from __future__ import annotations

from dataclasses import replace

from app.domain.splits import Split
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.s20mw_files import round_trip, rows, shared_files

# mspdiassignmentfields.xml: MS Project stops its task at 08:55, where the assignments'
# actual work (3.1 h of it overtime) ends; Gantry reads and keeps the overtime (since s23ot,
# app/domain/overtime_work.py: it shortens the span) but stops a task where its Actual
# Duration (4h27m, 6 %) ends, not where its people's actual work does: 13:27, the end of
# the file's own % complete row
_OVERTIME = {("mspdiassignmentfields.xml", "0"), ("mspdiassignmentfields.xml", "1")}


def _all_rows(text: str) -> dict[str, dict[str, str]]:
    inside = text.split("<Tasks>", 1)[1].split("</Tasks>", 1)[0]
    return {r["UID"]: r for r in rows(inside, "Task")}


def test_s21mw_stop_and_resume_are_ms_projects(shared_data, tmp_path):
    compared = 0
    for path in shared_files(shared_data):
        original, written = round_trip(path, tmp_path / "out.xml")
        ours = _all_rows(written)
        for uid, theirs in _all_rows(original).items():
            if uid not in ours or (path.name, uid) in _OVERTIME:
                continue
            mine = ours[uid]
            assert mine.get("Stop") == theirs.get("Stop"), (path.name, uid)
            assert mine.get("Resume") == theirs.get("Resume"), (path.name, uid)
            compared += "Stop" in theirs
    # 86 + the project row of Software-Development.xml, the assignment-assignments rows...
    assert compared == 113


def test_s21mw_stop_and_resume_in_the_schemas_place(shared_data, tmp_path):
    path = shared_data / "mspdi" / "assignment-assignments-project2016-mspdi.xml"
    _, written = round_trip(path, tmp_path / "out.xml")
    row = written.split("<UID>2</UID>", 1)[1].split("</Task>", 1)[0]
    assert "</Work><Stop>2016-01-06T12:00:00</Stop><Resume>2016-01-06T13:00:00</Resume>" in row
    assert "</Resume><EffortDriven>" in row


def test_s21mw_a_pause_at_the_work_done_parts_stop_and_resume(shared_data, tmp_path):
    # task 2: 20 h of 80 h done from Monday 08:00 (Wednesday 12:00); split there for 2 days
    plan = read_mspdi(shared_data / "mspdi" / "assignment-assignments-project2016-mspdi.xml")
    at = plan.index_of(2)
    plan.tasks[at] = replace(plan.tasks[at], splits=(Split(1200, 960),))
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    mine = _all_rows(out.read_text(encoding="utf-8"))["2"]
    assert (mine["Stop"], mine["Resume"]) == ("2016-01-06T12:00:00", "2016-01-08T13:00:00")
    assert read_mspdi(out).task(2).splits == (Split(1200, 960),)


def test_s21mw_a_summarys_stop_and_resume_split_nothing(shared_data, tmp_path):
    # Software-Development.xml's task 26 (under summary 25) split where its work done ends:
    # summary 25 stops and resumes as its earliest subtask does, and takes no split from it
    plan = read_mspdi(shared_data / "mpp" / "Software-Development.xml")
    at = plan.index_of(26)
    done = 144  # 30 % of 8 h, Wednesday 10:24
    plan.tasks[at] = replace(plan.tasks[at], splits=(Split(done, 480),))
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    mine = _all_rows(out.read_text(encoding="utf-8"))
    assert (mine["25"]["Stop"], mine["25"]["Resume"]) == (mine["26"]["Stop"], mine["26"]["Resume"])
    assert mine["25"]["Stop"] != mine["25"]["Resume"]
    again = read_mspdi(out)
    assert again.task(26).splits == (Split(done, 480),)
    assert again.task(25).splits == ()
