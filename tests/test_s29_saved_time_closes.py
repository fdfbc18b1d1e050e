"""Reading an MS Project file's <LastSaved> for the change report's header closes the file.

iterparse given a file name leaves it open when left before the end (before Python 3.13),
which the header's read always does; the handle then waited in a reference cycle for the
collector, and its ResourceWarning failed whichever test ran when it was collected (the CI
run on 0d65676c: test_task_path_window, after test_s26au had compared with a b.xml).
"""

from __future__ import annotations

import gc
import io
from datetime import datetime

from app.io.saved_time import saved_time

# As MS Project writes the head of a file: <LastSaved> among the project's own elements,
# then its lists, where the read stops (the generator left before the end)
_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
 <Name>Saved</Name><LastSaved>2026-01-02T09:30:00</LastSaved>
 <Calendars/><Tasks><Task><UID>1</UID></Task></Tasks>
</Project>
"""


def _open_handles(name: str) -> list[object]:
    return [
        o
        for o in gc.get_objects()
        if isinstance(o, io.FileIO | io.BufferedReader) and not o.closed and o.name == name
    ]


def test_s29_the_saved_time_of_an_xml_leaves_no_file_open(tmp_path) -> None:
    path = tmp_path / "plan.xml"
    path.write_text(_HEAD, encoding="utf-8")
    gc.collect()
    gc.disable()  # as between two collections: nothing but the reader may close it
    try:
        assert saved_time(path) == datetime(2026, 1, 2, 9, 30)
        assert _open_handles(str(path)) == []
    finally:
        gc.enable()
