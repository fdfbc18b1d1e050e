"""CSV task tables as users' tools save them: UTF-16 with a byte-order mark (Excel's
"Unicode text"), Windows-1252 (Excel's plain CSV on Windows), a cell far too long."""

from __future__ import annotations

import pytest

from app import formats
from app.domain.errors import FileFormatError

_TABLE = "Name,Duration,Predecessors\nDésign €,2d,\nPour,3d,1\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "cp1252"])
def test_csv_in_the_encodings_users_save(tmp_path, encoding):
    path = tmp_path / "tasks.csv"
    data = _TABLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    plan = formats.read_plan(path)
    assert [t.name for t in plan.tasks] == ["Désign €", "Pour"]
    assert [t.duration_minutes for t in plan.tasks] == [960, 1440]


def test_a_cell_too_long_is_one_message_naming_the_row(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("Name,Duration\nShort,1d\n" + "A" * 300_000 + ",2d\n", encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        formats.read_plan(path)
    message = str(caught.value)
    assert message.startswith("huge.csv")
    assert "row 3" in message
