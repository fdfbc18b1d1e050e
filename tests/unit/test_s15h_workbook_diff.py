"""Task hyperlinks in the client workbook (a real Excel hyperlink cell, read back when the
client edits its text) and in ``gantry diff``."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.hyperlinks import Hyperlink
from app.domain.merge import apply_changes, copy_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook

LINK = Hyperlink("Spec", "https://example.com/spec", "part-2")
NOW = datetime(2026, 1, 2, 9, 30)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Links", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design", hyperlink=LINK))
    plan.append_task(Task(2, "Build"))
    plan.append_task(Task(3, "Mail", hyperlink=Hyperlink("", "mailto:pm@example.com")))
    return plan


def _column(ws, title: str) -> int:
    header = [c.value for c in ws[1]]
    return header.index(title) + 1


def test_the_plan_sheet_has_a_real_hyperlink_cell(tmp_path):
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=NOW)
    ws = openpyxl.load_workbook(path)["Plan"]
    col = _column(ws, "Hyperlink")
    cell = ws.cell(row=2, column=col)
    assert cell.value == "Spec"
    assert cell.hyperlink is not None
    assert cell.hyperlink.target == "https://example.com/spec"
    assert cell.hyperlink.location == "part-2"
    assert ws.cell(row=3, column=col).value is None
    mail = ws.cell(row=4, column=col)
    assert mail.value == "mailto:pm@example.com"
    assert mail.hyperlink.target == "mailto:pm@example.com"


def test_a_plan_without_hyperlinks_has_no_column(tmp_path):
    plan = _plan()
    for t in list(plan.tasks):
        plan.update_task(replace(t, hyperlink=None))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=NOW)
    ws = openpyxl.load_workbook(path)["Plan"]
    assert "Hyperlink" not in [c.value for c in ws[1]]


def test_an_untouched_workbook_changes_nothing(tmp_path):
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=NOW)
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
    assert [t.hyperlink for t in trip.theirs.tasks] == [t.hyperlink for t in plan.tasks]


def test_the_clients_edits_come_back_as_one_change_each(tmp_path):
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=NOW)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = _column(ws, "Hyperlink")
    ws.cell(row=2, column=col).value = "Specification"  # the text shown, same address
    ws.cell(row=3, column=col).value = "https://example.com/build"  # a new link
    ws.cell(row=4, column=col).value = None  # removed
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field) for c in changes] == [
        (1, "hyperlink"),
        (2, "hyperlink"),
        (3, "hyperlink"),
    ]
    ours = copy_plan(plan)
    apply_changes(ours, trip.theirs, changes)
    assert ours.task(1).hyperlink == Hyperlink("Specification", LINK.address, LINK.sub_address)
    assert ours.task(2).hyperlink == Hyperlink("", "https://example.com/build")
    assert ours.task(3).hyperlink is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [("javascript:alert(1)", "javascript: link"), ("see the wiki", "is no address")],
)
def test_a_bad_cell_is_refused_naming_it(tmp_path, typed, said):
    path = tmp_path / "client.xlsx"
    write_plan(_plan(), path, now=NOW)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    col = _column(ws, "Hyperlink")
    ws.cell(row=3, column=col).value = typed
    wb.save(path)
    from app.domain.errors import FileFormatError

    with pytest.raises(FileFormatError) as err:
        read_roundtrip_workbook(path)
    letter = openpyxl.utils.get_column_letter(col)
    assert f"Plan!{letter}3" in str(err.value)
    assert said in str(err.value)


def test_gantry_diff_shows_a_changed_hyperlink(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.xml"
    plan = _plan()
    write_plan(plan, old)
    plan.update_task(replace(plan.task(1), hyperlink=Hyperlink("Spec", "https://example.com/v2")))
    write_plan(plan, new)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert changes == [
        {
            "entity": "task",
            "uid": 1,
            "name": "Design",
            "kind": "changed",
            "field": "hyperlink",
            "old": "Spec <https://example.com/spec#part-2>",
            "new": "Spec <https://example.com/v2>",
            "id": 1,  # s27di: its row, beside its uid
        }
    ]


def test_the_same_plan_in_every_format_that_keeps_links_diffs_empty(tmp_path):
    plan = _plan()
    paths = [tmp_path / f"p.{ext}" for ext in ("gantry", "xml", "xlsx")]
    for p in paths:
        write_plan(plan, p, now=NOW)
    plans = [read_plan(p) for p in paths]
    for other in plans[1:]:
        assert diff_plans(plans[0], other) == []
        assert [t.hyperlink for t in other.tasks] == [t.hyperlink for t in plan.tasks]


# .gan keeps the address as the task's webLink (tests/unit/test_s15k_gan_weblink.py)
@pytest.mark.parametrize("ext", [".csv"])
def test_formats_without_hyperlinks_say_they_leave_them_out(tmp_path, capsys, ext):
    source = tmp_path / "links.gantry"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(tmp_path / f"links{ext}")]) == 0
    err = capsys.readouterr().err
    assert f"{ext} keeps no hyperlinks: 2 task hyperlinks not saved (the first on 'Design')" in err
    plain = tmp_path / "plain.gantry"
    plan = _plan()
    for t in list(plan.tasks):
        plan.update_task(replace(t, hyperlink=None))
    write_plan(plan, plain)
    assert main(["convert", str(plain), str(tmp_path / f"plain{ext}")]) == 0
    assert "hyperlink" not in capsys.readouterr().err


def test_a_custom_field_named_hyperlink_keeps_its_own_column(tmp_path):
    from app.domain.custom_fields import CustomField

    plan = _plan()
    plan.project = replace(plan.project, custom_fields=(CustomField("Text1", "Hyperlink"),))
    plan.update_task(replace(plan.task(2), custom=(("Text1", "see wiki"),)))
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=NOW)
    trip = read_roundtrip_workbook(path)
    assert diff_plans(trip.base, trip.theirs) == []
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    col = len(header) - header[::-1].index("Hyperlink")  # the link column is the last
    ws.cell(row=2, column=col).value = "https://example.com/v3"
    wb.save(path)
    trip = read_roundtrip_workbook(path)
    changes = diff_plans(trip.base, trip.theirs)
    assert [(c.uid, c.field) for c in changes] == [(1, "hyperlink")]
    assert dict(trip.theirs.task(2).custom) == {"Text1": "see wiki"}
