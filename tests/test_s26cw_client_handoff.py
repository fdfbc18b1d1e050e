"""A client hand-off workbook: what the PM leaves out is in no sheet, not even _gantry.

An agency PM sends the plan to a client without internal rates, staff e-mails, risks or
notes (finding s26xa 2). Checked by reading the file back as a client would: the zip's
XML, openpyxl, calamine through Gantry's own reader, and the CLI.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from app import formats
from app.domain.merge import apply_changes, copy_plan, three_way
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import (
    CLIENT_HANDOFF,
    ExportChoice,
    PeopleShown,
    handoff_plan,
)
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
SECRET_NOTE = "Internal only: we bill this at cost plus 40"
IDLE_EMAIL = "nora.idle@agency.example"


def _plan() -> Plan:
    """The demo plan with a task note, a project note and a person on no task."""
    plan = formats.read_plan(DEMO)
    first = plan.tasks[3]
    plan.update_task(replace(first, notes=SECRET_NOTE))
    plan.set_project(replace(plan.project, notes="Margin target 35% (agency only)"))
    plan.add_resource(
        Resource(
            uid=plan.next_resource_uid(),
            name="Nora Idle",
            email=IDLE_EMAIL,
            role="Bench consultant",
            standard_rate=123.0,
        )
    )
    return plan


def _zip_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def _secrets(plan: Plan) -> list[str]:
    """Text that must not leave in a client hand-off."""
    out = [SECRET_NOTE, "Margin target", IDLE_EMAIL, "Nora Idle", "Bench consultant"]
    out += [r.email for r in plan.resources if r.email]
    names = " ".join(t.name for t in plan.tasks)  # 'Solution architect' of a task's name
    out += [r.role for r in plan.resources if r.role and r.role not in names]
    out += [r.title for r in plan.risks]
    for cal in plan.calendars.values():
        out += [e.name for e in cal.exceptions if e.name and "vacation" in e.name.lower()]
    return out


def test_s26cw_the_default_export_still_writes_every_sheet(tmp_path):
    plan = _plan()
    out = tmp_path / "full.xlsx"
    write_workbook(plan, out)
    book = load_workbook(out, read_only=True)
    names = book.sheetnames
    book.close()
    for sheet in ("Plan", "Gantt", "Budget", "Cash Flow", "Team", "Risks", "About", "_gantry"):
        assert sheet in names
    assert SECRET_NOTE in _zip_text(out)  # the full export carries the notes, as before


def test_s26cw_client_handoff_leaves_no_email_rate_risk_or_note_anywhere(tmp_path):
    plan = _plan()
    assert plan.risks
    assert any(r.email for r in plan.resources)
    out = tmp_path / "client.xlsx"
    write_workbook(plan, out, choice=CLIENT_HANDOFF)
    book = load_workbook(out)
    names = book.sheetnames
    header = [c.value for c in book["Plan"][1]]
    book.close()
    assert "Budget" not in names
    assert "Team" not in names
    assert "Risks" not in names
    assert "_gantry" in names  # the round trip is kept, without the secrets
    for title in ("Fixed cost", "Cost", "Notes"):
        assert title not in header
    text = _zip_text(out)
    leaked = [s for s in _secrets(plan) if s in text]
    assert leaked == []
    # every cell of every sheet, the hidden ones too, as calamine reads them
    book = CalamineWorkbook.from_path(str(out))
    cells = " ".join(
        str(v) for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python()
        for v in row
    )  # fmt: skip
    assert [s for s in _secrets(plan) if s in cells] == []
    assert SECRET_NOTE not in cells
    # the workbook as Gantry reads it back: names of the people on tasks, nothing else
    back = formats.read_plan(out)
    assert back.risks == []
    assert all(r.email == "" and r.role == "" and r.skills == () for r in back.resources)
    assert all(r.standard_rate == 0 and r.overtime_rate == 0 for r in back.resources)
    assert all(r.rate_tables == () for r in back.resources)
    assert "Nora Idle" not in {r.name for r in back.resources}
    assert all(t.notes == "" and t.fixed_cost == 0 for t in back.tasks)
    assert back.project.notes == ""
    on_tasks = {plan.resource(a.resource_uid).name for a in plan.assignments}
    assert {r.name for r in back.resources} == on_tasks


def test_s26cw_the_handoff_keeps_the_plans_dates(tmp_path):
    """Names only: a person's calendar goes unnamed, so their tasks keep the dates sent."""
    plan = _plan()
    sent = handoff_plan(plan, CLIENT_HANDOFF)
    from app.domain.scheduler import schedule

    ours, theirs = schedule(plan), schedule(sent)
    assert [ours.get(t.uid).finish for t in plan.tasks] == [
        theirs.get(t.uid).finish for t in plan.tasks
    ]
    out = tmp_path / "client.xlsx"
    write_workbook(plan, out, choice=CLIENT_HANDOFF)
    trip = read_roundtrip_workbook(out)
    # nothing edited: no change, and the note says what the workbook did not carry
    assert three_way(trip.base, trip.theirs, copy_plan(plan)) == []
    assert any("client hand-off" in n and "rates and costs" in n for n in trip.notes)
    assert not any("not taken" in n for n in trip.notes)  # no false Remaining Duration edits


def _edit_duration(path: Path, uid: int, text: str) -> None:
    """The client types a new Duration on a task's row, as in Excel."""
    book = load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    col_uid, col_duration = titles.index("UID") + 1, titles.index("Duration") + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, col_uid).value == uid:
            ws.cell(row, col_duration).value = text
            break
    else:
        raise AssertionError(f"no row for task {uid}")
    book.save(path)


def test_s26cw_taken_back_into_the_plan_it_keeps_rates_people_risks_and_notes(tmp_path):
    plan = _plan()
    out = tmp_path / "client.xlsx"
    write_workbook(plan, out, choice=CLIENT_HANDOFF)
    task = next(t for t in plan.tasks if plan.assignments_of_task(t.uid) and not t.milestone)
    _edit_duration(out, task.uid, "12d")
    trip = read_roundtrip_workbook(out)
    ours = copy_plan(plan)
    items = three_way(trip.base, trip.theirs, ours)
    assert [(i.change.entity, i.change.uid) for i in items] == [("task", task.uid)]
    apply_changes(ours, trip.theirs, [i.change for i in items])
    assert ours.task(task.uid).duration_minutes == 12 * plan.project.minutes_per_day
    # everything the workbook did not carry is the plan's own still
    assert ours.resources == plan.resources  # rates, e-mails, Nora on no task
    assert ours.risks == plan.risks
    assert ours.calendars == plan.calendars
    assert ours.project.notes == plan.project.notes
    assert ours.task(plan.tasks[3].uid).notes == SECRET_NOTE
    assert [a.cost for a in ours.assignments] == [a.cost for a in plan.assignments]


def test_s26cw_without_round_trip_data_the_rows_match_by_their_uids(tmp_path):
    plan = _plan()
    out = tmp_path / "plain.xlsx"
    write_workbook(plan, out, choice=replace(CLIENT_HANDOFF, roundtrip=False))
    book = load_workbook(out, read_only=True)
    assert "_gantry" not in book.sheetnames
    book.close()
    text = _zip_text(out)
    assert [s for s in _secrets(plan) if s in text] == []
    said: list[str] = []
    back = formats.read_plan(out, note=said.append)
    assert [t.uid for t in back.tasks] == [t.uid for t in plan.tasks]
    # the About sheet says what the workbook did not carry, and the read says it too
    assert any("client hand-off" in line and "rates and costs" in line for line in said)
    assert [t.name for t in back.tasks] == [t.name for t in plan.tasks]


@pytest.mark.parametrize(
    ("choice", "kept", "gone"),
    [
        (ExportChoice(people=PeopleShown.ON_TASKS), ["Team", "Budget", "Cash Flow", "Risks"], []),
        (ExportChoice(team=False, risks=False), ["Budget", "Cash Flow"], ["Team", "Risks"]),
        (ExportChoice(costs=False), ["Team", "Risks"], ["Budget", "Cash Flow"]),
    ],
)
def test_s26cw_each_part_is_left_out_on_its_own(tmp_path, choice, kept, gone):
    plan = _plan()
    out = tmp_path / "part.xlsx"
    write_workbook(plan, out, choice=choice)
    book = load_workbook(out, read_only=True)
    names = book.sheetnames
    book.close()
    assert all(s in names for s in kept)
    assert not any(s in names for s in gone)
    back = formats.read_plan(out)
    if choice.people is PeopleShown.ON_TASKS:
        assert "Nora Idle" not in {r.name for r in back.resources}
        assert IDLE_EMAIL not in _zip_text(out)
        # the others keep their rates: a PM chose to send them
        assert any(r.standard_rate > 0 for r in back.resources)
    if not choice.costs:
        assert all(r.standard_rate == 0 and r.cost_per_use == 0 for r in back.resources)
        assert all(r.impact == 0 and r.contingency == 0 for r in back.risks)
        book = load_workbook(out, read_only=True)
        rows = list(book["Risks"].iter_rows(min_row=1, values_only=True))
        book.close()
        impact = rows[0].index("Impact")
        assert all(row[impact] is None for row in rows[1:])  # no money in the register
        assert IDLE_EMAIL in _zip_text(out)  # everyone else still goes, as chosen
    if not choice.risks:
        assert back.risks == []


def _gantry(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, check=False
    )


def test_s26cw_cli_client_preset_and_options(tmp_path):
    source = tmp_path / "A.gantry"
    formats.write_plan(_plan(), source)
    out = tmp_path / "A.xlsx"
    done = _gantry("convert", str(source), str(out), "--client", "--no-risks")
    assert done.returncode == 0, done.stderr
    text = _zip_text(out)
    assert SECRET_NOTE not in text
    assert IDLE_EMAIL not in text
    assert "Bench consultant" not in text
    info = _gantry("info", str(out))
    assert info.returncode == 0, info.stderr
    # written --no-risks: the workbook says nothing of the plan's risks (not "0")
    assert "Risks:          not in this workbook" in info.stdout
    assert "client hand-off" in info.stderr
    plain = tmp_path / "B.xlsx"
    done = _gantry(
        "convert", str(source), str(plain), "--no-team", "--no-costs", "--no-risks",
        "--no-notes", "--people", "on-tasks", "--no-roundtrip",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _zip_text(plain)
    assert SECRET_NOTE not in text
    assert IDLE_EMAIL not in text
    assert "_gantry" not in text


@pytest.mark.parametrize(
    ("output", "option"),
    [
        ("A.pdf", "--no-costs"),
        ("A.csv", "--no-team"),  # a .csv takes --client, --no-costs, --no-notes (s26ex)
        ("A.gantry", "--people"),
        ("A.png", "--no-notes"),
    ],
)
def test_s26cw_workbook_options_for_another_output_are_refused(tmp_path, output, option):
    args = [option, "names"] if option == "--people" else [option]
    done = _gantry("convert", str(DEMO), str(tmp_path / output), *args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert option in lines[0]
    assert ".xlsx" in lines[0]
    assert not (tmp_path / output).exists()
