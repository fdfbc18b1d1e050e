"""mspdi_left_out.LeftOut on its own: what it counts from a parsed MS Project XML file
(resource outline code values read as their text, unset flags not counted) and that it
says nothing when nothing was left out."""

from __future__ import annotations

from xml.etree.ElementTree import fromstring

from app.io.mspdi_left_out import LeftOut
from app.io.xml_safety import parse_xml

_NS = "http://schemas.microsoft.com/project"


def test_resource_outline_codes_are_counted_with_their_text(shared_data):
    root = parse_xml(shared_data / "mspdi" / "mspdiresource.xml")
    left_out = LeftOut()
    left_out.rows(root, "Resource")
    assert left_out.values == 110
    assert left_out.unkept["205521174"].values == 1  # Outline Code1 of resources
    for resource in root.iter(f"{{{_NS}}}Resource"):  # the outline codes alone
        for attr in resource.findall(f"{{{_NS}}}ExtendedAttribute"):
            resource.remove(attr)
    codes = LeftOut()
    codes.rows(root, "Resource")
    assert codes.values == 10
    assert codes.first == "FieldID 205521174 = 'AAA' on Resource #2 (UID 1)"


def test_an_unset_flag_is_no_value():
    left_out = LeftOut()
    left_out.define(
        "255852671",
        fromstring(
            f'<ExtendedAttribute xmlns="{_NS}"><FieldID>255852671</FieldID>'
            "<FieldName>Flag5</FieldName><CFType>4</CFType></ExtendedAttribute>"
        ),
    )
    left_out.value("255852671", "0", "Assignment #1 (UID 1)")
    left_out.value("255852671", " ", "Assignment #2 (UID 2)")
    assert left_out.values == 0
    assert left_out.notes("a.xml") == [
        "a.xml: 1 custom field Gantry does not keep is left out, none holding a value "
        "(assignment fields; first: 'Flag5' (FieldID 255852671))"
    ]
    left_out.value("255852671", "1", "Assignment #3 (UID 3)")
    assert left_out.values == 1
    assert "= '1' on Assignment #3 (UID 3)" in left_out.notes("a.xml")[0]


def test_nothing_left_out_says_nothing():
    assert LeftOut().notes("a.xml") == []
