"""A ``<project>`` holding none of a GanttProject plan's parts opened as an empty plan
(exit 0); GanttProject always writes <tasks>, so it is refused naming what it holds."""

from __future__ import annotations

import pytest

from app import formats
from app.domain.errors import FileFormatError


@pytest.mark.parametrize(
    ("body", "found"),
    [("", "nothing"), ("<view/><a><b><c/></b></a>", "<view>, <a>")],
)
def test_a_project_without_tasks_is_refused(tmp_path, body, found):
    path = tmp_path / "plan.gan"
    path.write_text(f'<?xml version="1.0"?><project name="x">{body}</project>', encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        formats.read_plan(path)
    message = str(caught.value)
    assert message.startswith("plan.gan: no <tasks>")
    assert found in message


def test_an_empty_plan_saved_by_ganttproject_still_reads(tmp_path):
    path = tmp_path / "blank.gan"
    path.write_text(
        '<?xml version="1.0"?><project name="Blank" version="3.3">'
        "<calendars/><tasks/><resources/><allocations/></project>",
        encoding="utf-8",
    )
    assert formats.read_plan(path).tasks == []
