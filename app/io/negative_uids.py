"""The one message every reader gives for a negative UID.

MS Project numbers tasks, resources, calendars and assignments from 0 (UID 0
is its project summary task), GanttProject its ids from 0, and Gantry's own
files and workbooks from 1: a negative one means a damaged or hand-made
file, refused whole rather than imported in part.
"""

from __future__ import annotations

from app.domain.errors import FileFormatError


def negative_uid(where: str, uid: float, what: str = "UID") -> FileFormatError:
    """The error for a negative ``uid`` at ``where`` (an element path, or sheet, row and column)."""
    shown = int(uid) if float(uid).is_integer() else uid
    return FileFormatError(f"{where}: {what} {shown} is negative; it must be 0 or more")
