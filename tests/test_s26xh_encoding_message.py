"""A byte not in the encoding an XML declares is said as that (s26xb L1), and a file that
is not well-formed says "not well-formed" once."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi

HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
BODY = (
    b'<Project xmlns="http://schemas.microsoft.com/project">\n'
    b"    <SaveVersion>14</SaveVersion>\n"
    b"    <Name>Caf\xe9 project</Name>\n"
    b"    <Tasks/>\n"
    b"</Project>\n"
)


def _refusal(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_mspdi(path)
    return str(caught.value)


def test_a_windows_1252_byte_in_a_utf8_file_is_named_with_its_place(tmp_path):
    path = tmp_path / "latin1.xml"
    path.write_bytes(HEAD + BODY)
    assert _refusal(path) == (
        "latin1.xml: byte 0xE9 at line 4, column 13 is not UTF-8, as the file declares; "
        "was it saved as Windows-1252 (or another encoding)?"
    )


def test_without_a_declaration_it_says_xml_is_utf8_then(tmp_path, capsys):
    path = tmp_path / "bare.xml"
    path.write_bytes(BODY)
    assert main(["info", str(path)]) == 1
    assert capsys.readouterr().err == (
        "gantry: bare.xml: byte 0xE9 at line 3, column 13 is not UTF-8, as XML without a "
        "declaration is; was it saved as Windows-1252 (or another encoding)?\n"
    )


def test_the_same_byte_in_a_file_declared_windows_1252_is_read(tmp_path):
    path = tmp_path / "cp.xml"
    path.write_bytes(HEAD.replace(b"UTF-8", b"windows-1252") + BODY)
    assert read_mspdi(path).project.name == "Caf\xe9 project"


def test_other_damage_says_not_well_formed_once(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(HEAD + BODY.replace(b"Caf\xe9", b"Caf<"))
    assert _refusal(path) == "bad.xml: not well-formed XML (invalid token: line 4, column 14)"
