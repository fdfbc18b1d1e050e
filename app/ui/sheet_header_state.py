"""The sheet's header state as QHeaderView.saveState writes it, read whichever build saved it.

:func:`restore_header` reads a state saved by an older build (fewer columns: the ones it
did not know stay hidden, but for default ones, such as Indicators, which show where a
fresh sheet has them) or a newer one (more columns: those this build lacks are dropped) as
well as this build's own.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from app.ui.column_catalog import INDICATORS_WIDTH, NEW_DEFAULTS, fitted_width, opening_width
from app.ui.column_placement import place_after
from app.ui.models.task_edits import Column

_STATE_MARKER = 0xFF  # QHeaderViewPrivate::VersionMarker, first in a saved state


def saved_section_count(state: QByteArray) -> int:
    """How many columns a saved header state describes (-1: not a header state).

    Read from the bytes QHeaderView.saveState writes (Qt 5.0 stream format,
    which Qt 6 still writes): a marker and version, the sort indicator, the
    visual and logical orders, the hidden sections, their sizes, the length
    and then the section count.
    """
    data = bytes(state.data())
    try:
        marker, version = struct.unpack_from(">ii", data, 0)
        at = 8 + 3 * 4 + 1  # orientation, sort order and section, sort indicator shown
        for _ in range(2):  # visual indices, logical indices: QList<int>
            (size,) = struct.unpack_from(">I", data, at)
            at += 4 + 4 * size
        (bits,) = struct.unpack_from(">I", data, at)  # hidden sections: QBitArray
        at += 4 + (bits + 7) // 8
        (size,) = struct.unpack_from(">I", data, at)  # hidden sections' sizes: QHash<int, int>
        at += 4 + 8 * size
        _length, count = struct.unpack_from(">ii", data, at)
    except struct.error:
        return -1
    if marker != _STATE_MARKER or version != 0 or count < 0:
        return -1
    return int(count)


def restore_header(view: QTableView, state: QByteArray) -> bool:
    """Restore the sheet's header from a saved state, whichever build saved it.

    The same columns: as saved. Fewer (an older build): its columns as saved,
    the ones it did not have hidden at their default widths, except the default
    ones of :data:`NEW_DEFAULTS`, shown right of their anchor column (a sheet saved
    before Indicators existed gets it right of ID, every other column in its order). More (a newer
    build, which only ever appends columns): order, widths and hidden flags of
    the columns this build has, the others dropped; Qt alone would keep the
    extra sections and leave the header longer than the model. False (and
    the header untouched) when ``state`` is not a header state.
    """
    ours = view.model().columnCount()
    saved = saved_section_count(state)
    if saved < 0:
        return False
    header = view.horizontalHeader()
    if saved == ours:
        return bool(header.restoreState(state))
    # Never restoreState a header of another length: Qt takes the saved total
    # length as it is and the sheet can end up with a negative width and no rows.
    probe, _model = _probe(saved)
    if not probe.restoreState(state):
        return False
    common = min(saved, ours)
    order = sorted(range(common), key=probe.visualIndex)
    for visual, logical in enumerate(order):
        header.moveSection(header.visualIndex(logical), visual)
    for column in range(common):
        hidden = probe.isSectionHidden(column)
        probe.showSection(column)  # a hidden section's size is kept for when it shows again
        view.setColumnHidden(column, False)
        view.setColumnWidth(column, fitted_width(probe.sectionSize(column)))
        view.setColumnHidden(column, hidden)
    for column in range(common, ours):  # columns the saving build did not have: hidden
        view.setColumnWidth(column, opening_width(column))
        view.setColumnHidden(column, True)
    for column, anchor in NEW_DEFAULTS.items():  # unless shown by default: where they belong
        if saved <= column < ours:
            view.setColumnHidden(column, False)
            if column is Column.INDICATORS:
                view.setColumnWidth(column, INDICATORS_WIDTH)
            place_after(header, column, anchor)
    return True


def _probe(columns: int) -> tuple[QHeaderView, QStandardItemModel]:
    """A header over an empty model of ``columns`` columns, to read a saved state on."""
    model = QStandardItemModel(0, columns)
    probe = QHeaderView(Qt.Orientation.Horizontal)
    probe.setModel(model)
    return probe, model
