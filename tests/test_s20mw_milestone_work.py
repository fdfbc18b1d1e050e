"""A milestone under way has no work, and MS Project writes its % complete as its % work
complete (Software-Development.xml's milestones: 30 and 30): written back so, where Gantry
wrote 0. A task without work that is not a milestone keeps 0, as MS Project writes it."""

from __future__ import annotations

from tests.s20mw_files import round_trip, shared_files, task_rows


def test_s20mw_milestones_write_ms_projects_work_percent(shared_data, tmp_path):
    milestones = 0
    for path in shared_files(shared_data):
        original, written = round_trip(path, tmp_path / "out.xml")
        again = task_rows(written)
        for uid, row in task_rows(original).items():
            if row.get("Milestone") != "1" or uid not in again:
                continue
            assert again[uid]["PercentWorkComplete"] == row.get("PercentWorkComplete", "0"), (
                path.name,
                uid,
            )
            milestones += row.get("PercentWorkComplete", "0") != "0"
    assert milestones == 12  # Software-Development.xml's milestones at 30 %


def test_s20mw_a_task_without_work_keeps_0(shared_data, tmp_path):
    original, written = round_trip(
        shared_data / "mpp" / "Software-Development.xml", tmp_path / "out.xml"
    )
    assert task_rows(original)["69"]["PercentWorkComplete"] == "0"  # 30 % done, no work
    assert task_rows(written)["69"]["PercentWorkComplete"] == "0"
