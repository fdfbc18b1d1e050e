"""Icons come from one place: ``resources/icons/<name>.svg`` through app.assets."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.assets import resource_path


@cache
def icon(name: str) -> QIcon:
    """The bundled icon ``name`` (an empty icon when it is not bundled)."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()
