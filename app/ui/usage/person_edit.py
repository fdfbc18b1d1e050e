"""Double-click on a person in the Usage view: the Team view's person dialog, on that person."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def edit_person(window: QWidget, resource_uid: int) -> bool:
    """Open the person's dialog as the Team view does (own calendar and all); False if no Team view.

    The Team view is built (hidden) when it was not yet, so the edit is exactly
    the one its Details… button makes, as one undoable step.
    """
    make = getattr(window, "_view", None)
    team = make("team") if callable(make) else None
    select = getattr(team, "select", None)
    edit = getattr(team, "edit_selected", None)
    if not callable(select) or not callable(edit):
        return False
    select(resource_uid)
    edit()
    return True
