"""A client's MS Project XML holding one enormous text (s26xb H2): read, cut, and said.

A 50 MB <Name> took three minutes to read (the row reader searched and copied its
growing buffer once per 64 KB read); now the read is linear (tests/bench/
test_bench_s26xh_huge_element.py) and a text past what MS Project keeps is cut with a note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.io import xml_safety
from app.io.mspdi import read_mspdi
from app.io.mspdi_long_texts import NAME_LIMIT, NOTES_LIMIT
from app.io.xml_safety import _WINDOW

NS = "http://schemas.microsoft.com/project"


def _task(uid: int, name: str, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{extra}</Task>"
    )


def _file(tmp_path: Path, *tasks: str, name: str = "client.xml") -> Path:
    path = tmp_path / name
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>"
        + "".join(tasks)
        + "</Tasks><Resources><Resource><UID>1</UID><Name>Ana</Name></Resource></Resources>"
        "</Project>",
        encoding="utf-8",
    )
    return path


def _link(uid: int) -> str:
    return f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID></PredecessorLink>"


def test_a_name_of_millions_of_characters_is_cut_and_said(tmp_path):
    # the row spans many of the reader's pieces, and the rows around it are read as ever
    huge = "C" * (40 * _WINDOW + 7)
    path = _file(tmp_path, _task(1, "Scope"), _task(2, huge, _link(1)), _task(3, "Build", _link(2)))
    said: list[str] = []
    plan = read_mspdi(path, warn=said.append)
    name = plan.task(2).name
    assert len(name) == NAME_LIMIT
    assert name == "C" * (NAME_LIMIT - 1) + "\u2026"  # shows it was cut
    assert [t.name for t in plan.tasks if t.uid != 2] == ["Scope", "Build"]
    assert [link.key for link in plan.links] == [(1, 2), (2, 3)]
    assert [r.name for r in plan.resources] == ["Ana"]  # what follows the tasks is read
    assert said == [
        "client.xml: 1 text longer than MS Project keeps is cut (names to 512, notes to "
        f"65,535 characters; the first: task 2's <Name> holds {len(huge):,} characters, "
        "kept to 512): a damaged or generated file?"
    ]


def test_texts_within_the_limits_are_kept_whole(tmp_path):
    name = "N" * NAME_LIMIT  # the schema's maxLength
    notes = "line\n" * (NOTES_LIMIT // 5 - 1) + "last!"
    assert len(notes) == NOTES_LIMIT
    path = _file(tmp_path, _task(1, name, f"<Notes>{notes}</Notes>"))
    said: list[str] = []
    plan = read_mspdi(path, warn=said.append)
    assert plan.task(1).name == name
    assert plan.task(1).notes == notes
    assert said == []


def test_notes_past_the_limit_are_cut_and_counted_with_the_name(tmp_path):
    notes = "n" * (NOTES_LIMIT + 1)
    path = _file(
        tmp_path,
        _task(1, "Scope", f"<Notes>{notes}</Notes>"),
        _task(2, "x" * (NAME_LIMIT + 1)),
    )
    said: list[str] = []
    plan = read_mspdi(path, warn=said.append)
    assert len(plan.task(1).notes) == NOTES_LIMIT
    assert plan.task(1).notes.endswith("n\u2026")
    assert len(plan.task(2).name) == NAME_LIMIT
    assert said[0].startswith("client.xml: 2 texts longer than MS Project keeps are cut")
    assert "the first: task 1's <Notes> holds 65,536 characters, kept to 65,535" in said[0]


@pytest.mark.parametrize("command", ["info", "convert"])
def test_the_command_line_opens_it_and_says_the_cut(tmp_path, capsys, command):
    path = _file(tmp_path, _task(1, "Q" * 2_000_000))
    args = [command, str(path)] + ([str(tmp_path / "out.gantry")] if command == "convert" else [])
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "task 1's <Name> holds 2,000,000 characters, kept to 512" in err
    assert "Traceback" not in err
    if command == "convert":
        plan = read_mspdi(path)
        assert len(plan.task(1).name) == NAME_LIMIT


def test_a_resource_name_of_millions_is_not_copied_into_its_notes(tmp_path):
    path = tmp_path / "team.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>" + _task(1, "Scope") + "</Tasks>"
        f"<Resources><Resource><UID>1</UID><Name>{'R' * 3_000_000}</Name></Resource>"
        "</Resources></Project>",
        encoding="utf-8",
    )
    (person,) = read_mspdi(path).resources
    assert person.name == "R" * 255
    assert person.notes == (
        "Named with 3,000,000 characters in the MS Project file; trimmed to the first 255, "
        "the longest name a person can have."
    )


@pytest.mark.parametrize("back", range(1, 10))
def test_end_tags_split_between_two_reads_are_found(tmp_path, monkeypatch, back):
    # the row reader searches only the bytes it has not seen: a </Task> or </Tasks> cut in
    # two by a read's end must still be found there (reads end at multiples of 64 KB here),
    # not left to the whole file's second, ordinary parse
    plain = xml_safety._plain_parse
    found = []
    monkeypatch.setattr(xml_safety, "_plain_parse", lambda *a: found.append(plain(*a)) or found[-1])

    def text(pad: int) -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
            "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>"
            + _task(1, "A" * pad)
            + _task(2, "B", _link(1))
            + "</Tasks></Project>"
        )

    boundary = 2 * _WINDOW
    for tag in ("</Tasks>", "</Task></Tasks>"):
        pad = boundary + (boundary - back) - text(boundary).index(tag)
        assert text(pad).index(tag) == boundary - back
        path = tmp_path / "split.xml"
        path.write_text(text(pad), encoding="utf-8")
        plan = read_mspdi(path)
        assert found.pop() is not None  # read by the row reader
        assert [t.name[:3] for t in plan.tasks] == ["AAA", "B"]
        assert [link.key for link in plan.links] == [(1, 2)]
