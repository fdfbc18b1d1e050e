"""The hyperlink value's checks, and the .gantry store's hardening: a lone surrogate no
longer fails a write (saved as U+FFFD, said), and an older file's aliases and Text values
past today's limits are cut on load, said."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from app import formats
from app.cli import main
from app.domain.custom_fields import ALIAS_LIMIT, TEXT_LIMIT, CustomField
from app.domain.errors import InputError
from app.domain.hyperlinks import Hyperlink, hyperlink
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan

HALF = "\ud800"


# ------------------------------------------------------------------ the hyperlink value


@pytest.mark.parametrize(
    "address",
    [
        "http://example.com",
        "HTTPS://example.com/a?b=1#c",
        "mailto:pm@example.com",
        "file:///C:/plans/spec.docx",
        "docs/spec.pdf",
        "../shared/plan.xlsx",
        r"C:\plans\spec.docx",
        r"\\server\share\spec.docx",
        "www.example.com",
    ],
)
def test_addresses_gantry_opens(address):
    link = hyperlink("", f"  {address} ")
    assert link == Hyperlink("", address)


@pytest.mark.parametrize(
    ("address", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        (" JavaScript:alert(1)", "javascript"),
        ("data:text/html,<b>x</b>", "data"),
        ("vbscript:msgbox(1)", "vbscript"),
        ("ms-msdt:/id", "ms-msdt"),
    ],
)
def test_other_schemes_are_refused_with_one_message(address, scheme):
    with pytest.raises(InputError) as err:
        hyperlink("Click", address, shown="Task 3")
    assert str(err.value).startswith("Task 3: the address ")
    assert f"is a {scheme}: link, which Gantry does not open" in str(err.value)


def test_limits_and_parts():
    assert hyperlink("", "", "") is None
    assert hyperlink("", "", "Sheet1!A1") == Hyperlink("", "", "Sheet1!A1")
    with pytest.raises(InputError, match="give an address"):
        hyperlink("Spec", "")
    with pytest.raises(InputError, match="at most 255"):
        hyperlink("x" * 256, "http://a")
    with pytest.raises(InputError, match="at most 2,048"):
        hyperlink("", "http://a/" + "x" * 2048)
    with pytest.raises(InputError, match="U\\+0007"):
        hyperlink("", "http://a/\x07")
    with pytest.raises(InputError, match="U\\+D800"):
        hyperlink(f"Spec{HALF}", "http://a")
    link = Hyperlink("Spec", "http://a", "b")
    assert (str(link), link.shown, link.target) == ("Spec <http://a#b>", "Spec", "http://a#b")
    assert str(Hyperlink("", "http://a")) == "http://a"


# ------------------------------------------------------------------ lone surrogates


def _plan() -> Plan:
    plan = Plan(project=Project(name="Half", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, f"Design{HALF}", notes=f"a{HALF}b{HALF}"))
    plan.append_task(Task(2, "Build", custom=(("Text1", f"x{HALF}"),)))
    plan.add_resource(Resource(1, f"Ana{HALF}"))
    return plan


def test_a_lone_surrogate_is_saved_as_the_replacement_character(tmp_path):
    path = tmp_path / "half.gantry"
    plan = _plan()
    write_plan(plan, path)
    back = read_plan(path)
    assert back.task(1).name == "Design\ufffd"
    assert back.task(1).notes == "a\ufffdb\ufffd"
    assert back.task(2).custom == (("Text1", "x\ufffd"),)
    assert back.resources[0].name == "Ana\ufffd"
    assert formats.not_kept(plan, ".gantry") == [
        ".gantry cannot hold half a character pair (pasted from another tool?): 5 characters "
        "saved as \ufffd, the first in task 1"
    ]
    assert formats.not_kept(back, ".gantry") == []


def test_an_edit_holding_one_is_written_at_once(tmp_path):
    path = tmp_path / "half.gantry"
    write_plan(Plan(project=Project(name="Half", start=datetime(2026, 1, 5, 8, 0))), path)
    with GantryFile.open(path) as file:
        file.plan.append_task(Task(1, "Design"))
        file.plan.update_task(replace(file.plan.task(1), name=f"Des{HALF}ign"))
        assert file.plan.task(1).name == f"Des{HALF}ign"  # the window keeps what was typed
    assert read_plan(path).task(1).name == "Des\ufffdign"


def test_csv_writes_one_too_and_says_it(tmp_path):
    path = tmp_path / "half.csv"
    plan = _plan()
    formats.write_plan(plan, path)
    assert formats.read_plan(path).tasks[0].name == "Design"
    assert any("left out" in line for line in formats.not_kept(plan, ".csv"))


# ------------------------------------------------------------------ older files past the limits


def _old_file(tmp_path):
    path = tmp_path / "old.gantry"
    plan = Plan(project=Project(name="Old", start=datetime(2026, 1, 5, 8, 0)))
    plan.project = replace(plan.project, custom_fields=(CustomField("Text1", "Owner"),))
    plan.append_task(Task(1, "Design", custom=(("Text1", "Ana"), ("Number1", 3.0))))
    plan.append_task(Task(2, "Build", custom=(("Text1", "Bo"),)))
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE custom_fields SET alias = ? WHERE name = 'Text1'", ("O" * 80,))
    conn.execute("UPDATE task_custom SET value = ? WHERE field = 'Text1'", ("v" * 400,))
    conn.commit()
    conn.close()
    return path


def test_an_older_files_long_texts_are_cut_on_load_and_said(tmp_path):
    path = _old_file(tmp_path)
    said: list[str] = []
    plan = formats.read_plan(path, note=said.append)
    alias = plan.project.custom_fields[0].alias
    assert len(alias) == ALIAS_LIMIT
    assert alias.endswith("\u2026")
    values = [dict(t.custom)["Text1"] for t in plan.tasks]
    assert [len(v) for v in values] == [TEXT_LIMIT, TEXT_LIMIT]
    assert dict(plan.tasks[0].custom)["Number1"] == 3.0
    assert said == [
        "old.gantry: the name of Text1 is cut to 50 characters (MS Project's limit; the file "
        "holds a longer one)",
        "old.gantry: 2 Text values longer than 255 characters are cut to 255 (the first: "
        "Text1 of task 1)",
    ]


def test_gantry_info_says_it(tmp_path, capsys):
    path = _old_file(tmp_path)
    assert main(["info", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.count("gantry: note: old.gantry:") == 2


def test_a_file_within_the_limits_says_nothing(tmp_path, capsys):
    path = tmp_path / "fine.gantry"
    plan = Plan(project=Project(name="Fine", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design", custom=(("Text1", "v" * TEXT_LIMIT),)))
    write_plan(plan, path)
    with GantryFile.open(path, read_only=True) as file:
        assert file.notes == []
        assert file.plan.task(1).custom == (("Text1", "v" * TEXT_LIMIT),)
