"""Undo commands for the team: roster edits, assignments, leveling."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.domain.assigning import (
    AssignmentEdit,
    parse_assignments,
    restore_assignments,
    set_assignments,
)
from app.domain.plan import RemovedResource
from app.domain.resource import Resource
from app.ui.document import Document


class SetAssignmentsCommand(QUndoCommand):
    """Staff a task from the People cell text, e.g. ``Ana[50%], Ben``.

    The text is parsed at construction, so a bad name raises InputError before
    anything is pushed.
    """

    def __init__(self, document: Document, task_uid: int, text: str) -> None:
        self._document = document
        self._task_uid = task_uid
        self._wanted = parse_assignments(document.plan, text)
        name = document.plan.task(task_uid).name
        super().__init__(f"Assign people to '{name}'")
        self._edit: AssignmentEdit | None = None

    def redo(self) -> None:
        """Apply the new staffing."""
        self._edit = set_assignments(self._document.plan, self._task_uid, self._wanted)

    def undo(self) -> None:
        """Put back the previous staffing and duration."""
        if self._edit is not None:
            restore_assignments(self._document.plan, self._edit)


class AddResourceCommand(QUndoCommand):
    """Add a person, material or cost item to the roster."""

    def __init__(self, document: Document, resource: Resource, index: int | None = None) -> None:
        super().__init__(f"Add '{resource.name}' to the team")
        self._document = document
        self._resource = resource
        self._index = index

    def redo(self) -> None:
        """Add the resource."""
        self._document.plan.add_resource(self._resource, self._index)

    def undo(self) -> None:
        """Remove it again."""
        self._document.plan.remove_resource(self._resource.uid)


class UpdateResourceCommand(QUndoCommand):
    """Change a roster entry (name, rates, calendar, availability...)."""

    def __init__(self, document: Document, resource: Resource, text: str | None = None) -> None:
        super().__init__(text or f"Edit '{resource.name}'")
        self._document = document
        self._new = resource
        self._old: Resource | None = None

    def redo(self) -> None:
        """Store the new values."""
        self._old = self._document.plan.update_resource(self._new)

    def undo(self) -> None:
        """Put back the old values."""
        if self._old is not None:
            self._document.plan.update_resource(self._old)


class RemoveResourceCommand(QUndoCommand):
    """Delete a roster entry with its assignments."""

    def __init__(self, document: Document, resource_uid: int) -> None:
        name = document.plan.resource(resource_uid).name
        super().__init__(f"Remove '{name}' from the team")
        self._document = document
        self._uid = resource_uid
        self._removed: RemovedResource | None = None

    def redo(self) -> None:
        """Remove the resource and its assignments."""
        self._removed = self._document.plan.remove_resource(self._uid)

    def undo(self) -> None:
        """Restore it with its assignments."""
        if self._removed is not None:
            self._document.plan.restore_resource(self._removed)
