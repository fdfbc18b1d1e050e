"""Compare with Plan (s27rw finding 1): a click on Item, Work change or Cost change sorts by
the task's ID and by the amounts, as MS Project does, not by the characters (``-$640.00``
before ``+$3,600.00``, ``ID 100`` before ``ID 2``)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.report.diff_report import DiffReport
from app.ui.compare_versions import CompareDialog

_SHOWN = (
    ("changed", "ID 10 'Build'", "Work", "80h", "120h", "", "+40h", "+$3,600.00"),
    ("changed", "ID 2 'Design'", "Work", "40h", "32h", "", "-8h", "-$640.00"),
    ("changed", "ID 100 'Go-live'", "Work", "8h", "1,208h", "", "+1,200h", "+$950.00"),
    ("changed", "project 'Site'", "Status date", "a", "b", "", "", ""),
)
_PLAIN = tuple(
    (*r[:6], w, c)
    for r, w, c in zip(
        _SHOWN, ("+40h", "-8h", "+1200h", ""), ("3600.00", "-640.00", "950.00", ""), strict=True
    )
)


def _report() -> DiffReport:
    plain = DiffReport("Changes", "Site", (), (), _PLAIN)
    return DiffReport("Changes", "Site", (), (), _SHOWN, plain=plain)


def _column(dialog: CompareDialog, col: int, order: Qt.SortOrder) -> list[str]:
    dialog.table.sortByColumn(col, order)
    return [dialog.table.item(r, col).text() for r in range(dialog.table.rowCount())]


def test_s27rf_item_work_and_cost_sort_by_value(qtbot) -> None:
    dialog = CompareDialog(_report())
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    up, down = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    assert _column(dialog, 1, up) == [
        "ID 2 'Design'",
        "ID 10 'Build'",
        "ID 100 'Go-live'",
        "Project 'Site'",
    ]
    assert _column(dialog, 1, down)[:3] == ["ID 100 'Go-live'", "ID 10 'Build'", "ID 2 'Design'"]
    assert _column(dialog, 6, up) == ["-8h", "+40h", "+1,200h", ""]
    assert _column(dialog, 6, down) == ["+1,200h", "+40h", "-8h", ""]
    assert _column(dialog, 7, down) == ["+$3,600.00", "+$950.00", "-$640.00", ""]
    assert _column(dialog, 7, up) == ["-$640.00", "+$950.00", "+$3,600.00", ""]
    dialog.close()


def test_s27rf_header_says_unchanged_and_project_named_once(qtbot) -> None:
    """s27rw findings 6 and 7: an unchanged Start read ``X -> X`` above the table, and a
    status date change named the project ``project 0 'Site'``."""
    figures = (
        ("Start", "2012-12-24 08:00", "2012-12-24 08:00", ""),
        ("Finish", "2013-05-13 15:00", "2013-05-16 11:36", "+2.7d working"),
    )
    rows = (("changed", "project 0 'Site'", "Status date", "a", "b", "", "", ""),)
    dialog = CompareDialog(DiffReport("Changes", "Site", (), figures, rows))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    text = dialog.facts.text()
    assert "Start: 2012-12-24 08:00, unchanged" in text
    assert "->" not in text.split("Start:")[1].splitlines()[0]
    assert "Finish: 2013-05-13 15:00 -> 2013-05-16 11:36 (+2.7d working)" in text
    assert dialog.table.item(0, 1).text() == "Project 'Site'"  # as the report names it (s28d2)
    dialog.close()
