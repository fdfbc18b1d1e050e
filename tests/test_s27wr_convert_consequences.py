"""``gantry convert`` of a client's returned hand-off says what the client typed and what it does.

The window's Import review now shows a Finish the client typed as typed, with the longer
duration it becomes, and what taking the changes does to the finish, work and cost. The
command line takes a returned workbook back with ``gantry convert``: its notes say the
same (MS Project's Software Development Plan, the tester's case: "Develop code" finishing
a week later, "Develop user manuals" starting 2013-04-01).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from app.cli import main
from app.formats import read_plan

CODE, MANUALS = "Develop code", "Develop user manuals"


def _handoff(source: Path, tmp_path: Path) -> Path:
    plan = tmp_path / "plan.gantry"
    assert main(["convert", str(source), str(plan)]) == 0
    workbook = tmp_path / "handoff.xlsx"
    assert main(["convert", str(plan), str(workbook), "--client"]) == 0
    return workbook


def _typed(workbook: Path, out: Path) -> Path:
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    task, start, finish = (header.index(t) for t in ("Task", "Start", "Finish"))
    for row in ws.iter_rows(min_row=2):
        if row[task].value == CODE:
            row[finish].value = row[finish].value + timedelta(days=7)
        if row[task].value == MANUALS:
            row[start].value = datetime(2013, 4, 1, 8, 0)
    wb.save(out)
    return out


def _notes(err: str) -> list[str]:
    return [line.removeprefix("gantry: note: ") for line in err.splitlines()]


def test_s27wr_convert_says_the_typed_dates_and_what_taking_them_does(
    shared_data, tmp_path, capsys
):
    source = shared_data / "mpp" / "Software-Development-Plan.xml"
    back = _typed(_handoff(source, tmp_path), tmp_path / "back.xlsx")
    capsys.readouterr()
    assert main(["convert", str(back), str(tmp_path / "taken.gantry")]) == 0
    notes = _notes(capsys.readouterr().err)
    code = next(n for n in notes if n.startswith(f"'{CODE}': Finish "))
    assert code.endswith(" typed by the client; the plan makes it Duration 15d -> 20d")
    manuals = next(n for n in notes if n.startswith(f"'{MANUALS}': Start "))
    assert manuals.endswith(
        "-> 2013-04-01 08:00 typed by the client; the plan makes it Constraint Type "
        "As Soon As Possible -> Start No Earlier Than 2013-04-01 08:00"
    )
    taken = next(n for n in notes if n.startswith("taking the 2 changes: "))
    assert "Project finish " in taken
    assert "(+40h)" in taken  # the developer's five more days
    assert "tasks move" in taken
    assert taken.endswith("Cost not in this workbook")  # a hand-off: no rates to count
    plan = read_plan(tmp_path / "taken.gantry")
    assert next(t for t in plan.tasks if t.name == CODE).duration_minutes == 20 * 480


def test_s27wr_a_full_export_says_the_cost_and_an_untouched_one_says_nothing(tmp_path, capsys):
    from app.assets import resource_path

    demo = resource_path("demo", "crm-rollout.gantry")
    workbook = tmp_path / "full.xlsx"
    assert main(["convert", str(demo), str(workbook)]) == 0
    capsys.readouterr()
    assert main(["convert", str(workbook), str(tmp_path / "same.gantry")]) == 0
    assert "taking the" not in capsys.readouterr().err  # no change: nothing to say
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    uid, finish = header.index("UID"), header.index("Finish")
    for row in ws.iter_rows(min_row=2):
        if row[uid].value == 27:  # ERP integration, 15d: a week more
            row[finish].value = row[finish].value + timedelta(days=7)
    back = tmp_path / "back.xlsx"
    wb.save(back)
    assert main(["convert", str(back), str(tmp_path / "taken.gantry")]) == 0
    taken = next(n for n in _notes(capsys.readouterr().err) if n.startswith("taking the "))
    assert taken.startswith("taking the 1 change: Project finish 2027-")
    assert "Work 2,106h -> 2,146h (+40h)" in taken
    assert "Cost €207,210.00 -> €210,810.00 (+€3,600.00)" in taken


def test_s27wr_convert_says_a_typed_finish_that_changes_nothing(tmp_path, capsys):
    from app.assets import resource_path

    workbook = tmp_path / "full.xlsx"
    assert main(["convert", str(resource_path("demo", "crm-rollout.gantry")), str(workbook)]) == 0
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    uid, finish = header.index("UID"), header.index("Finish")
    for row in ws.iter_rows(min_row=2):
        if row[uid].value == 21:  # Core CRM configuration: its person is away that week
            row[finish].value = row[finish].value + timedelta(days=7)
    back = tmp_path / "back.xlsx"
    wb.save(back)
    capsys.readouterr()
    assert main(["convert", str(back), str(tmp_path / "taken.gantry")]) == 0
    assert (
        "'Core CRM configuration': the Finish typed, 2027-03-19 17:00, changes nothing on "
        "the task's working time; it keeps its Finish 2027-03-12 17:00"
    ) in _notes(capsys.readouterr().err)
