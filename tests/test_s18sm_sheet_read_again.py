"""The import mapping dialog reads a sheet again when it is picked again after its read was
cancelled (or failed).

The dialog read a sheet when the Sheet box's current sheet changed; after a cancelled read
the box still showed that sheet, so picking it again changed nothing and nothing was read:
the only way to see it was to pick another sheet first. Now the box shows no sheet after a
read that did not finish, and picking one reads it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.domain.errors import FileFormatError
from app.io.excel_import import inspect_workbook, sheet_rows
from app.io.sheet_import import SheetRows
from app.ui.background import Cancelled
from app.ui.exchange.mapping_dialog import ColumnMappingDialog


@pytest.fixture
def two_plans(tmp_path: Path) -> Path:
    """A client workbook with a 'Plan' sheet and a 'Phase 2' sheet of other tasks."""
    path = tmp_path / "client.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Task", "Duration"])
    ws.append(["Design", "5d"])
    phase = wb.create_sheet("Phase 2")
    phase.append(["Task", "Duration"])
    for name in ("Build", "Test", "Ship"):
        phase.append([name, "2d"])
    wb.save(path)
    return path


def _pick(qtbot, dialog: ColumnMappingDialog, name: str) -> None:
    """Choose ``name`` in the Sheet box's list as the user does: open it, click the sheet."""
    box = dialog.sheet_box
    box.showPopup()
    view = box.view()
    index = box.model().index(box.findText(name), 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())


def _reader(path: Path, fails: dict[str, BaseException]):
    """A sheet reader whose first read of each sheet in ``fails`` raises its exception."""
    read: list[str] = []

    def load(name: str) -> SheetRows:
        read.append(name)
        if name in fails:
            raise fails.pop(name)
        return sheet_rows(path, name)

    return load, read


# The offscreen platform cannot grab the keyboard for the list: it says so, harmlessly.
@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize(
    "failure",
    [Cancelled(), FileFormatError("client.xlsx: sheet 'Phase 2' is open in Excel")],
    ids=["cancelled", "failed"],
)
def test_s18sm_picking_the_sheet_again_reads_it_again(two_plans, qtbot, failure) -> None:
    load, read = _reader(two_plans, {"Phase 2": failure})
    dialog = ColumnMappingDialog(inspect_workbook(two_plans), load)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog, "Phase 2")
    assert read == ["Plan", "Phase 2"]
    assert not dialog.ok_button.isEnabled()
    assert dialog.sheet_box.currentText() == ""  # no sheet shown: none was read
    told = dialog.note.text()
    assert "Phase 2" in told
    dialog.header_spin.setValue(2)  # nothing read to look at from another row
    assert (dialog.note.text(), dialog.ok_button.isEnabled()) == (told, False)
    _pick(qtbot, dialog, "Phase 2")
    assert read == ["Plan", "Phase 2", "Phase 2"]  # read again
    assert dialog.sheet_box.currentText() == "Phase 2"
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(1, 0).text() == "Build"
    assert dialog.ok_button.isEnabled()
    mapping = dialog.mapping()
    assert mapping is not None
    assert (mapping.sheet, mapping.columns["name"]) == ("Phase 2", 0)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_s18sm_a_read_sheet_picked_again_is_not_read_again(two_plans, qtbot) -> None:
    load, read = _reader(two_plans, {})
    dialog = ColumnMappingDialog(inspect_workbook(two_plans), load)
    qtbot.addWidget(dialog)
    dialog.show()
    _pick(qtbot, dialog, "Phase 2")
    dialog.set_field_column("duration", None)  # the user's own choice, kept
    _pick(qtbot, dialog, "Phase 2")
    assert read == ["Plan", "Phase 2"]
    assert dialog.field_boxes["duration"].currentData() is None
    assert dialog.sheet_box.currentText() == "Phase 2"
