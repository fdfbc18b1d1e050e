"""Errors a user can see.

Every error Gantry shows a user derives from :class:`AppError`; the CLI prints
its message on one line and exits 1, the window shows it in a message box.

    AppError
    +-- PlanError             the plan itself is inconsistent
    |   +-- CycleError        a link would close a cycle
    |   +-- OutlineError      an outline operation that is not possible
    +-- InputError            a value a user typed cannot be read (duration, date, link)
    |   +-- OptionError       an option value the option does not take (CLI: exit 2)
    +-- FileFormatError       a file cannot be read (io layer: sheet/row/column, element)
    |   +-- UnsupportedFormatError
    +-- DocumentError         a .gantry file cannot be opened (store layer)
    |   +-- ForeignFileError
    |   +-- NewerVersionError
    |   +-- LockedError
    +-- CancelledError        the user cancelled long work (app.domain.progress)
"""

from __future__ import annotations

from app.domain.quoting import capped


class AppError(Exception):
    """Base of every error whose message is meant for the user.

    A message longer than :data:`app.domain.quoting.MESSAGE_LIMIT` is cut in its middle
    (a value quoted whole could make it megabytes long); values are best quoted with
    :func:`app.domain.quoting.quoted` in the first place.
    """

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], str):
            args = (capped(args[0]), *args[1:])
        super().__init__(*args)


class PlanError(AppError):
    """The plan would become inconsistent."""


class CycleError(PlanError):
    """A link would close a dependency cycle; the message names the tasks."""

    def __init__(self, message: str, task_uids: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.task_uids = task_uids


class OutlineError(PlanError):
    """An outline operation (indent, outdent, move) that cannot be done."""


class InputError(AppError):
    """A value typed by the user (duration, date, predecessor list) is not understood."""


class OptionError(InputError):
    """A command-line option's value the option does not take: bad usage (the CLI exits 2).

    Not for a value the file decides (a person or task ID the plan lacks): that stays exit 1.
    """


class FileFormatError(AppError):
    """A file cannot be read; the message names sheet, row and column or the XML element."""


class UnsupportedFormatError(FileFormatError):
    """The extension names a format Gantry does not read or write (yet)."""


class DocumentError(AppError):
    """A .gantry document cannot be opened or written."""


class ForeignFileError(DocumentError):
    """The file is not a Gantry plan."""


class NewerVersionError(DocumentError):
    """The file was written by a newer Gantry."""


class LockedError(DocumentError):
    """Another window or process has the file open for writing."""


class CancelledError(AppError):
    """The user cancelled long work (its progress callback returned False); nothing was kept.

    The window catches it before any other AppError and says nothing more.
    """

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
