"""Compare with Plan names a link by its tasks' IDs as every other row does (``link ID 3
'Pour' -> ID 4 'Cure' FS``, not ``link 1->2 'Pour -> Cure'``), and the project as the
report does (``Project 'Lags'``), also where a row came worded the old way
(``project 0 'Lags'``, which the table turned into a lowercase ``project 'Lags'``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.cli.diff_document import report_between
from app.ui.compare_rows import item_shown
from app.ui.compare_versions import CompareDialog
from tests.test_s28d2_link_words import pair


def _items(dialog: CompareDialog) -> list[str]:
    table = dialog.table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def test_s28d2_dialog_names_the_link_by_ids_and_the_project_as_the_report(
    qtbot, tmp_path: Path
) -> None:
    report = report_between(*pair(tmp_path))
    dialog = CompareDialog(report)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    items = _items(dialog)
    assert "link ID 3 'Pour' (UID 1) -> ID 4 'Cure' (UID 2) FS" in items
    assert "Project 'Lags'" in items
    assert not any("->" in i and i.startswith("link") and "ID" not in i for i in items)
    dialog.grab().save(str(tmp_path / "compare.png"))
    dialog.close()

    old_style = tuple(
        (r[0], "project 0 'Lags'", *r[2:]) if r[1] == "Project 'Lags'" else r for r in report.rows
    )
    dialog = CompareDialog(replace(report, rows=old_style, plain=None))
    qtbot.addWidget(dialog)
    assert "Project 'Lags'" in _items(dialog)
    assert not any(i.lower().startswith("project 0") for i in _items(dialog))
    dialog.close()


def test_s28d2_item_shown_says_project_as_the_report() -> None:
    assert item_shown("project 0 'Site'") == "Project 'Site'"
    assert item_shown("project 'Site'") == "Project 'Site'"
    assert item_shown("Project 'Site'") == "Project 'Site'"
    assert item_shown("ID 1 'project 0 plan'") == "ID 1 'project 0 plan'"
