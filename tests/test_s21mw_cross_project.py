"""A cross-project link and the other project's task row (<ExternalTask>) are kept through
open and save: MS Project sees its link again (GetCrossProjectTaskLinks.xml's Task1 after
task 2 of crossProject.mpp), its successor As Soon As Possible as in the file, where the
save dropped both and left the reader's Start No Earlier Than pin in their place."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from app.domain.task import ConstraintType
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.s20mw_files import rows, task_rows

_ROW = (
    "<Task><UID>11</UID><ID>11</ID><Name>Pour  slab</Name><Start>2010-06-14T08:00:00</Start>"
    "<Finish>2010-06-15T17:00:00</Finish><Duration>PT16H0M0S</Duration>"
    "<ExternalTask>1</ExternalTask><ExternalTaskProject>E:\\plans\\crossProject.mpp"
    "</ExternalTaskProject></Task>"
)


def _cross_links(text: str) -> list[dict[str, str]]:
    return [lk for lk in rows(text, "PredecessorLink") if lk.get("CrossProject") == "1"]


def _source(shared_data, tmp_path):
    text = (shared_data / "mpp" / "GetCrossProjectTaskLinks.xml").read_text(encoding="utf-8")
    text = text.replace("</Tasks>", _ROW + "</Tasks>")
    path = tmp_path / "cross.xml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_s21mw_the_cross_project_link_is_written_back(shared_data, tmp_path):
    path, original = _source(shared_data, tmp_path)
    plan = read_mspdi(path)
    assert plan.task(1).constraint_type is ConstraintType.SNET  # the reader's pin, as before
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    written = out.read_text(encoding="utf-8")
    theirs, ours = _cross_links(original), _cross_links(written)
    assert len(theirs) == 1
    assert ours == theirs  # UID, type, path and task ID, lag and its format
    row = task_rows(written)["1"]
    assert row["ConstraintType"] == task_rows(original)["1"]["ConstraintType"] == "0"
    assert "ConstraintDate" not in row
    assert row["Start"] == task_rows(original)["1"]["Start"]  # scheduled where MS Project had it


def test_s21mw_the_other_projects_row_is_written_back(shared_data, tmp_path):
    path, _ = _source(shared_data, tmp_path)
    out = tmp_path / "out.xml"
    write_mspdi(read_mspdi(path), out)
    written = out.read_text(encoding="utf-8")
    (row,) = [r for r in rows(written, "Task") if r.get("ExternalTask") == "1"]
    assert row["UID"] == "11"
    assert row["Name"] == "Pour  slab"
    assert row["ExternalTaskProject"] == "E:\\plans\\crossProject.mpp"
    assert (row["Start"], row["Finish"], row["Duration"]) == (
        "2010-06-14T08:00:00",
        "2010-06-15T17:00:00",
        "PT16H0M0S",
    )
    own = [r for r in task_rows(written).values() if r.get("ExternalTask") != "1"]
    assert int(row["ID"]) == len(own) + 1  # after the plan's own rows


def test_s21mw_a_second_save_says_the_same(shared_data, tmp_path):
    path, _ = _source(shared_data, tmp_path)
    first, second = tmp_path / "first.xml", tmp_path / "second.xml"
    write_mspdi(read_mspdi(path), first)
    again = read_mspdi(first)
    assert again.task(1).constraint_type is ConstraintType.SNET  # pinned again on the way in
    write_mspdi(again, second)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_s21mw_a_pin_the_user_moved_is_theirs(shared_data, tmp_path):
    path, _ = _source(shared_data, tmp_path)
    plan = read_mspdi(path)
    moved = replace(plan.task(1), constraint_date=datetime(2010, 6, 21, 8))
    plan.update_task(moved)
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    row = task_rows(out.read_text(encoding="utf-8"))["1"]
    assert (row["ConstraintType"], row["ConstraintDate"]) == ("4", "2010-06-21T08:00:00")
    assert re.search(r"<CrossProject>1</CrossProject>", out.read_text(encoding="utf-8"))
