"""MS Project XML integers are read as XML writes them, on the fast path and the parser's.

int() takes '2_0' (20) and other scripts' digits ('\uff12', 2); neither is an XML integer,
so every integer child (UID, ID, OutlineLevel, PredecessorUID, the settings) refuses
them naming the element. A task UID past MS Project's 32 bits is refused too (it read,
then a .gantry save raised OverflowError). A plain row's leaves must be text fields by
name: any other element goes to the parser, which reads it as before.
"""

from __future__ import annotations

import pytest

from app.formats import write_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import UID_MAX
from tests.mspdi_two_paths import project_file as _file
from tests.mspdi_two_paths import read_either_way as _read


def _task(uid: str, extra: str = "", level: str = "1", row_id: str | None = None) -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{row_id or uid}</ID><Name>T{uid}</Name>"
        f"<OutlineLevel>{level}</OutlineLevel><Duration>PT16H0M0S</Duration>"
        f"<DurationFormat>7</DurationFormat>{extra}</Task>"
    )


_LINK = "<PredecessorLink><PredecessorUID>{}</PredecessorUID><Type>1</Type></PredecessorLink>"

_NOT_INTEGERS = {
    "uid underscore": (_task("1") + _task("2_0"), "<UID> '2_0'"),
    "uid full-width": (_task("1") + _task("\uff12"), "<UID> '\uff12'"),
    "id underscore": (_task("1") + _task("2", row_id="1_1"), "<ID> '1_1'"),
    "level full-width": (_task("1") + _task("2", level="\uff12"), "<OutlineLevel> '\uff12'"),
    "predecessor underscore": (
        _task("1") + _task("2", _LINK.format("0_1")),
        "<PredecessorUID> '0_1'",
    ),
    "priority underscore": (_task("1", "<Priority>5_00</Priority>"), "<Priority> '5_00'"),
    "lag full-width": (
        _task("1")
        + _task("2", _LINK.format("1").replace("</Type>", "</Type><LinkLag>\uff14</LinkLag>")),
        "<LinkLag> '\uff14'",
    ),
}


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
@pytest.mark.parametrize(("rows", "named"), _NOT_INTEGERS.values(), ids=list(_NOT_INTEGERS.keys()))
def test_an_integer_int_takes_but_xml_does_not_is_refused_naming_it(tmp_path, rows, named, fast):
    found = _read(_file(tmp_path, rows), fast)
    assert found.startswith("refused: ")
    assert named in found
    assert "is not a whole number" in found


def test_signs_and_blanks_around_an_integer_still_read(tmp_path):
    plain = _file(tmp_path, _task("1") + _task("2", _LINK.format("1")))
    signed = _task("1").replace("<UID>1</UID>", "<UID> +1\n</UID>") + _task("2", _LINK.format("+1"))
    assert _read(_file(tmp_path, signed), True) == _read(plain, True)
    assert "refused" not in _read(plain, True)


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
@pytest.mark.parametrize("uid", [str(UID_MAX + 1), "9" * 23, "9" * 5000])
def test_a_uid_past_32_bits_is_refused_naming_it(tmp_path, uid, fast):
    found = _read(_file(tmp_path, _task("1") + _task(uid)), fast)
    assert found.startswith("refused: Task #2")
    assert "<UID>" in found


def test_the_largest_uid_reads_and_saves(tmp_path):
    path = _file(tmp_path, _task("1") + _task(str(UID_MAX), _LINK.format("1")))
    plan = read_mspdi(path)
    assert [t.uid for t in plan.tasks] == [1, UID_MAX]
    write_plan(plan, tmp_path / "plan.gantry")
    assert (tmp_path / "plan.gantry").stat().st_size > 0


def test_a_negative_uid_keeps_its_own_message(tmp_path):
    found = _read(_file(tmp_path, _task("1") + _task("-5")), True)
    assert "UID -5 is negative" in found


_OTHER_LEAVES = {
    "outline code empty": _task("1", "<OutlineCode/>") + _task("2"),
    "outline code text": _task("1", "<OutlineCode>x</OutlineCode>") + _task("2"),
    "unknown field": _task("1", "<Unheard>7</Unheard>") + _task("2"),
    "link unknown field": _task("1")
    + _task("2", _LINK.format("1").replace("</Type>", "</Type><Extra/>")),
    "known fields": _task("1", "<WBS>1</WBS><Work>PT16H0M0S</Work><GUID/>") + _task("2"),
}


@pytest.mark.parametrize("rows", _OTHER_LEAVES.values(), ids=list(_OTHER_LEAVES.keys()))
def test_a_row_with_a_leaf_of_any_name_reads_as_the_parser_reads_it(tmp_path, rows):
    path = _file(tmp_path, rows)
    found = _read(path, True)
    assert found == _read(path, False)
    assert "refused" not in found
