"""The note on a GanttProject web link left out names its task by the ID the sheet shows, as
every other note does ("ID 3"): it said "(id 7)", the file's own attribute, which counts
from 0 and keeps the gaps of deleted tasks, so the PM found no such row."""

from __future__ import annotations

from app.io.gan import read_gan

_GAN = """<?xml version="1.0" encoding="UTF-8"?>
<project name="Links" company="" webLink="http://" view-date="2026-01-05" version="3.3.3309">
  <tasks>
    <task id="0" name="Phase" start="2026-01-05" duration="2" complete="0" expand="true">
      <task id="5" name="Spec" start="2026-01-05" duration="2" complete="0" expand="true"/>
      <task id="7" name="Script" start="2026-01-05" duration="1" complete="0"
            webLink="javascript%3Aalert%281%29" expand="true"/>
    </task>
  </tasks>
</project>
"""


def test_s28wd_a_web_link_left_out_names_the_task_by_its_sheet_id(tmp_path):
    path = tmp_path / "links.gan"
    path.write_text(_GAN, encoding="utf-8")
    notes: list[str] = []
    plan = read_gan(path, warn=notes.append)
    assert plan.tasks[2].name == "Script"  # the sheet's row 3, ID 3
    assert len(notes) == 1
    assert notes[0].startswith(
        "links.gan: 1 task web link is left out (first: the webLink of task 'Script' (ID 3): "
    )
