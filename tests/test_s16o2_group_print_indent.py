"""View > Group by printed: task names indented by their row's depth under its group.

Print, PDF and Copy Picture indented a grouped task's name by its outline level, so
Go-live (a top-level task) sat flush with its group's label, and with Maintain
Hierarchy Specs sat one step in under Design where the sheet puts it two. They now
indent each name as the grouped sheet does: the group's depth plus the task's level
inside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.domain.grouping_rows import is_group_key
from app.report.export import Picture, picture_layout, render_picture
from app.report.group_rows import row_levels
from app.report.task_table import cell_text
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.roles import OutlineLevelRole, TaskUidRole
from app.ui.models.task_rows import group_headers
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.test_s16g_sheet_groups import _plan

INDENT = "   "


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "indent.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _sheet_levels(window) -> list[tuple[int, int]]:
    """(uid, level) of each task row of the sheet, top to bottom, as the sheet draws it."""
    model = window.model
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        uid = index.data(TaskUidRole)
        if uid is None or is_group_key(uid) or not window.document.plan.has_task(uid):
            continue
        out.append((uid, index.data(OutlineLevelRole)))
    return out


def _printed_depth(cells, uid: int) -> int:
    text = cells.text(uid, "name")
    name = text.lstrip(" ")
    assert name
    return (len(text) - len(name)) // len(INDENT)


@pytest.mark.parametrize("hierarchy", [False, True])
def test_printed_names_are_indented_as_the_grouped_sheet(window, hierarchy):
    window.action_collection["group_resource"].trigger()
    if hierarchy:
        window.action_collection["group_keep_hierarchy"].trigger()
    document = window.document
    options = actions.print_options(window, document)
    cells = cell_text(
        document.plan, document.schedule, None, options.flat, row_levels(options.groups.values())
    )
    sheet = _sheet_levels(window)
    assert sheet
    for uid, level in sheet:
        assert _printed_depth(cells, uid) == level - 1, document.plan.task(uid).name
    depths = {document.plan.task(uid).name: _printed_depth(cells, uid) for uid, _ in sheet}
    if hierarchy:  # group, Design, Specs
        assert depths["Design"] == 1
        assert depths["Specs"] == 2
    else:  # a top-level task under its group is one step in, as a subtask is
        assert depths["Go-live"] == 1
        assert depths["Specs"] == 1


def test_ungrouped_printing_keeps_the_outline(window):
    document = window.document
    options = actions.print_options(window, document)
    assert options.groups == {}
    cells = cell_text(
        document.plan, document.schedule, None, options.flat, row_levels(options.groups.values())
    )
    for task in document.plan.tasks:
        assert _printed_depth(cells, task.uid) == task.outline_level - 1


def _text_left(image: QImage, y: int, x1: int) -> int | None:
    """The first dark pixel of a row's name cell, from the left."""
    for x in range(1, x1):
        if image.pixelColor(x, y).lightness() < 110:
            return x
    return None


def test_a_picture_indents_names_by_group_depth(window):
    window.action_collection["group_resource"].trigger()
    window.action_collection["group_keep_hierarchy"].trigger()
    model = window.model
    uids = tuple(model.shown_uids())
    picture = Picture(uids=uids, columns=("name",), width=900, groups=group_headers(model))
    document = window.document
    image = render_picture(document.plan, document.schedule, picture)
    lay = picture_layout(document.plan, document.schedule, picture)
    plan = document.plan
    first = {}
    for i, uid in enumerate(uids):
        if is_group_key(uid) or plan.task(uid).name in first:
            continue
        y = int(lay.header_height + (i + 0.5) * lay.row_height)
        first[plan.task(uid).name] = _text_left(image, y, int(lay.table_width))
    # Design (level 1) under its group is drawn one step in, Specs under it two.
    assert first["Design"] is not None
    assert first["Specs"] is not None
    step = first["Specs"] - first["Design"]
    assert step > 3
    heads = [i for i, u in enumerate(uids) if is_group_key(u)]
    y = int(lay.header_height + (heads[0] + 0.5) * lay.row_height)
    label = _text_left(image, y, int(lay.table_width))
    assert label is not None
    assert first["Design"] - label == pytest.approx(step, abs=2)
