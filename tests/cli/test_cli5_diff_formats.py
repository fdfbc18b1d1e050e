"""``gantry diff`` of a plan against its own copy in another format reports only real losses.

DESIGN: "two plans that differ in nothing a user entered give an empty list,
whatever their formats". A field the other file's format cannot hold at all
(risks in MS Project XML; constraints, rates or the project's name in a CSV)
is not a change the user made.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main


def _diff(capsys, old: Path, new: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["changes"]


@pytest.fixture
def demo() -> Path:
    return resource_path("demo", "crm-rollout.gantry")


def test_the_demo_and_its_ms_project_xml_differ_in_nothing(demo, tmp_path, capsys):
    xml = tmp_path / "demo.xml"
    assert main(["convert", str(demo), str(xml)]) == 0
    assert _diff(capsys, demo, xml) == []
    assert _diff(capsys, xml, demo) == []


def test_risks_are_still_compared_between_formats_that_keep_them(demo, tmp_path, capsys):
    book = tmp_path / "demo.xlsx"
    assert main(["convert", str(demo), str(book)]) == 0
    from app import formats

    plan = formats.read_plan(demo)
    first = plan.risks[0]
    edited = tmp_path / "edited.gantry"
    plan.remove_risk(first.uid)
    formats.write_plan(plan, edited)
    changes = _diff(capsys, book, edited)
    assert {(c["entity"], c["kind"], c["uid"]) for c in changes} == {("risk", "removed", first.uid)}


def test_the_demo_and_its_csv_differ_only_in_what_a_csv_can_hold(demo, tmp_path, capsys):
    csv = tmp_path / "demo.csv"
    assert main(["convert", str(demo), str(csv)]) == 0
    changes = _diff(capsys, demo, csv)
    kinds = {(c["entity"], c["kind"], c.get("field")) for c in changes}
    # no project name or constraint, no rate or role, no person renumbered, no risk
    assert not [k for k in kinds if k[0] in ("project", "risk", "resource")]
    assert ("task", "changed", "constraint") not in kinds
    assert ("assignment", "added", None) not in kinds
    assert ("assignment", "removed", None) not in kinds


def test_a_person_renamed_in_the_csv_is_still_reported(demo, tmp_path, capsys):
    csv = tmp_path / "demo.csv"
    assert main(["convert", str(demo), str(csv)]) == 0
    text = csv.read_text(encoding="utf-8-sig")
    assert "Maria Lopez" in text
    csv.write_text(text.replace("Maria Lopez", "Maria Lopes"), encoding="utf-8-sig")
    changes = _diff(capsys, demo, csv)
    entities = {(c["entity"], c["kind"]) for c in changes}
    assert ("assignment", "added") in entities
    assert ("assignment", "removed") in entities
