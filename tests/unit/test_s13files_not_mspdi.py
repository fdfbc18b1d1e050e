"""XML that is not MS Project XML is one clear message naming what was found, never
an empty plan: a <Project> in MS Project's namespace with no tasks, resources or
calendars in it (however deep its other elements go), an XHTML page, an SVG, a feed."""

from __future__ import annotations

import pytest

from app import formats
from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi
from app.io.sniff import sniff_bytes

_NS = "http://schemas.microsoft.com/project"


def test_deeply_nested_project_without_tasks_is_refused(tmp_path):
    depth = 2000
    path = tmp_path / "deep.xml"
    path.write_text(
        f'<?xml version="1.0"?><Project xmlns="{_NS}"><Name>x</Name>'
        + "<a>" * depth
        + "</a>" * depth
        + "</Project>",
        encoding="utf-8",
    )
    with pytest.raises(FileFormatError) as caught:
        read_mspdi(path)
    message = str(caught.value)
    assert "deep.xml" in message
    assert "<Tasks>" in message
    assert "<a>" in message  # what was found instead


def test_tasks_nested_at_the_wrong_depth_are_named(tmp_path):
    path = tmp_path / "wrapped.xml"
    path.write_text(
        f'<Project xmlns="{_NS}"><Wrapper><Tasks><Task><UID>1</UID><Name>A</Name></Task>'
        "</Tasks></Wrapper></Project>",
        encoding="utf-8",
    )
    with pytest.raises(FileFormatError, match=r"<Task> elements.*<Wrapper>"):
        read_mspdi(path)


def test_a_project_with_tasks_but_nothing_else_still_reads(tmp_path):
    path = tmp_path / "bare.xml"
    path.write_text(
        f'<Project xmlns="{_NS}"><Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name>'
        "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task></Tasks></Project>",
        encoding="utf-8",
    )
    assert [t.name for t in read_mspdi(path).tasks] == ["A"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "an HTML page"),
        ('<!DOCTYPE html>\n<html lang="en"><head/></html>', "an HTML page"),
        ('<svg xmlns="http://www.w3.org/2000/svg"/>', "an SVG image"),
        ('<rss version="2.0"><channel/></rss>', "an RSS feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom"/>', "an Atom feed"),
        ("<Project><Tasks/></Project>", "without MS Project's namespace"),
    ],
)
def test_other_xml_is_named(tmp_path, text, said):
    path = tmp_path / "plan.xml"
    path.write_text('<?xml version="1.0"?>\n' + text, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        formats.read_plan(path)
    assert said in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("head", "ext"),
    [
        (b"SQLite format 3\x00rest", ".gantry"),
        (f'\ufeff<?xml version="1.0"?><Project xmlns="{_NS}">'.encode(), ".xml"),
        (f'<?xml version="1.0"?>\n<Project xmlns="{_NS}">'.encode("utf-16"), ".xml"),
        (b'<?xml version="1.0"?><project name="x" version="3.0">', ".gan"),
        (b"Name;Duration\r\nA;1d\r\n", ".csv"),
        ("Name,Duration\nA,1d\n".encode("utf-16"), ".csv"),
        (b"%PDF-1.4", None),
        (b"", None),
    ],
)
def test_sniffed_kind(head, ext):
    found = sniff_bytes(head)
    assert found is not None
    assert found.ext == ext


def test_unknown_binary_is_left_to_the_name():
    assert sniff_bytes(bytes(range(256)) * 4) is None


def test_binary_without_zero_bytes_is_not_called_text():
    assert sniff_bytes(bytes(range(1, 256)) * 4) is None
