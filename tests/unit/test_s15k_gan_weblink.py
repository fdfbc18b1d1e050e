"""GanttProject's <task webLink>: read as the task's hyperlink (URL-decoded, checked), written
back encoded as GanttProject writes it; the text to display, which .gan has no place for,
is the one thing said to be left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree

import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.hyperlinks import Hyperlink
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import not_kept, read_plan, write_plan
from app.io.gan import read_gan
from app.io.gan_hyperlinks import decoded, encoded
from app.io.gan_write import write_gan

_GAN = """<?xml version="1.0" encoding="UTF-8"?>
<project name="Links" company="" webLink="http://" view-date="2026-01-05" version="3.3.3309">
  <tasks>
    <task id="0" name="Spec" start="2026-01-05" duration="2" complete="0"
          webLink="{spec}" expand="true"/>
    <task id="1" name="Empty field" start="2026-01-05" duration="1" complete="0"
          webLink="http%3A%2F%2F" expand="true"/>
    <task id="2" name="Script" start="2026-01-05" duration="1" complete="0"
          webLink="javascript%3Aalert%281%29" expand="true"/>
    <task id="3" name="Old file" start="2026-01-05" duration="1" complete="0"
          webLink="file%3A%2F%2F%2Fc%3A%2Fpl%E4ne%2Fspec.pdf" expand="true"/>
    <task id="4" name="No link" start="2026-01-05" duration="1" complete="0" expand="true"/>
  </tasks>
</project>
"""
SPEC = "https%3A%2F%2Fexample.com%2Fspecs%2Fd%C3%A9sign+v2.html%23part-2"


def _read(tmp_path, spec=SPEC):
    path = tmp_path / "links.gan"
    path.write_text(_GAN.format(spec=spec), encoding="utf-8")
    notes: list[str] = []
    return read_gan(path, warn=notes.append), notes


def test_a_web_link_is_read_as_the_tasks_hyperlink(tmp_path):
    plan, notes = _read(tmp_path)
    assert plan.task(1).hyperlink == Hyperlink(
        "", "https://example.com/specs/désign v2.html", "part-2"
    )
    assert plan.task(2).hyperlink is None  # GanttProject's empty link field
    assert plan.task(5).hyperlink is None
    # written by GanttProject before 2.8, in ISO-8859-1
    assert plan.task(4).hyperlink == Hyperlink("", "file:///c:/pläne/spec.pdf")
    # a script is left out, with one note naming the task
    assert plan.task(3).hyperlink is None
    assert notes == [
        "links.gan: 1 task web link is left out (first: the webLink of task 'Script' (ID 3): "
        "the address 'javascript:alert(1)' is a javascript: link, which Gantry does not open; "
        "use an http, https, mailto or file address or a path)"
    ]


def test_a_file_without_refused_links_says_nothing_about_them(tmp_path):
    path = tmp_path / "plain.gan"
    text = _GAN.format(spec=SPEC).replace('webLink="javascript%3Aalert%281%29"', "")
    path.write_text(text, encoding="utf-8")
    notes: list[str] = []
    read_gan(path, warn=notes.append)
    assert notes == []


def test_the_attribute_is_encoded_as_javas_url_encoder_does():
    link = Hyperlink("", "https://example.com/a b?x=1&y=ü*", "s")
    assert encoded(link) == "https%3A%2F%2Fexample.com%2Fa+b%3Fx%3D1%26y%3D%C3%BC*%23s"
    assert decoded(encoded(link)) == link.target
    assert encoded(Hyperlink("Text only place", "", "Sheet1!A1")) == "Sheet1%21A1"


def _plan() -> Plan:
    plan = Plan(project=Project(name="Links", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(
        Task(1, "Design", duration_minutes=960, hyperlink=Hyperlink("", "https://x.org/d", "p2"))
    )
    plan.append_task(Task(2, "Build", duration_minutes=480))
    plan.append_task(
        Task(3, "Mail", duration_minutes=480, hyperlink=Hyperlink("", "mailto:pm@example.com"))
    )
    plan.append_task(
        Task(4, "Docs", duration_minutes=480, hyperlink=Hyperlink("", r"docs\plan a.xlsx"))
    )
    return plan


def test_hyperlinks_round_trip_through_a_gan_file(tmp_path):
    plan = _plan()
    path = tmp_path / "out.gan"
    write_gan(plan, path)
    root = ElementTree.parse(path).getroot()
    attrs = {t.get("name"): t.get("webLink") for t in root.iter("task")}
    assert attrs["Build"] is None  # no link: no attribute, as GanttProject writes it
    assert attrs["Design"] == "https%3A%2F%2Fx.org%2Fd%23p2"
    back = read_plan(path)
    assert [t.hyperlink for t in back.tasks] == [t.hyperlink for t in plan.tasks]
    assert not [c for c in diff_plans(plan, back) if c.field == "hyperlink"]
    assert not [line for line in not_kept(plan, ".gan") if "hyperlink" in line]


def test_the_text_to_display_is_said_to_be_left_out(tmp_path, capsys):
    plan = _plan()
    plan.update_task(replace(plan.task(1), hyperlink=Hyperlink("Design doc", "https://x.org/d")))
    plan.update_task(
        replace(plan.task(3), hyperlink=Hyperlink("mailto:pm@example.com", "mailto:pm@example.com"))
    )
    source = tmp_path / "links.gantry"
    write_plan(plan, source)
    assert main(["convert", str(source), str(tmp_path / "links.gan")]) == 0
    err = capsys.readouterr().err
    assert (
        ".gan keeps a hyperlink's address only: the text to display of 1 task hyperlink "
        "not saved (the first on 'Design')"
    ) in err
    assert "keeps no hyperlinks" not in err
    back = read_plan(tmp_path / "links.gan")
    assert back.task(1).hyperlink == Hyperlink("", "https://x.org/d")


def test_csv_still_says_it_keeps_no_hyperlinks():
    lines = not_kept(_plan(), ".csv")
    assert any(line.startswith(".csv keeps no hyperlinks: 3 task hyperlinks") for line in lines)


@pytest.mark.parametrize(
    "name",
    [
        "ganttproject-HouseBuildingSample.gan",
        "openharvest-GanttChart.gan",
        "blyoa-task-with-dependencies.gan",
    ],
)
def test_the_shared_files_have_no_task_links_and_get_none(shared_data, tmp_path, name):
    # Their only webLink is the project's ("http://" or ""), which is no task's link.
    notes: list[str] = []
    plan = read_gan(shared_data / "gan" / name, warn=notes.append)
    assert all(t.hyperlink is None for t in plan.tasks)
    assert not [n for n in notes if "web link" in n]
    out = tmp_path / name
    write_gan(plan, out)
    assert all(t.get("webLink") is None for t in ElementTree.parse(out).getroot().iter("task"))
