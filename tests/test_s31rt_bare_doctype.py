"""A third-party exporter's MS Project XML starting with a bare ``<!DOCTYPE Project>`` opens
(tester s31xm #8); any document type declaration that could declare or load something is
still refused as before."""

from __future__ import annotations

import pytest
from defusedxml import DefusedXmlException

from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import NS
from app.io.xml_safety import check_declarations

_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_BODY = (
    f'<Project xmlns="{NS}"><Name>p</Name><StartDate>2026-01-05T08:00:00</StartDate><Tasks>'
    "<Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>"
    "<Duration>PT16H0M0S</Duration></Task></Tasks></Project>"
)


def test_bare_doctype_opens(tmp_path):
    path = tmp_path / "bare.xml"
    path.write_text(_HEAD + "<!DOCTYPE Project>\n" + _BODY, encoding="utf-8")
    plan = read_mspdi(path)
    assert [t.name for t in plan.tasks] == ["Design"]


def test_bare_doctype_of_client_file_opens(shared_data, tmp_path):
    # a large file read by the plain-rows path, as the tester's doctype_plain.xml
    text = (shared_data / "mpp" / "Residential-Construction.xml").read_text(encoding="utf-8")
    at = text.index("?>") + 2
    path = tmp_path / "client.xml"
    path.write_text(text[:at] + "<!DOCTYPE Project>" + text[at:], encoding="utf-8")
    assert len(read_mspdi(path).tasks) > 100


@pytest.mark.parametrize(
    "doctype",
    [
        "<!DOCTYPE Project []>",  # an internal subset, even empty
        '<!DOCTYPE Project SYSTEM "file:///etc/passwd">',
        '<!DOCTYPE Project PUBLIC "-//x//y" "http://example.com/p.dtd">',
        '<!DOCTYPE Project [<!ENTITY a "lol">]>',
        '<!DOCTYPE Project [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_other_doctypes_still_refused(tmp_path, doctype):
    path = tmp_path / "hostile.xml"
    path.write_text(_HEAD + doctype + _BODY, encoding="utf-8")
    with pytest.raises(FileFormatError, match="refused: the file declares a DTD or entities"):
        read_mspdi(path)


def test_workbook_parts_follow_the_same_rule():
    check_declarations(b"<!DOCTYPE worksheet><worksheet/>")  # nothing declared: read
    with pytest.raises(DefusedXmlException):
        check_declarations(b'<!DOCTYPE w [<!ENTITY a "b">]><w>&a;</w>')
