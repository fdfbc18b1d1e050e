"""MS Project XML written as text gives the file ElementTree gave for the same elements.

The writer no longer builds an ElementTree: these tests parse what it writes and
write that tree again with ElementTree (the old serializer), which must give the
same bytes, and read it back with our reader to the same plan.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree as ET

import pytest

from app import formats
from app.domain.errors import FileFormatError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.mspdi_write import project_parts, project_xml, write_mspdi
from app.io.mspdi_write_xml import children_xml, container, element_xml, escape, leaf
from tests.bench.generate import make_plan

Q = "{" + NS + "}"


def _as_elementtree_writes(data: bytes) -> bytes:
    """``data`` parsed and written again by ElementTree, as the writer once did."""
    ET.register_namespace("", NS)
    out = io.BytesIO()
    ET.ElementTree(ET.fromstring(data)).write(out, encoding="UTF-8", xml_declaration=True)
    return out.getvalue()


def _odd_plan() -> Plan:
    """Texts to escape, empty texts, links, people and notes."""
    plan = Plan(project=Project(name="", start=datetime(2026, 3, 2, 8), notes="a < b & c > d"))
    plan.tasks = [
        Task(1, "R&D <phase>", outline_level=1),
        Task(2, "", outline_level=2, duration_minutes=960, notes='"quoted" & <tagged>'),
        Task(3, "Ship > test", outline_level=2, duration_minutes=480, percent_complete=50.0),
    ]
    plan.links = [Link(2, 3)]
    plan.resources = [Resource(1, "Ann & Bob", standard_rate=40.0), Resource(2, "")]
    plan.assignments = [Assignment(1, 2, 1, 1.0, 960)]
    return plan


def test_escape_and_leaf_match_elementtree():
    e = ET.Element("Name")
    e.text = "a&b<c>d \"e\" 'f'"
    assert leaf("Name", e.text) == ET.tostring(e, encoding="unicode")
    assert escape("plain") == "plain"
    assert leaf("Name", "") == ET.tostring(ET.Element("Name"), encoding="unicode")
    assert container("Calendars", ["", ""]) == "<Calendars />"


def test_element_xml_matches_elementtree():
    ET.register_namespace("", NS)
    root = ET.Element(Q + "ExtendedAttributes")
    attr = ET.SubElement(root, Q + "ExtendedAttribute")
    ET.SubElement(attr, Q + "FieldID").text = "188743731"
    ET.SubElement(attr, Q + "Alias").text = "Cost & <risk>"
    ET.SubElement(attr, Q + "ValueList")
    ET.SubElement(attr, Q + "Empty").text = ""
    whole = ET.tostring(root, encoding="unicode")
    # ElementTree declares the namespace on the outermost element it writes
    assert element_xml(root) == whole.replace(f' xmlns="{NS}"', "", 1)
    assert children_xml(root) == element_xml(attr)


def test_odd_texts_write_as_elementtree_did_and_read_back(tmp_path):
    plan = _odd_plan()
    path = tmp_path / "odd.xml"
    write_mspdi(plan, path)
    data = path.read_bytes()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<Project xmlns=")
    assert data == _as_elementtree_writes(data)
    again = read_mspdi(path)
    assert [t.name for t in again.tasks] == [t.name for t in plan.tasks]
    assert again.tasks[1].notes == plan.tasks[1].notes
    assert again.project.notes == plan.project.notes
    assert again.resources[0].name == "Ann & Bob"
    assert b"<Name>Ann &amp; Bob</Name>" in data
    root = ET.fromstring(data)
    assert root.find(f"{Q}Tasks/{Q}Task/{Q}Name").text is None  # the project's empty name
    assert root.findall(f"{Q}Resources/{Q}Resource/{Q}Name")[1].text is None


def test_generated_plan_writes_as_elementtree_did(tmp_path):
    plan = make_plan(300, 450, 3, 12)
    path = tmp_path / "gen.xml"
    write_mspdi(plan, path)
    data = path.read_bytes()
    assert data == _as_elementtree_writes(data)
    again = read_mspdi(path)
    assert [t.uid for t in again.tasks] == [t.uid for t in plan.tasks]
    assert {(lk.predecessor, lk.successor) for lk in again.links} == {
        (lk.predecessor, lk.successor) for lk in plan.links
    }


@pytest.mark.parametrize("folder", ["mspdi", "mpp"])
def test_shared_files_write_as_elementtree_did_and_read_back_the_same(
    shared_data, tmp_path, folder
):
    """Every real file: written, its bytes are ElementTree's; written again after reading
    back, the bytes do not move (nothing lost or changed on the way)."""
    files = sorted((shared_data / folder).glob("*.xml"))
    assert files
    for source in files:
        try:
            plan = formats.read_plan(source)
        except Exception:  # noqa: BLE001 - a file our reader refuses is not this test's
            continue
        first = tmp_path / f"{source.stem}.1.xml"
        write_mspdi(plan, first)
        data = first.read_bytes()
        assert data == _as_elementtree_writes(data), source.name
        second = tmp_path / f"{source.stem}.2.xml"
        write_mspdi(read_mspdi(first), second)
        assert ET.canonicalize(second.read_text("utf-8")) == ET.canonicalize(
            data.decode("utf-8")
        ), source.name


def test_a_file_that_cannot_be_written_is_one_clear_error(tmp_path):
    with pytest.raises(FileFormatError, match=r"^plan\.xml: cannot be written \("):
        write_mspdi(_odd_plan(), tmp_path / "missing" / "plan.xml")
    (tmp_path / "taken.xml").mkdir()
    with pytest.raises(FileFormatError, match=r"^taken\.xml: cannot be written"):
        write_mspdi(_odd_plan(), tmp_path / "taken.xml")


def test_the_file_is_written_as_it_is_made_and_equals_the_whole_text(tmp_path):
    """project_parts streams the rows; joined they are project_xml, and the file is that
    text in UTF-8 (characters outside the Basic Plane included)."""
    plan = _odd_plan()
    plan.tasks[2] = replace(plan.tasks[2], name="Ünïcødé \U0001f600 & co")
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    result = schedule(plan)
    parts = list(project_parts(plan, result))
    assert len(parts) > len(plan.tasks)  # a piece per task row at least
    assert path.read_bytes() == "".join(parts).encode("utf-8")
    assert "".join(parts) == project_xml(plan, result)
    assert read_mspdi(path).tasks[2].name == "Ünïcødé \U0001f600 & co"
