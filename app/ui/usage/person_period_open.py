"""Opening Resource Usage at a person and a period from another view: the Team view's
over-allocation list does so on an item's activation (Enter, double-click), where MS
Project's resource manager goes from a red person to the Resource Usage cells that say
why."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

#: a list item's datum: when the over-allocation it names starts
OverStartRole = Qt.ItemDataRole.UserRole + 62


def open_usage_at(widget: QWidget, resource_uid: int, moment: datetime | None) -> bool:
    """Switch ``widget``'s main window to the Usage view at the person's row and the period
    of ``moment`` (selected, scrolled to); False (nothing done) outside a main window."""
    window = widget.window()
    show_view = getattr(window, "show_view", None)
    views = getattr(window, "views", None)
    if show_view is None or not isinstance(views, dict) or moment is None:
        return False
    show_view("usage")
    from app.ui.usage.view import UsageView  # (numpy and the view: only when asked)

    view = views.get("usage")
    return isinstance(view, UsageView) and view.go_to_person(resource_uid, moment.date())
