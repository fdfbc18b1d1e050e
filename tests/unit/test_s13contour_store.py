"""Work contours and assignment notes kept in .gantry files (schema v10) and MS Project XML;
v9 files read as Flat without notes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.assets import resource_path
from app.domain.contours import WorkContour
from app.domain.errors import FileFormatError
from app.formats import read_plan as read_any
from app.formats import write_plan as write_any
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION


def _demo():
    return read_plan(resource_path("demo", "crm-rollout.gantry"))


def _contoured(plan):
    """The demo with its first three assignments Back Loaded, Bell and Contoured."""
    for a, contour in zip(
        plan.assignments[:3],
        (WorkContour.BACK_LOADED, WorkContour.BELL, WorkContour.CONTOURED),
        strict=True,
    ):
        plan.update_assignment(replace(a, contour=contour))
    first = plan.assignments[0]
    plan.update_assignment(
        replace(first, notes="Ramps up after the vendor demo;\nsee <spec> & notes")
    )
    return plan


def test_contours_are_written_and_read_back(tmp_path):
    plan = _contoured(_demo())
    path = tmp_path / "shaped.gantry"
    write_plan(plan, path)
    back = read_plan(path)
    assert [a.contour for a in back.assignments[:4]] == [
        WorkContour.BACK_LOADED,
        WorkContour.BELL,
        WorkContour.CONTOURED,
        WorkContour.FLAT,
    ]
    assert back.assignments[0].notes == "Ramps up after the vendor demo;\nsee <spec> & notes"
    assert back == plan


def test_an_edit_of_the_contour_is_in_the_file_at_once(tmp_path):
    path = tmp_path / "edits.gantry"
    GantryFile.create(path, _demo()).close()
    with GantryFile.open(path) as file:
        a = file.plan.assignments[1]
        file.plan.update_assignment(replace(a, contour=WorkContour.TURTLE))
        assert read_plan(path).assignment(a.uid).contour is WorkContour.TURTLE


def test_a_v9_file_opens_with_every_assignment_flat(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_demo(), path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE assignments DROP COLUMN contour")
    conn.execute("ALTER TABLE assignments DROP COLUMN notes")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.assignments
        assert {a.contour for a in file.plan.assignments} == {WorkContour.FLAT}
        assert {a.notes for a in file.plan.assignments} == {""}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 10
    conn.close()


def test_mspdi_and_back_keeps_the_contours(tmp_path):
    plan = _contoured(_demo())
    xml = tmp_path / "shaped.xml"
    write_any(plan, xml)
    text = xml.read_text(encoding="utf-8")
    assert "<WorkContour>1</WorkContour>" in text
    assert "<WorkContour>6</WorkContour>" in text
    assert "<WorkContour>8</WorkContour>" in text
    back = read_any(xml)
    got = {a.uid: a.contour for a in back.assignments}
    assert got == {a.uid: a.contour for a in plan.assignments}
    assert {a.uid: a.notes for a in back.assignments} == {a.uid: a.notes for a in plan.assignments}
    again = tmp_path / "again.gantry"
    write_any(back, again)
    assert {a.uid: a.contour for a in read_any(again).assignments} == got


def _with_contour(source, code: str):
    text = source.read_text(encoding="utf-8")
    return text.replace("<WorkContour>1</WorkContour>", f"<WorkContour>{code}</WorkContour>", 1)


def test_an_unknown_contour_code_is_refused_naming_the_element(tmp_path, shared_data):
    source = shared_data / "mspdi" / "mspditimephasedsegments.xml"
    bad = tmp_path / "bad.xml"
    bad.write_text(_with_contour(source, "9"), encoding="utf-8")
    with pytest.raises(FileFormatError) as err:
        read_any(bad)
    message = str(err.value)
    assert "<WorkContour> 9" in message
    assert "UID 22" in message  # the Back Loaded assignment whose code was changed
    bad.write_text(_with_contour(source, "late"), encoding="utf-8")
    with pytest.raises(FileFormatError, match="WorkContour"):
        read_any(bad)
