"""MS Project XML and GanttProject files re-saved as "Unicode" (UTF-16 with a byte-order
mark) by Notepad keep their ``encoding="UTF-8"`` declaration; expat refused them as
"encoding specified in XML declaration is incorrect". The mark decides."""

from __future__ import annotations

import pytest

from app import formats


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
@pytest.mark.parametrize(
    "name", ["mpp/Blank2010.xml", "gan/blyoa-task-with-dependencies.gan", "mspdi/sample.xml"]
)
def test_unicode_resave_reads_as_the_original(shared_data, tmp_path, name, codec):
    source = shared_data / name
    target = tmp_path / source.name
    text = source.read_text(encoding="utf-8")
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    target.write_bytes(data)
    original, again = formats.read_plan(source), formats.read_plan(target)
    assert [t.name for t in again.tasks] == [t.name for t in original.tasks]
    assert again.tasks == original.tasks
    assert again.links == original.links
