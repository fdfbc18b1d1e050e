"""Column titles of Gantry's item models, as ``headerData`` gives them to a view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt


def column_title(
    titles: Mapping[int, str] | Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The title of column ``section`` for the horizontal header's display role, else None.

    ``titles`` is keyed by column number (an IntEnum column key matches its number)
    or lists the titles in column order.
    """
    if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
        return None
    if isinstance(titles, Mapping):
        return titles.get(section)
    return titles[section] if 0 <= section < len(titles) else None
