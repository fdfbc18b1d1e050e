"""A client's returned workbook (import review) and a CSV task table report how far their
read is and stop at Cancel, having built nothing; the progress path reads what the plain
one reads."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import CancelledError
from app.formats import write_plan
from app.io import roundtrip_plan_sheet
from app.io.csv_plan import READ_STEPS as CSV_STEPS
from app.io.csv_plan import read_csv
from app.io.excel_import import READ_STEPS, read_roundtrip_workbook, read_workbook
from tests.bench.generate import make_plan

TASKS = 1500  # several of roundtrip_import's row steps (256 rows)


@pytest.fixture(scope="module")
def returned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook Gantry exported, with a task the client renamed."""
    path = tmp_path_factory.mktemp("s18rp") / "returned.xlsx"
    write_plan(make_plan(TASKS, TASKS, n_resources=5), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    ws.cell(row=900, column=header.index("Task") + 1).value = "Renamed by the client"
    wb.save(path)
    return path


def _recorded(heard: list[tuple[int, int]], stop_at: int | None = None):
    """A progress callback that records what it hears; False from the ``stop_at``-th call."""

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return stop_at is None or len(heard) < stop_at

    return progress


def test_s18rp_returned_workbook_read_reports_progress_that_only_grows(returned: Path) -> None:
    heard: list[tuple[int, int]] = []
    trip = read_roundtrip_workbook(returned, progress=_recorded(heard))
    assert any(t.name == "Renamed by the client" for t in trip.theirs.tasks)
    dones = [done for done, _total in heard]
    assert {total for _done, total in heard} == {READ_STEPS}
    assert dones == sorted(dones)
    assert (dones[0], dones[-1]) == (0, READ_STEPS)
    # the rows read back move the bar, not only the sheets' read and the ends
    assert len({d for d in dones if 300 < d < READ_STEPS}) >= TASKS // 256


def test_s18rp_progress_changes_nothing_read(returned: Path) -> None:
    plain = read_roundtrip_workbook(returned)
    reported = read_roundtrip_workbook(returned, progress=lambda _d, _t: True)
    assert reported.theirs.tasks == plain.theirs.tasks
    assert reported.theirs.links == plain.theirs.links
    assert reported.theirs.assignments == plain.theirs.assignments
    assert reported.base.tasks == plain.base.tasks
    assert reported.notes == plain.notes


def test_s18rp_cancel_while_rows_are_read_stops_the_read(
    returned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows_heard: list[int] = []
    real = roundtrip_plan_sheet.PlanSheetEditor.read

    def read(self, rows, progress=None):  # what the rows' stage reported before the stop
        def seen(done: int, total: int) -> bool:
            rows_heard.append(done)
            return progress(done, total) if progress is not None else True

        return real(self, rows, seen)

    monkeypatch.setattr(roundtrip_plan_sheet.PlanSheetEditor, "read", read)
    heard: list[tuple[int, int]] = []
    stopped_at = [0]

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        if len(rows_heard) >= 2:  # midway through the rows
            stopped_at[0] = stopped_at[0] or len(heard)
            return False
        return True

    with pytest.raises(CancelledError):
        read_roundtrip_workbook(returned, progress=progress)
    assert len(heard) == stopped_at[0]  # heard once, then the read stopped
    assert 0 < rows_heard[-1] < TASKS


def test_s18rp_read_workbook_of_a_returned_workbook_reports_its_rows(returned: Path) -> None:
    heard: list[tuple[int, int]] = []
    plan = read_workbook(returned, progress=_recorded(heard))
    assert any(t.name == "Renamed by the client" for t in plan.tasks)
    dones = [done for done, _total in heard]
    assert dones == sorted(dones)
    assert dones[-1] == READ_STEPS
    assert len({d for d in dones if 400 < d < READ_STEPS}) >= TASKS // 256


@pytest.fixture(scope="module")
def client_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s18rp") / "client.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Task", "Duration", "Predecessors"])
        for i in range(9000):  # over two of the build's blocks of 4096 rows
            out.writerow([f"Task {i + 1}", f"{1 + i % 5}d", str(i) if i % 20 else ""])
    return path


def test_s18rp_csv_read_reports_progress_and_reads_the_same(client_csv: Path) -> None:
    heard: list[tuple[int, int]] = []
    plan = read_csv(client_csv, progress=_recorded(heard))
    assert plan.tasks == read_csv(client_csv).tasks
    dones = [done for done, _total in heard]
    assert {total for _done, total in heard} == {CSV_STEPS}
    assert dones == sorted(dones)
    assert (dones[0], dones[-1]) == (0, CSV_STEPS)
    assert len({d for d in dones if 0 < d < CSV_STEPS}) > 3  # parsed, then built


def test_s18rp_cancel_of_a_csv_read_stops_it(client_csv: Path) -> None:
    heard: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        read_csv(client_csv, progress=_recorded(heard, stop_at=3))
    assert len(heard) == 3
