"""Import of client sheets that Gantry did not write."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment

from app.domain.link import LinkType
from app.domain.task import ConstraintType
from app.formats import read_plan
from app.io import excel_import
from app.io.excel_import import inspect_workbook, read_workbook


def _save(
    path: Path, rows: list[list[object]], title: str = "Plan", indents: dict[int, int] | None = None
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for r, indent in (indents or {}).items():
        ws.cell(row=r, column=2).alignment = Alignment(indent=indent)
    wb.save(path)
    return path


def test_tpm_project_plan_imports_tasks_durations_and_links(shared_data: Path) -> None:
    lines: list[str] = []
    plan = read_plan(
        shared_data / "xlsx" / "packt-tpm-handbook-project-plan.xlsx", report=lines.append
    )
    assert len(plan.tasks) == 39
    names = [t.name for t in plan.tasks]
    assert names[:3] == ["Create P2P Network", "Design Network", "Implement"]
    levels = {t.name: t.outline_level for t in plan.tasks[:8]}
    assert levels["Create P2P Network"] == 1
    assert levels["Design Network"] == 2
    assert plan.tasks[6].outline_level == 3  # "      Design" under "Setup Relay Servers"
    assert plan.is_summary(1)
    # durations count weeks (the dates span six weeks for "6")
    assert plan.task(2).duration_minutes == 6 * plan.project.minutes_per_week
    # "2fs" on "Implement" links it after "Design Network"
    assert (2, 3) in {lk.key for lk in plan.links}
    assert all(lk.type is LinkType.FS for lk in plan.links)
    assert len(plan.links) == 13
    assert {r.name for r in plan.resources} == {"Arun", "Bex", "Charley", "Danielle", "Eliza"}
    assert plan.task(2).constraint_type is ConstraintType.SNET
    assert plan.project.start == datetime(2023, 1, 2, 8, 0)
    assert any("Predecessors" in line and "column G" in line for line in lines)


def test_tables_workbook_sheets(shared_data: Path) -> None:
    path = shared_data / "xlsx" / "packt-tpm-handbook-tables.xlsx"
    windows = read_plan(path)  # first sheet with a plan header: Mercury Windows
    assert len(windows.tasks) == 16
    assert windows.task(2).duration_minutes == 2 * windows.project.minutes_per_week  # "2 wks"
    assert windows.task(2).outline_level == 2
    # "1 - 15" on End to End Testing: a range of rows
    assert {lk.predecessor for lk in windows.links_into(16)} >= {3, 6, 9, 12, 15}
    simple = read_plan(path, sheet="Mercury Simple")
    assert len(simple.tasks) == 25
    assert {lk.predecessor for lk in simple.links_into(16)} == {3, 6}
    relays = read_plan(path, sheet="Project Plan w Relays")
    assert len(relays.tasks) == 39
    assert len(relays.links) == 13


def test_buffer_scorecard_is_not_a_plan(shared_data: Path) -> None:
    from app.domain.errors import FileFormatError

    with pytest.raises(FileFormatError, match="no header row"):
        read_plan(shared_data / "xlsx" / "packt-tpm-handbook-buffer-scorecard.xlsx")


def test_values_of_every_kind(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "c.xlsx",
        [
            ["Client plan"],
            [],
            [
                "WBS",
                "Task",
                "Duration",
                "Start",
                "Finish",
                "Predecessors",
                "Owner",
                "Progress",
                "Budget",
            ],
            ["1", "Phase A", None, None, None, None, None, None, None],
            ["1.1", "Spec", "2w", date(2026, 3, 2), None, None, "Ana", 0.5, 1200],
            ["1.2", "Code", "3 days", 46094, None, "1.1FS+2d", "Ana; Ben", "25%", "€ 300"],
            ["1.3", "Test", "4h", "2026-03-20", None, "1.2SS", "Ben[50%]", None, None],
            ["2", "Go live", 0, None, None, "1.3", None, None, None],
        ],
    )
    plan = read_workbook(path)
    assert [t.outline_level for t in plan.tasks] == [1, 2, 2, 2, 1]
    spec, code, test, live = plan.tasks[1:]
    assert spec.duration_minutes == 2 * 2400
    assert code.duration_minutes == 3 * 480
    assert test.duration_minutes == 240
    assert live.milestone
    assert spec.constraint_date == datetime(2026, 3, 2, 8, 0)
    assert code.constraint_date == datetime(2026, 3, 13, 8, 0)  # Excel serial 46094
    assert test.constraint_date == datetime(2026, 3, 20, 8, 0)
    assert spec.percent_complete == 50
    assert code.percent_complete == 25
    assert (spec.fixed_cost, code.fixed_cost) == (1200, 300)
    links = {lk.key: lk for lk in plan.links}
    assert links[(2, 3)].lag_minutes == 960
    assert links[(3, 4)].type is LinkType.SS
    assert (4, 5) in links
    units = {(a.task_uid, a.resource_uid): a.units for a in plan.assignments}
    assert units == {(2, 1): 1.0, (3, 1): 1.0, (3, 2): 1.0, (4, 2): 0.5}


def test_outline_from_cell_indent(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "i.xlsx",
        [
            ["ID", "Task", "Duration"],
            [1, "Phase", None],
            [2, "Step one", 2],
            [3, "Step two", 3],
            [4, "Next", 1],
        ],
        indents={3: 1, 4: 1},
    )
    plan = read_workbook(path)
    assert [t.outline_level for t in plan.tasks] == [1, 2, 2, 1]


def test_a_sheet_without_indented_formats_is_not_read_again_for_indents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading cell indents means openpyxl (slow): only when some cell format indents."""
    rows: list[list[object]] = [["ID", "Task", "Duration"], [1, "Phase", None], [2, "Step", 2]]
    plain = _save(tmp_path / "plain.xlsx", rows)
    indented = _save(tmp_path / "indented.xlsx", rows, indents={3: 1})
    calls: list[str] = []

    def spy(path: Path, mapping: object) -> dict[int, int]:
        calls.append(path.name)
        return {2: 1}

    monkeypatch.setattr(excel_import, "_cell_indents", spy)
    assert [t.outline_level for t in read_workbook(plain).tasks] == [1, 2]  # section rows
    assert calls == []
    assert [t.outline_level for t in read_workbook(indented).tasks] == [1, 2]
    assert calls == ["indented.xlsx"]


def test_section_rows_without_dates_become_summaries(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "s.xlsx",
        [
            ["Task", "Duration"],
            ["Design", None],
            ["Sketch", 2],
            ["Review", 1],
            ["Build", None],
            ["Code", 5],
        ],
    )
    plan = read_workbook(path)
    assert [t.outline_level for t in plan.tasks] == [1, 2, 2, 1, 2]
    assert plan.is_summary(1)


def test_inspect_reports_sheets_and_guess(tmp_path: Path) -> None:
    path = _save(tmp_path / "g.xlsx", [["Title"], ["Task", "Start"], ["a", date(2026, 1, 5)]])
    info = inspect_workbook(path)
    assert info.sheets == ("Plan",)
    assert not info.roundtrip
    assert info.mapping is not None
    assert info.mapping.header_row == 1
    assert "Start" in info.mapping.describe()


def test_predecessor_lists_and_ranges(tmp_path: Path) -> None:
    path = _save(
        tmp_path / "p.xlsx",
        [
            ["ID", "Task", "Duration", "Depends on"],
            [1, "a", 1, None],
            [2, "b", 1, None],
            [3, "c", 1, "1;2"],
            [4, "d", 1, "2fs, 3SS+1d"],
            [5, "e", 1, "1 - 4"],
        ],
    )
    plan = read_workbook(path)
    links = {lk.key: lk for lk in plan.links}
    assert {k for k in links if k[1] == 3} == {(1, 3), (2, 3)}
    assert links[(3, 4)].type is LinkType.SS
    assert links[(3, 4)].lag_minutes == 480
    assert {k[0] for k in links if k[1] == 5} == {1, 2, 3, 4}


def test_ods_and_csv_are_read_too(tmp_path: Path) -> None:
    csv_path = tmp_path / "p.csv"
    csv_path.write_text("Tarea;Duración;Predecesoras\nA;2;\nB;3;1\n", encoding="utf-8")
    plan = read_plan(csv_path)
    assert [t.duration_minutes for t in plan.tasks] == [960, 1440]
    assert [lk.key for lk in plan.links] == [(1, 2)]
