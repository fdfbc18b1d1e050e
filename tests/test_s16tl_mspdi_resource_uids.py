"""Resource and assignment UIDs in MS Project XML are bounded as task UIDs are.

MS Project's UIDs are 32-bit; a resource or assignment <UID> (or an assignment's <TaskUID>,
<ResourceUID>) past 2,147,483,647 was read, where a task's is refused naming the element.
Each is now refused the same way, on the plain rows' read and the parser's; a negative one
keeps its own message, and MS Project's "no resource" (-65535) still reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.formats import write_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import UID_MAX
from tests.mspdi_two_paths import NS
from tests.mspdi_two_paths import read_either_way as _read


def _file(tmp_path: Path, resource: str = "1", assignment: str = "1", task: str = "1") -> Path:
    path = tmp_path / "plan.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>T</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat></Task></Tasks>"
        f"<Resources><Resource><UID>{resource}</UID><ID>1</ID><Name>Ann</Name><Type>1</Type>"
        "</Resource></Resources>"
        f"<Assignments><Assignment><UID>{assignment}</UID><TaskUID>{task}</TaskUID>"
        f"<ResourceUID>{resource}</ResourceUID><Units>1</Units></Assignment></Assignments>"
        "</Project>",
        encoding="utf-8",
    )
    return path


_PAST = str(UID_MAX + 1)
_CASES = {
    "resource uid": ({"resource": _PAST}, "refused: Resource #1: <UID> 2147483648"),
    "assignment uid": ({"assignment": _PAST}, "refused: Assignment #1: <UID> 2147483648"),
    "assignment task uid": ({"task": _PAST}, "refused: Assignment #1 (UID 1): <TaskUID> 214"),
    "huge resource uid": ({"resource": "9" * 5000}, "refused: Resource #1: <UID> 99999"),
}


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
@pytest.mark.parametrize(("fields", "start"), _CASES.values(), ids=list(_CASES.keys()))
def test_a_uid_past_32_bits_is_refused_naming_it(tmp_path, fields, start, fast):
    found = _read(_file(tmp_path, **fields), fast)
    assert found.startswith(start)
    assert f"past the largest UID MS Project keeps ({UID_MAX:,})" in found


def test_an_assignment_resource_uid_past_32_bits_is_refused_naming_it(tmp_path):
    path = _file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "<ResourceUID>1</ResourceUID>", f"<ResourceUID>{_PAST}</ResourceUID>"
        ),
        encoding="utf-8",
    )
    found = _read(path, True)
    assert found.startswith("refused: Assignment #1 (UID 1): <ResourceUID> 2147483648 is past")


def test_the_largest_uids_read_and_save(tmp_path):
    top = str(UID_MAX)
    plan = read_mspdi(_file(tmp_path, resource=top, assignment=top))
    assert [r.uid for r in plan.resources] == [UID_MAX]
    assert [(a.uid, a.task_uid, a.resource_uid) for a in plan.assignments] == [
        (UID_MAX, 1, UID_MAX)
    ]
    write_plan(plan, tmp_path / "plan.gantry")
    assert (tmp_path / "plan.gantry").stat().st_size > 0


def test_negative_and_no_resource_uids_keep_their_meaning(tmp_path):
    assert "is negative" in _read(_file(tmp_path, resource="-3"), True)
    path = _file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "<ResourceUID>1</ResourceUID>", "<ResourceUID>-65535</ResourceUID>"
        ),
        encoding="utf-8",
    )
    assert read_mspdi(path).assignments == []


def test_leading_zeros_do_not_make_a_uid_past_32_bits(tmp_path):
    padded = "+" + "0" * 40 + "7"
    plan = read_mspdi(_file(tmp_path, resource=padded, assignment=padded))
    assert [r.uid for r in plan.resources] == [7]
    assert [a.uid for a in plan.assignments] == [7]
