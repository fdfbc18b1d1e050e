"""Two faults of the MS Project XML reader, each held on the plain-rows fast path and on the
ordinary parse alike (tests/mspdi_two_paths.py):

- a <Project> holding a second <Tasks> (or <Resources>, <Calendars>, <Assignments>) was
  read silently with the first alone: it is refused, naming the element;
- a row's <UID> text that is not an XML integer is named by the checked Reader, never
  surfacing as a bare ValueError from the plain rows' reader.
"""

from __future__ import annotations

import pytest

from app.cli import main
from tests.mspdi_two_paths import project_file, read_either_way

_ROW = (
    "<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
    "<Duration>PT8H0M0S</Duration><Start>2027-01-04T08:00:00</Start></Task>"
)


def _row(uid: object) -> str:
    return _ROW.format(uid=uid).replace(f"<ID>{uid}</ID>", "")  # numbered by position


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "ordinary parse"])
@pytest.mark.parametrize("second", [_row(2), "", "<Task><UID>1</UID></Task>"])
def test_s17read_a_second_tasks_is_refused_naming_it(tmp_path, fast, second):
    path = project_file(tmp_path, _row(1) + f"</Tasks><Tasks>{second}")
    assert read_either_way(path, fast) == (
        "refused: plan.xml: its <Project> holds 2 <Tasks> elements where MS Project "
        "writes one; refused rather than read the first alone"
    )


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "ordinary parse"])
def test_s17read_a_second_resources_is_refused_too(tmp_path, fast):
    path = project_file(tmp_path, _row(1))
    text = path.read_text(encoding="utf-8").replace(
        "</Project>", "<Resources/><Resources></Resources></Project>"
    )
    path.write_text(text, encoding="utf-8")
    assert read_either_way(path, fast) == (
        "refused: plan.xml: its <Project> holds 2 <Resources> elements where MS Project "
        "writes one; refused rather than read the first alone"
    )


def test_s17read_one_tasks_reads_every_row_both_ways(tmp_path):
    path = project_file(tmp_path, _row(1) + _row(2))
    plain, ordinary = read_either_way(path, True), read_either_way(path, False)
    assert plain == ordinary
    assert '"name":"T1"' in plain
    assert '"name":"T2"' in plain


def test_s17read_the_command_says_it_in_one_line(tmp_path, capsys):
    path = project_file(tmp_path, _row(1) + "</Tasks><Tasks>" + _row(2))
    assert main(["schedule", str(path), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1  # one line, no traceback
    assert "plan.xml: its <Project> holds 2 <Tasks> elements" in captured.err


# Texts int() would take or stumble on in its own way, each named by the checked Reader.
_BAD_UIDS = [
    ("1x", "'1x' is not a whole number"),
    ("\uff11", "'\uff11' is not a whole number"),  # a full-width 1
    ("\u0663", "'\u0663' is not a whole number"),  # an Arabic-Indic 3
    ("1_0", "'1_0' is not a whole number"),
    ("0_0", "'0_0' is not a whole number"),
    ("-", "'-' is not a whole number"),
    ("", "is missing"),
    (  # beyond int()'s digit limit
        "9" * 5000,
        "99999999999999999999\u2026 (5000 digits) is past the largest UID MS Project keeps "
        "(2,147,483,647)",
    ),
]


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "ordinary parse"])
@pytest.mark.parametrize(("uid", "said"), _BAD_UIDS, ids=[repr(u[:4]) for u, _ in _BAD_UIDS])
def test_s17read_a_bad_uid_text_is_named_by_its_element(tmp_path, fast, uid, said):
    # a row with a predecessor link, so the plain path's links are read with the UID too
    link = "<PredecessorLink><PredecessorUID>7</PredecessorUID></PredecessorLink>"
    row = _row(uid).replace("</Task>", link + "</Task>")
    path = project_file(tmp_path, _row(7) + row)
    assert read_either_way(path, fast) == f"refused: Task #2: <UID> {said}"


def test_s17read_a_bad_uid_reads_the_same_both_ways(tmp_path):
    for uid, _ in _BAD_UIDS:
        path = project_file(tmp_path, _row(uid))
        assert read_either_way(path, True) == read_either_way(path, False), uid
