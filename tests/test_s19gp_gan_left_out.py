"""What a GanttProject file holds that Gantry does not keep is said once, on reading:
the colours its user gave to task bars, the task coordinators (an allocation's
``responsible="true"``), and the role a person has on one task when it is not their own
(an allocation's ``function``). The real files GanttProject wrote say it; a file with
none of them says nothing."""

from __future__ import annotations

from pathlib import Path

from app.formats import read_plan
from tests.cli.test_cli import gantry


def _notes(path: Path) -> list[str]:
    heard: list[str] = []
    read_plan(path, note=heard.append)
    return heard


def test_s19gp_house_sample_says_colours_coordinators_and_roles(shared_data: Path) -> None:
    notes = _notes(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    said = [line for line in notes if "not kept" in line]
    assert len(said) == 1, notes
    line = said[0]
    assert line.startswith("ganttproject-HouseBuildingSample.gan: not kept: ")
    assert "the colour of 13 task bars" in line  # picked on tasks and a milestone
    assert "12 task coordinators" in line
    assert "the role on 1 assignment" in line  # Default:1 elsewhere, 5 on the roof


def test_s19gp_one_coordinator_said(shared_data: Path) -> None:
    notes = _notes(shared_data / "gan" / "blyoa-task-with-coordinator-assignee.gan")
    assert any("1 task coordinator (John Doe on 'task A')" in n for n in notes), notes


def test_s19gp_default_colours_are_not_said(shared_data: Path) -> None:
    notes = _notes(shared_data / "gan" / "blyoa-task-with-dependencies.gan")
    assert not [n for n in notes if "not kept" in n]


def test_s19gp_cli_says_it_once(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "house.gantry"
    run = gantry("convert", shared_data / "gan" / "ganttproject-HouseBuildingSample.gan", out)
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("not kept: ") == 1
    assert out.exists()


def test_s19gp_project_web_link_said(shared_data: Path, tmp_path: Path) -> None:
    text = (shared_data / "gan" / "blyoa-task-with-dependencies.gan").read_text("utf-8")
    path = tmp_path / "linked.gan"
    path.write_text(text.replace('webLink="http://"', 'webLink="https://wiki.example/p"', 1))
    notes = _notes(path)
    assert any("the project's web link (https://wiki.example/p)" in n for n in notes), notes


def test_s19gp_people_custom_columns_said(shared_data: Path, tmp_path: Path) -> None:
    text = (shared_data / "gan" / "blyoa-task-with-coordinator-assignee.gan").read_text("utf-8")
    old = '<resource id="1" name="John Doe" function="Default:1" contacts="" phone=""/>'
    assert old in text
    new = (
        '<custom-property-definition id="tpc0" name="Skill" type="text" default-value=""/>'
        '<custom-property-definition id="tpc1" name="Badge" type="int" default-value="0"/>'
        + old.replace("/>", '><custom-property definition-id="tpc0" value="Java"/></resource>')
    )
    path = tmp_path / "skills.gan"
    path.write_text(text.replace(old, new), "utf-8")
    notes = _notes(path)
    assert any("2 custom columns of the people ('Skill', 'Badge')" in n for n in notes), notes
