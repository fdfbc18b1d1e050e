"""The sheet's header state as QHeaderView.saveState writes it, read whichever build saved it.

Builds before the named layout (app/ui/sheet_layout.py) kept the sheet's columns as these
bytes; the window reads them once into that layout (sheet_layout.entries_from_state).
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray

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
