"""Control characters pasted into a plan's texts (U+0001, a PowerPoint line break U+000B,
a lone surrogate...) never make a file no reader opens: .gan, MS Project XML, the
workbook and CSV leave them out, and the save says how many and where the first was."""

from __future__ import annotations

import dataclasses
import zipfile
from dataclasses import replace
from datetime import datetime
from xml.etree import ElementTree

import pytest

from app import formats
from app.domain import baseline, calendar, custom_fields, project, resource, risk, task
from app.domain.calendar import standard_calendar
from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.io.safe_text import _NESTED, TEXT_FIELDS, left_out, safe_plan

# Every class of character XML 1.0 cannot hold: C0 controls but tab, LF and CR (their
# ends and the usual suspects), lone surrogates of both halves, and the two non-characters.
NOT_HELD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ud800", "\udfff"]
NOT_HELD += ["\ufffe", "\uffff"]
WRITERS = [".gan", ".xml", ".xlsx", ".csv"]


def _plan(ch: str) -> Plan:
    plan = Plan(project=Project(name=f"Roll{ch}out", start=datetime(2026, 1, 5, 8), notes=f"n{ch}"))
    plan.put_calendar(replace(standard_calendar(1), name=f"Std{ch}"))
    plan.append_task(
        Task(
            1,
            f"Design{ch}",
            duration_minutes=480,
            notes=f"line one{ch}line two\ttabbed\nnext",
            custom=(("Text1", f"Ana{ch}"),),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=480))
    plan.add_resource(Resource(1, f"Ben{ch}", notes=f"r{ch}"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480, notes=f"a{ch}"))
    plan.set_custom_field(CustomField("Text1", f"Owner{ch}"))
    plan.add_risk(Risk(1, f"Late{ch}"))
    return plan


PLACES = 11  # the texts _plan puts the character in


def _parses(path) -> None:
    """Expat, strict as every XML reader is, takes each XML part of the file."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    ElementTree.fromstring(z.read(name))
    elif path.suffix in (".gan", ".xml"):
        ElementTree.parse(path)


@pytest.mark.parametrize("ext", WRITERS)
@pytest.mark.parametrize("ch", NOT_HELD, ids=lambda c: f"U+{ord(c):04X}")
def test_each_writer_leaves_the_character_out_and_the_file_reads_back(tmp_path, ext, ch):
    plan = _plan(ch)
    path = tmp_path / f"plan{ext}"
    formats.write_plan(plan, path)
    _parses(path)
    back = formats.read_plan(path)
    # The workbook's cells leave it out, its snapshot keeps it: reading our own workbook
    # back gives the plan as it was.
    kept = ch if ext == ".xlsx" else ""
    names = [t.name for t in back.tasks]
    assert f"Design{kept}" in names
    design = back.tasks[names.index(f"Design{kept}")]
    if ext != ".csv":  # the CSV keeps no notes with tabs and lines as such
        notes = design.notes.replace("\r\n", "\n")
        assert f"line one{kept}line two\ttabbed\nnext" in notes
    assert dict(design.custom).get("Text1") == f"Ana{kept}"
    assert plan.task(1).name == f"Design{ch}"  # the plan itself keeps what the user typed


@pytest.mark.parametrize("ext", [".gan", ".xml", ".csv"])
def test_the_save_says_how_many_were_left_out_and_where_the_first_was(ext):
    lines = formats.not_kept(_plan("\x0b"), ext)
    said = [line for line in lines if "control characters" in line]
    assert len(said) == 1
    assert f"{PLACES} characters left out" in said[0]
    assert "the first in task 1 'Design' (name)" in said[0]
    assert ext in said[0]


@pytest.mark.parametrize("ch", ["\x0b", "\ud800"], ids=["U+000B", "U+D800"])
def test_the_workbooks_cells_show_the_text_without_it(tmp_path, ch):
    from openpyxl import load_workbook

    path = tmp_path / "client.xlsx"
    formats.write_plan(_plan(ch), path)
    book = load_workbook(path, read_only=True)
    cells = [c for row in book["Plan"].iter_rows(values_only=True) for c in row]
    book.close()
    assert "Design" in cells
    assert not [c for c in cells if isinstance(c, str) and ch in c]


def test_a_workbook_keeps_them_in_its_snapshot_so_says_nothing():
    assert not [line for line in formats.not_kept(_plan("\x0b"), ".xlsx") if "control" in line]


def test_a_clean_plan_is_written_as_it_is_and_nothing_is_said():
    plan = _plan("")
    assert safe_plan(plan) is plan
    assert left_out(plan) is None
    assert not [line for line in formats.not_kept(plan, ".xml") if "control" in line]


def test_one_character_is_named_where_it_is():
    plan = _plan("")
    plan.update_task(replace(plan.task(2), notes="pasted\x01"))
    found = left_out(plan)
    assert found is not None
    assert (found.count, found.first) == (1, "task 2 'Build' (notes)")
    clean = safe_plan(plan)
    assert clean.task(2).notes == "pasted"
    assert clean.task(1) is plan.task(1)  # the untouched values are shared


def _str_fields(cls) -> set[str]:
    return {
        f.name
        for f in dataclasses.fields(cls)
        if f.type in ("str", "str | None", "tuple[str, ...]") or f.name == "custom"
    }


def test_every_text_field_of_a_plan_is_looked_at():
    """A text field added to the domain later must be added to safe_text too."""
    ids = {
        (custom_fields.CustomField, "name"),  # a field id (Text1), not typed text
        # a material's rate is per one of a few known scales ("h", "d", "w": 4baa9823), which
        # every reader maps from a code or refuses, so it never holds a file's own text
        (resource.Assignment, "rate_scale"),
    }
    for module in (project, task, resource, calendar, risk, baseline, custom_fields):
        for obj in vars(module).values():
            if not (dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__):
                continue
            if obj is resource.Renamed:  # a reader's report, never written
                continue
            covered = set(TEXT_FIELDS.get(obj, ())) | {n for n, _ in _NESTED.get(obj, ())}
            missing = {n for n in _str_fields(obj) - covered if (obj, n) not in ids}
            assert not missing, f"{obj.__name__}: {missing}"
