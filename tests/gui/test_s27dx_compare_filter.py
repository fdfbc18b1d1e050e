"""Compare with Plan… (s27xa finding 2): the project's Finish first, a Show box keeping one
section of the changes, and columns that sort (a move's Difference by how far it moved)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.cli.diff_document import report_between
from app.ui.compare_rows import difference_key
from app.ui.compare_versions import CompareDialog
from tests.test_s27dx_diff_sections import _week


def _visible(dialog: CompareDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    ]


def test_s27dx_dialog_finish_filter_and_sort(qtbot, tmp_path: Path) -> None:
    dialog = CompareDialog(report_between(*_week(tmp_path)))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.finish.text().startswith(
        "Project Finish 2027-01-07 17:00 -> 2027-01-12 17:00 (+3d working"
    )
    rows = _visible(dialog)
    assert rows[0][1] == "Project 'Site'"  # not sorted at first: the slipped first
    boxed = [dialog.show_box.itemText(i) for i in range(dialog.show_box.count())]
    assert boxed[0] == f"All ({len(rows)})"
    assert any(t.startswith("Slipped (") for t in boxed)
    dialog.show_box.setCurrentIndex(boxed.index(next(t for t in boxed if "Progress" in t)))
    progress = _visible(dialog)
    assert {r[2] for r in progress} == {"% Complete", "Actual Start"}
    assert all(r[1] == "ID 1 'Dig'" for r in progress)
    dialog.show_box.setCurrentIndex(0)
    assert len(_visible(dialog)) == len(rows)
    dialog.grab().save(str(tmp_path / "compare.png"))  # looked at (s27dx)

    dialog.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # Difference
    moved = [r[5] for r in _visible(dialog) if r[0] == "moved"]
    assert moved[0].startswith("+1d working")  # Pour's slip before the +3d ones
    assert _visible(dialog)[-1][5] == ""  # rows without a figure last
    dialog.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert _visible(dialog)[0][5].startswith("+3d working")
    assert _visible(dialog)[-1][5] == ""  # and last the other way too
    dialog.close()


def test_s27dx_difference_sorts_by_length() -> None:
    assert difference_key("+12.5d working, +19 calendar days") == 12.5 * 480
    assert difference_key("-4h working") == -240
    assert difference_key("+1 calendar day") is None  # no working length: a word
    assert difference_key("") is None
