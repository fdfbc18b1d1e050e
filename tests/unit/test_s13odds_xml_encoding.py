"""An XML plan that declares ISO-8859-1 but was written as UTF-8 (a tool that copied the
declaration, a hand edit) reads with its accented names intact, and the user is told."""

from __future__ import annotations

import re

import pytest

from app import formats
from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.io.xml_safety import mislabelled_utf8

_NAMES = ("Réunion de lancement", "Prüfung", "Ålesund")
_PEOPLE = ("José Núñez", "Zoë Brontë")


def _plan() -> Plan:
    plan = Plan(project=Project(name="Équipe"))
    for uid, name in enumerate(_NAMES, start=1):
        plan.append_task(Task(uid, name, duration_minutes=480))
    for uid, name in enumerate(_PEOPLE, start=1):
        plan.add_resource(Resource(uid, name))
    return plan


def _declaring(tmp_path, ext: str, encoding: str, as_bytes: str) -> object:
    """The plan written as ``ext``, its declaration saying ``encoding``, its text in ``as_bytes``."""
    written = tmp_path / f"written{ext}"
    formats.write_plan(_plan(), written)
    text = written.read_text(encoding="utf-8")
    text, n = re.subn(r"encoding=['\"][^'\"]*['\"]", f'encoding="{encoding}"', text, count=1)
    assert n == 1
    path = tmp_path / f"client{ext}"
    path.write_bytes(text.encode(as_bytes, "xmlcharrefreplace"))  # the euro sign: &#8364;
    return path


def _names(plan: Plan) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(t.name for t in plan.tasks), tuple(r.name for r in plan.resources)


@pytest.mark.parametrize("ext", [".xml", ".gan"])
@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1252", "iso-8859-15"])
def test_utf8_text_under_a_legacy_declaration_reads_as_utf8(tmp_path, ext, declared):
    path = _declaring(tmp_path, ext, declared, "utf-8")
    assert _names(formats.read_plan(path)) == (_NAMES, _PEOPLE)
    assert mislabelled_utf8(path) == (
        f"client{ext} declares {declared} but its text is UTF-8; read it as UTF-8"
    )


@pytest.mark.parametrize("ext", [".xml", ".gan"])
def test_a_true_latin1_file_reads_as_declared(tmp_path, ext):
    path = _declaring(tmp_path, ext, "ISO-8859-1", "latin-1")
    assert _names(formats.read_plan(path)) == (_NAMES, _PEOPLE)
    assert mislabelled_utf8(path) == ""


def test_plain_utf8_and_ascii_files_are_not_remarked(tmp_path):
    utf8 = _declaring(tmp_path, ".xml", "UTF-8", "utf-8")
    assert mislabelled_utf8(utf8) == ""
    ascii_path = tmp_path / "ascii.xml"
    ascii_path.write_bytes(utf8.read_bytes().decode("utf-8").encode("ascii", "replace"))
    ascii_path.write_bytes(ascii_path.read_bytes().replace(b"'UTF-8'", b"'ISO-8859-1'", 1))
    assert mislabelled_utf8(ascii_path) == ""


def test_the_command_line_says_it_once_and_prints_the_names(tmp_path, capsys):
    path = _declaring(tmp_path, ".xml", "ISO-8859-1", "utf-8")
    assert main(["schedule", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "gantry: note: client.xml declares ISO-8859-1 but its text is UTF-8; read it as UTF-8\n"
    )
    for name in _NAMES:
        assert name in captured.out
    assert "Ã" not in captured.out
