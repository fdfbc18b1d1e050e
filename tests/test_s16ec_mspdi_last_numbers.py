"""The last lenient numbers of the MS Project XML reader: custom values and link UIDs.

A Number or Cost custom value was read with float(), which takes '5_0' (50) and other
scripts' digits; it is now read as an XML decimal: a task's value is refused naming the
field ('is not a number', as 'nan' always was), a value list entry is left out (that list
skips what it cannot read). A <PredecessorUID> past MS Project's 32 bits is refused naming
the element, as a task <UID> is, on the fast path and the parser's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.mspdi_fast import RowReader, UnusualRowError
from tests.mspdi_two_paths import NS
from tests.mspdi_two_paths import read_either_way as _read

PATHS = pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])


def _task(uid: int, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>{extra}</Task>"
    )


def _file(tmp_path: Path, task_extra: str = "", fields: str = "") -> Path:
    path = tmp_path / "plan.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        f"<ExtendedAttributes>{fields}</ExtendedAttributes>"
        f"<Tasks>{_task(1)}{_task(2, task_extra)}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def _value(field: str, text: str) -> str:
    return (
        f"<ExtendedAttribute><FieldID>{FIELD_IDS[field]}</FieldID><Value>{text}</Value>"
        "</ExtendedAttribute>"
    )


def _link(pred: str) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>1</Type></PredecessorLink>"
    )


_NOT_DECIMALS = ["5_0", "\uff15\uff10", "5\u0660", "nan", "-inf", "Infinity", "1e400", "0x10"]


@PATHS
@pytest.mark.parametrize(("field", "what"), [("Number1", "a number"), ("Cost3", "an amount")])
@pytest.mark.parametrize("text", _NOT_DECIMALS)
def test_a_custom_value_float_takes_but_xml_does_not_is_refused_naming_it(
    tmp_path, field, what, text, fast
):
    found = _read(_file(tmp_path, _value(field, text)), fast)
    assert found == (f"refused: Task UID 2: <ExtendedAttribute> {field} '{text}' is not {what}")


@PATHS
def test_ascii_custom_numbers_in_every_spelling_still_read(tmp_path, fast):
    task = read_mspdi(_file(tmp_path, _value("Number1", "50") + _value("Cost3", "1250"))).task(2)
    assert dict(task.custom) == {"Number1": 50.0, "Cost3": 12.5}
    plain = _read(_file(tmp_path, _value("Number1", "50") + _value("Cost3", "1250")), fast)
    for number, cost in (("+50.", "1.25e3"), (" 5e1\n", "+1250.0"), (".5E2", "12500e-1")):
        spelt = _value("Number1", number) + _value("Cost3", cost)
        assert _read(_file(tmp_path, spelt), fast) == plain


def test_a_value_list_entry_float_takes_but_xml_does_not_is_left_out(tmp_path):
    entries = "".join(
        f"<Value><ID>{i}</ID><Value>{text}</Value></Value>"
        for i, text in enumerate(["5_0", "7", "\uff18", "nan", "9.5"], start=1)
    )
    definition = (
        f"<ExtendedAttribute><FieldID>{FIELD_IDS['Number1']}</FieldID>"
        f"<FieldName>Number1</FieldName><Alias>Size</Alias><RestrictValues>0</RestrictValues>"
        f"<ValueList>{entries}</ValueList></ExtendedAttribute>"
    )
    plan = read_mspdi(_file(tmp_path, fields=definition))
    (field,) = [f for f in plan.project.custom_fields if f.name == "Number1"]
    assert [v.value for v in field.values] == [7.0, 9.5]


@PATHS
@pytest.mark.parametrize("pred", ["2147483648", "99999999999", "1" + "0" * 5000])
def test_a_predecessor_uid_past_32_bits_is_refused_naming_it(tmp_path, pred, fast):
    found = _read(_file(tmp_path, _link(pred)), fast)
    shown = pred if len(pred) <= 24 else f"{pred[:20]}… ({len(pred)} digits)"
    assert found == (
        f"refused: Task #2 (UID 2) <PredecessorLink>: <PredecessorUID> {shown} is past the"
        " largest UID MS Project keeps (2,147,483,647)"
    )


@PATHS
@pytest.mark.parametrize("pred", ["1_0", "\uff11"])
def test_a_predecessor_uid_float_takes_but_xml_does_not_is_refused(tmp_path, pred, fast):
    found = _read(_file(tmp_path, _link(pred)), fast)
    assert found == (
        f"refused: Task #2 (UID 2) <PredecessorLink>: <PredecessorUID> '{pred}' is not a"
        " whole number"
    )


@PATHS
def test_a_predecessor_uid_in_32_bits_still_links(tmp_path, fast):
    big = 2**31 - 1
    path = tmp_path / "plan.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        f"<Tasks>{_task(big)}{_task(2, _link(' 00' + str(big) + ' '))}</Tasks></Project>",
        encoding="utf-8",
    )
    assert "refused" not in _read(path, fast)
    plan = read_mspdi(path)
    assert [(lk.predecessor, lk.successor) for lk in plan.links] == [(big, 2)]


def test_the_fast_path_leaves_a_predecessor_uid_past_32_bits_to_the_checked_reader():
    fast = RowReader()
    texts = ("2147483647", "0", "1", "0", "7")
    assert fast.link_of_texts(texts, 2)[:2] == (2**31 - 1, 2)
    with pytest.raises(UnusualRowError):
        fast.link_of_texts(("2147483648", *texts[1:]), 2)
