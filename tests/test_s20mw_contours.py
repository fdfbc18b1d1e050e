"""Every assignment of the shared MS Project files writes back the <WorkContour> MS Project
wrote: the people's as read, and a split task's placeholder (no one assigned, its work in
timephased rows) Contoured, as mspdisplittask.xml has it."""

from __future__ import annotations

from tests.s20mw_files import round_trip, rows, shared_files


def test_s20mw_every_assignment_writes_its_contour_back(shared_data, tmp_path):
    seen: set[str] = set()
    for path in shared_files(shared_data):
        original, written = round_trip(path, tmp_path / "out.xml")
        wrote = {(a["TaskUID"], a["ResourceUID"]): a for a in rows(written, "Assignment")}
        for a in rows(original, "Assignment"):
            again = wrote.get((a["TaskUID"], a["ResourceUID"]))
            if again is None:  # a placeholder on a task with no split: not written
                continue
            contour = a.get("WorkContour", "0")
            assert again.get("WorkContour", "0") == contour, (path.name, a["UID"])
            seen.add(contour)
    assert seen == {str(code) for code in range(9)}  # flat .. contoured, all met
