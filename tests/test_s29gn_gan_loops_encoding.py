"""A .gan with a dependency loop opens with the closing link left out and said, as an MS
Project XML does; a .gan saved in another encoding than it declares says so."""

from __future__ import annotations

import pytest

from app.domain.errors import FileFormatError
from app.domain.scheduler import schedule
from app.io.gan import read_gan

_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<project name="Loop">\n<tasks>\n'
_TAIL = "</tasks>\n</project>\n"


def _task(gan_id: int, name: str, *succ: int) -> str:
    deps = "".join(f'<depend id="{s}" type="2" difference="0" hardness="Strong"/>' for s in succ)
    return (
        f'<task id="{gan_id}" name="{name}" start="2024-01-02" duration="1" complete="0">'
        f"{deps}</task>\n"
    )


def test_a_loop_is_left_out_and_named_by_the_sheets_ids(tmp_path):
    path = tmp_path / "loop.gan"
    tasks = [_task(0, "A", 1), _task(1, "B", 2), _task(2, "C", 0)]
    path.write_text(_HEAD + "".join(tasks) + _TAIL, encoding="utf-8")
    heard: list[str] = []
    plan = read_gan(path, warn=heard.append)
    assert {lk.key for lk in plan.links} == {(1, 2), (2, 3)}
    schedule(plan)  # opens and schedules
    said = [line for line in heard if "loop" in line]
    assert said == [
        "loop.gan: link ID 3 -> ID 1 FS (GanttProject's task 2 -> task 0) left out: "
        "it closed a loop through ID 1 'A', ID 2 'B', ID 3 'C'"
    ]


def test_a_task_depending_on_itself_is_still_refused_by_the_files_id(tmp_path):
    path = tmp_path / "self.gan"
    path.write_text(_HEAD + _task(4, "A", 4) + _TAIL, encoding="utf-8")
    with pytest.raises(FileFormatError, match=r'of <task id="4"> cannot be used: .*itself'):
        read_gan(path)


def test_windows_1252_bytes_in_a_file_declaring_utf8_are_named(tmp_path):
    path = tmp_path / "old.gan"
    text = _HEAD + _task(0, "Pré-design") + _TAIL
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    assert str(caught.value).startswith("old.gan: byte 0xE9 at line 4")
    assert "is not UTF-8, as the file declares; was it saved as Windows-1252" in str(caught.value)


def test_utf16_without_a_mark_is_named(tmp_path):
    path = tmp_path / "u16.gan"
    path.write_bytes((_HEAD + _task(0, "A") + _TAIL).encode("utf-16-le"))
    with pytest.raises(FileFormatError, match="UTF-16 text without a byte-order mark"):
        read_gan(path)
