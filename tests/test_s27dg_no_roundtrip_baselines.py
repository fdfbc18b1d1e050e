"""gantry diff PLAN.gantry CLIENT.xlsx on a hand-off written with --no-roundtrip compares
the baseline dates its Plan sheet shows.

The workbook has no _gantry sheet; its Plan sheet shows Baseline Start and Finish. They
were not read, so the baselines were left out of the comparison ('baselines ... not
compared'). Now they are read by the rows' UIDs: a client who changed nothing shows no
change, one who moved a task shows that move alone, and a Baseline Finish typed over is
listed; only what the sheet does not show (duration, work, cost, status date) is noted.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.cli.diff_document import report_between
from app.domain.errors import FileFormatError
from app.io.workbook_baseline_read import sheet_baselines

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
NOTE = "the baselines' duration, work and cost, and the status date not compared"


def _handoff(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(plan), str(book), "--client", "--no-roundtrip"]) == 0
    assert "_gantry" not in load_workbook(book, read_only=True).sheetnames
    return plan, book


def _edited(book: Path, task: str, **cells: datetime) -> Path:
    wb = load_workbook(book)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    name = header.index("Task") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, name).value == task)
    for title, value in cells.items():
        ws.cell(row, header.index(title.replace("_", " ")) + 1).value = value
    out = book.with_name("edited.xlsx")
    wb.save(out)
    return out


def _diff(capsys: pytest.CaptureFixture[str], *args: Path) -> tuple[list[str], str]:
    assert main(["diff", *map(str, args)]) == 0
    said = capsys.readouterr()
    return said.out.splitlines(), said.err


def test_s27dg_untouched_handoff_compares_its_baseline_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _handoff(tmp_path)
    read = sheet_baselines(book)
    assert [b.index for b in read.baselines] == [0]
    assert len(read.baselines[0].entries) == 61  # every task of the demo's baseline
    out, err = _diff(capsys, plan, book)
    assert out == ["no changes"]
    assert NOTE in err
    assert "baselines and the status date not compared" not in err
    assert _diff(capsys, book, plan)[0] == ["no changes"]  # either way round
    report = report_between(plan, book)  # Project > Compare with Plan
    assert report.rows == ()


def test_s27dg_a_task_the_client_moved_is_the_one_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _handoff(tmp_path)
    moved = _edited(
        book, "Risk workshop", Start=datetime(2027, 1, 12, 8), Finish=datetime(2027, 1, 12, 17)
    )
    out, _err = _diff(capsys, plan, moved)
    # s27dx: the project's dates lead the text when a task moved; not a change
    listed = [ln for ln in out if not ln.startswith(("summary:", "project:"))]
    assert len(listed) == 1, out
    assert listed[0].startswith("moved    ID 6 'Risk workshop': Start 2027-01-08 08:00 ->")


def test_s27dg_a_baseline_date_typed_over_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, book = _handoff(tmp_path)
    typed = _edited(book, "Risk workshop", Baseline_Finish=datetime(2027, 1, 11, 17))
    out, _err = _diff(capsys, plan, typed)
    assert out == [
        "changed  Baseline (0) of ID 6 'Risk workshop': "
        "Baseline Finish 2027-01-08 17:00 -> 2027-01-11 17:00"
    ]


def test_s27dg_a_baseline_cell_holding_no_date_is_named(tmp_path: Path) -> None:
    _plan, book = _handoff(tmp_path)
    wb = load_workbook(book)
    ws = wb["Plan"]
    column = [c.value for c in ws[1]].index("Baseline Start") + 1
    ws.cell(3, column).value = "soon"
    wb.save(book)
    with pytest.raises(FileFormatError, match=r"client.xlsx: Plan!K3: 'soon' is not a date"):
        sheet_baselines(book)
