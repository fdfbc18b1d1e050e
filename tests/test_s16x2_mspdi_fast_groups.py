"""MS Project XML task rows read by the plain-rows fast path (mspdi_plain) must read as the
ordinary parse reads them, or be refused as it refuses them.

Found by the s16 exploratory test: a group element written empty (``<PredecessorLink/>``,
``<Baseline/>``, ``<Baseline></Baseline>``) is taken by the plain layout as a leaf with no
text and ignored, where the ordinary parse reads it as a link (refused: no
<PredecessorUID>) or a baseline (an entry for the task). And a UID the int() of Python
takes but XML's integer does not ('2_0', a full-width digit) or past SQLite's integer range is read
by both paths. The ones that fail are strict xfails naming the defect, for the owners of
app/io/mspdi_plain.py and mspdi_fast.py/mspdi_task_fields.py.
"""

from __future__ import annotations

import pytest

from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi
from tests.mspdi_two_paths import project_file as _file
from tests.mspdi_two_paths import read_either_way as _read


def _task(uid: str, name: str, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>{extra}</Task>"
    )


_GROUPS_EMPTY = {
    "link self-closing": _task("1", "One") + _task("2", "Two", "<PredecessorLink/>"),
    "baseline self-closing": _task("1", "One", "<Baseline/>") + _task("2", "Two"),
    "baseline open-close": _task("1", "One", "<Baseline></Baseline>") + _task("2", "Two"),
}

_READ_ALIKE = {
    "link open-close": _task("1", "One") + _task("2", "Two", "<PredecessorLink></PredecessorLink>"),
    "extended attribute self-closing": _task("1", "One", "<ExtendedAttribute/>") + _task("2", "T"),
    "timephased self-closing": _task("1", "One", "<TimephasedData/>") + _task("2", "Two"),
    "entity in a name": _task("1", "A &amp; B") + _task("2", "&#60;x&#x3E;"),
    "cdata holding a row end": _task("1", "One", "<Notes><![CDATA[</Task></Tasks>]]></Notes>"),
    "comment between rows": _task("1", "One") + "<!-- </Task> -->" + _task("2", "Two"),
    "attribute on a row": _task("1", "One").replace("<Task>", '<Task a="x>y">') + _task("2", "T"),
    "'>' in a text": _task("1", "a > b") + _task("2", "/Task>"),
    "line ends": _task("1", "One", "<Notes>a\r\nb\rc</Notes>"),
}


@pytest.mark.parametrize("rows", _READ_ALIKE.values(), ids=_READ_ALIKE.keys())
def test_odd_rows_read_as_the_ordinary_parse_reads_them(tmp_path, rows):
    path = _file(tmp_path, rows)
    assert _read(path, True) == _read(path, False)


@pytest.mark.parametrize("rows", _GROUPS_EMPTY.values(), ids=_GROUPS_EMPTY.keys())
def test_an_empty_group_element_reads_as_the_ordinary_parse_reads_it(tmp_path, rows):
    path = _file(tmp_path, rows)
    assert _read(path, True) == _read(path, False)


@pytest.mark.parametrize("uid", ["2_0", "\uff12"])  # xsd:integer takes "+2"
def test_a_uid_that_is_no_xml_integer_is_refused(tmp_path, uid):
    path = _file(tmp_path, _task("1", "One") + _task(uid, "Two"))
    with pytest.raises(FileFormatError, match="UID"):
        read_mspdi(path)


def test_a_uid_past_any_integer_ms_project_keeps_is_refused(tmp_path):
    path = _file(tmp_path, _task("1", "One") + _task("99999999999999999999999", "Two"))
    with pytest.raises(FileFormatError, match="UID"):
        read_mspdi(path)
