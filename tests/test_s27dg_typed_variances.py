"""Start Variance and Finish Variance typed into a returned workbook are said, not taken.

The Plan sheet's variances are worked out from Start and Finish against the baseline (MS
Project computes them and takes none typed), so the import reads nothing from them; a
client who typed one over believed it sent. The review's notes now say which rows.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def _returned(path: Path, cells: dict[tuple[int, str], object]) -> Path:
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    for (row, title), value in cells.items():
        ws.cell(row, titles.index(title) + 1).value = value
    out = path.with_name("returned.xlsx")
    book.save(out)
    return out


def test_s27dg_untouched_variances_say_nothing(exported: Path) -> None:
    assert read_roundtrip_workbook(_returned(exported, {})).notes == []


def test_s27dg_typed_variances_are_named_by_row_and_ignored(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    returned = _returned(
        exported,
        {
            (7, "Finish Variance"): "-3d",  # 'Risk workshop', was 0d
            (9, "Finish Variance"): 2,
            (4, "Start Variance"): None,  # emptied
        },
    )
    trip = read_roundtrip_workbook(returned)
    assert trip.notes == [
        "Plan: Start Variance is computed; typed values ignored, row 4",
        "Plan: Finish Variance is computed; typed values ignored, rows 7 and 9",
    ]
    assert trip.theirs.baselines == trip.base.baselines  # nothing taken from them
    capsys.readouterr()
    out = exported.with_name("back.gantry")
    assert main(["convert", str(returned), str(out)]) == 0
    assert "Finish Variance is computed; typed values ignored, rows 7 and 9" in (
        capsys.readouterr().err
    )


def test_s27dg_a_new_date_with_its_old_variance_says_nothing(exported: Path) -> None:
    """A client moving a task leaves its variance as exported: no note (it is worked out
    again from the new dates once imported)."""
    book = openpyxl.load_workbook(exported)
    titles = [c.value for c in book["Plan"][1]]
    duration = book["Plan"].cell(7, titles.index("Duration") + 1).value
    returned = _returned(exported, {(7, "Duration"): "2d" if duration != "2d" else "3d"})
    assert read_roundtrip_workbook(returned).notes == []
