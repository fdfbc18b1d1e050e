"""An open .gantry file: the plan it holds, written through change by change.

:class:`GantryFile` loads the plan, then listens to ``plan.changes``: every
change outside a batch is committed at once in its own transaction, a
``plan.batch()`` is committed as one. The file uses a rollback journal, so
it is a single file whenever no transaction is running. A lock file beside it
keeps a second writer out; ``read_only=True`` needs no lock and refuses edits.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import (
    CancelledError,
    DocumentError,
    ForeignFileError,
    LockedError,
    NewerVersionError,
)
from app.domain.events import Change
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.store.disk_words import write_failure
from app.store.load import load_plan
from app.store.lock import FileLock
from app.store.migrations import migrate
from app.store.schema import APPLICATION_ID, SCHEMA_SQL, SCHEMA_VERSION
from app.store.stale_temps import draft_path, remove_stale_drafts
from app.store.view_state import write_view

if TYPE_CHECKING:
    from sqlite_utils import Database

    from app.domain.view_state import SheetView
from app.store.writer import PlanWriter

_SQLITE_MAGIC = b"SQLite format 3\x00"

# The progress of GantryFile.open, in steps: loading the rows is nearly all of it;
# the rest is taking the plan's order as the file's (a few hundred ms at 100k tasks).
OPEN_STEPS = 1000
_LOADED = 960
# The progress of GantryFile.create, in steps: writing the rows, then opening the new file
# for the changes to come (taking the plan's order as the file's: ~0.3 s at 100k tasks).
CREATE_STEPS = 1000
_WRITTEN = 900


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT ourselves)."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a folder, not a plan") from None
    except OSError as exc:
        raise DocumentError(f"{path.name} cannot be read: {exc.strerror}") from None
    if head != _SQLITE_MAGIC:
        raise ForeignFileError(f"{path.name} is not a Gantry plan")


def _identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of the file at ``path`` (None: no file there)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _header_application_id(path: Path) -> int | None:
    """The application id in the file's SQLite header (bytes 68-71), read without SQLite."""
    try:
        with path.open("rb") as fh:
            head = fh.read(72)
    except OSError:
        return None
    return int.from_bytes(head[68:72], "big") if len(head) == 72 else None


def _temp_beside(path: Path) -> Path:
    """Where to write ``path`` before renaming it into place; drafts that killed writers
    left beside it go first (the caller holds the lock: no live writer is beside it)."""
    tmp = draft_path(path)
    with contextlib.suppress(OSError):
        remove_stale_drafts(path)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    return tmp


def _check_whole(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file whose pages SQLite finds damaged, as the window always did (the CLI
    read such a file and ``gantry diff`` said "no changes"). ``quick_check`` reads every
    page once: ~0.3 s for a 100k-task plan, a tenth of loading it."""
    said = conn.execute("PRAGMA quick_check(1)").fetchone()
    if said is None or said[0] != "ok":
        raise sqlite3.DatabaseError("database disk image is malformed")


def _drop_stale_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Remove a rollback journal left by a process that died before its first commit.

    SQLite rolls back a hot journal by itself, but one whose header was never
    synced is not hot and stays beside the file for ever. Under an EXCLUSIVE
    lock no other connection can be writing, so such a journal is dead.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists():
        return
    conn.execute("BEGIN EXCLUSIVE")
    try:
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
    finally:
        conn.execute("COMMIT")


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a file is kept before migrating it from ``version``."""
    return path.with_name(f"{path.name}.v{version}.bak")


class GantryFile:
    """One .gantry file open in this process, holding its :attr:`plan`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        plan: Plan,
        read_only: bool,
        lock: FileLock | None,
    ) -> None:
        self.path = path
        self.plan = plan
        self.read_only = read_only
        self._conn = conn
        self._database: Database | None = None
        self._lock = lock
        self._in_batch = False
        self._closed = False
        self._writer = PlanWriter(conn, plan)
        self._writer.remember_positions()
        self._identity = _identity(path)  # the file as opened, to notice it moved or deleted
        self._detached = False  # gone from its place: nothing more is written
        # Why the last write failed (the disk full): the plan in memory holds edits the file
        # lacks, nothing more is written until save() writes the plan whole (None: saved).
        self.unsaved: str | None = None
        self.on_unsaved: Callable[[], None] | None = None  # told when a write fails (the window)
        # what the open cut of texts past today's limits (app/store/text_repair), one line each
        self.notes: list[str] = []
        if read_only:
            plan.changes.subscribe(self._on_change_ignored, self._refuse)
        else:
            plan.changes.subscribe(self._on_change)
            plan.changes.subscribe_batch(self._on_batch)

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, path: Path, read_only: bool = False, progress: Progress | None = None
    ) -> GantryFile:
        """Open a plan file; migrates an older schema after writing a backup beside it.

        ``progress`` hears how far the open is, in :data:`OPEN_STEPS` steps (the
        rows loaded, then the file made ready for writing); when it answers False
        the open stops with CancelledError, the file closed and its lock released.
        """
        path = Path(path)
        _check_header(path)
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            # Same answer for the user as a file open elsewhere: read-only is what is possible.
            raise LockedError(f"{path.name} is read-only on disk; it can only be opened read-only")
        lock = None if read_only else FileLock(path)
        if lock is not None:
            lock.acquire()
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, "ro" if read_only else "rw")
            version = cls._schema_version(conn, path)
            _check_whole(conn, path)
            if version < SCHEMA_VERSION:
                if read_only:
                    conn = cls._migrated_in_memory(conn, version)
                else:
                    cls._backup_and_migrate(conn, path, version)
            if not read_only:
                conn.execute("PRAGMA journal_mode = DELETE")
                _drop_stale_journal(conn, path)
            loading = part(progress, 0, _LOADED, OPEN_STEPS) if progress is not None else None
            notes: list[str] = []  # what an older file held past today's limits, cut
            plan = load_plan(conn, loading, notes, path.name)
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            raise DocumentError(f"{path.name} cannot be read: {exc}") from None
        except BaseException:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            raise
        file = cls(path, conn, plan, read_only, lock)
        file.notes = notes
        if progress is not None and not progress(OPEN_STEPS, OPEN_STEPS):
            file.close()
            raise CancelledError
        return file

    @staticmethod
    def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            if _header_application_id(path) == APPLICATION_ID:
                # Ours, but SQLite cannot read it: a copy cut short, a disk error.
                raise DocumentError(
                    f"{path.name} is a damaged or incomplete Gantry plan ({exc})"
                ) from None
            raise ForeignFileError(f"{path.name} is not a Gantry plan") from None
        if app_id != APPLICATION_ID:
            raise ForeignFileError(f"{path.name} is not a Gantry plan")
        if version > SCHEMA_VERSION:
            raise NewerVersionError(
                f"{path.name} was saved by a newer Gantry (file format {version}; "
                f"this version reads up to {SCHEMA_VERSION})"
            )
        if version < 1:
            raise DocumentError(f"{path.name} is an incomplete Gantry plan (no schema version)")
        return version

    @staticmethod
    def _backup_and_migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
        backup = backup_path(path, version)
        if not backup.exists():
            copy = sqlite3.connect(str(backup))
            try:
                conn.backup(copy)
            finally:
                copy.close()
        migrate(conn, version)

    @staticmethod
    def _migrated_in_memory(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
        """Read-only: migrate a copy in memory and leave the file untouched."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        memory.row_factory = sqlite3.Row
        conn.backup(memory)
        conn.close()
        migrate(memory, version)
        return memory

    @classmethod
    def create(cls, path: Path, plan: Plan, progress: Progress | None = None) -> GantryFile:
        """Write ``plan`` as a new file (replacing any file there) and keep it open.

        The plan is written to a temporary file beside ``path``, renamed over it
        once complete: a failure, a crash or a cancel never leaves half a plan under
        the user's name. ``progress`` hears how far the create is, in
        :data:`CREATE_STEPS` steps (rows written, then the file opened); when it
        answers False before the rename the create stops with CancelledError, the
        temporary file removed, any file at ``path`` untouched and the lock released.
        """
        path = Path(path)
        if path.is_symlink():  # write through the link to its target, keeping the link
            path = Path(os.path.realpath(path))
        lock = FileLock(path)
        lock.acquire()
        try:
            tmp = _temp_beside(path)
            try:
                writing = (
                    part(progress, 0, _WRITTEN, CREATE_STEPS) if progress is not None else None
                )
                write_new_file(tmp, plan, writing)
                report(progress, _WRITTEN, CREATE_STEPS)
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
            conn = _connect(path, "rw")
            conn.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            lock.release()
            raise DocumentError(f"{path.name} cannot be written: {write_failure(exc)}") from None
        except OSError as exc:
            lock.release()
            raise DocumentError(f"{path.name} cannot be written: {write_failure(exc)}") from None
        except BaseException:
            lock.release()
            raise
        file = cls(path, conn, plan, False, lock)
        if progress is not None:
            progress(CREATE_STEPS, CREATE_STEPS)  # written: a cancel now is the caller's to undo
        return file

    # ------------------------------------------------------------------ writing

    @property
    def _db(self) -> Database:
        """sqlite-utils over the open connection, made at the first write: its import
        brings click, pluggy and dateutil (~0.1 s) that opening a plan need not wait for."""
        if self._database is None:
            from sqlite_utils import Database

            # plugins installed on the user's machine do not touch a plan's connection
            self._database = Database(self._conn, execute_plugins=False)
        return self._database

    @property
    def _writing(self) -> bool:
        return not (self._closed or self._detached or self.unsaved)

    def _on_change(self, change: Change) -> None:
        if not self._writing:
            return
        try:
            if self._in_batch:
                self._writer.apply(change)
            else:
                with self._db.atomic():
                    self._writer.apply(change)
                    self._writer.flush()
        except sqlite3.Error as exc:
            self._write_failed(exc)

    def _on_batch(self, opening: bool) -> None:
        if opening:
            if self._writing:
                try:
                    self._db.begin()
                    self._in_batch = True
                except sqlite3.Error as exc:
                    self._write_failed(exc)
            return
        if not (self._writing and self._in_batch):  # a change of the batch failed to write
            return
        self._in_batch = False
        try:
            self._writer.flush()
            self._db.commit()
        except sqlite3.Error as exc:
            self._write_failed(exc)

    def _write_failed(self, exc: sqlite3.Error) -> None:
        """A write failed: the file keeps its last saved state and the plan in memory goes on.

        Never raised: a failure inside a change's notification left the views half told
        and the plan half changed. When the file is gone from its place (moved, renamed,
        deleted) it is detached: nothing more is written (:meth:`is_gone`; the window says
        to keep the plan with Save a Copy As). Otherwise (the disk full, read-only, an I/O
        error) the transaction is rolled back and :attr:`unsaved` says why: the window
        shows the plan as not saved, and :meth:`save` writes it whole once it can.
        """
        with contextlib.suppress(sqlite3.Error):
            if self._conn.in_transaction:
                self._conn.rollback()  # the file as it was before this edit
        self._in_batch = False
        if self.is_gone():
            self._detached = True
            return
        self.unsaved = f"{self.path.name} could not be saved: {write_failure(exc)}"
        if self.on_unsaved is not None:
            self.on_unsaved()

    def save(self) -> None:
        """Write the plan whole over the file after a failed write (:attr:`unsaved`), so the
        file holds every edit again and the next ones are written one by one as before.

        Written beside the file and renamed over it: a failure (the disk still full)
        leaves the file as it was and raises DocumentError saying why.
        """
        if self.unsaved is None or self._closed or self._detached:
            return
        tmp = _temp_beside(self.path)
        try:
            write_new_file(tmp, self.plan)
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise DocumentError(
                f"{self.path.name} could not be saved: {write_failure(exc)}"
            ) from None
        self._conn.close()
        try:
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise DocumentError(
                f"{self.path.name} could not be saved: {write_failure(exc)}"
            ) from None
        finally:  # the new file, or the old one when the rename failed
            self._conn = _connect(self.path, "rw")
            self._conn.execute("PRAGMA journal_mode = DELETE")
            self._database = None
            self._writer = PlanWriter(self._conn, self.plan)
            self._writer.remember_positions()
        self._identity = _identity(self.path)
        self.unsaved = None

    def is_gone(self) -> bool:
        """True when the file is no longer at :attr:`path` (deleted, moved or replaced since
        it was opened): edits still go into the file as opened, which nobody can reach."""
        return _identity(self.path) != self._identity

    def _refuse(self, change: Change) -> None:
        raise DocumentError(f"{self.path.name} is open read-only; changes cannot be saved")

    def _on_change_ignored(self, change: Change) -> None:
        """Read-only files refuse changes before they happen; nothing to write after."""

    def keep_view(self, view: SheetView | None) -> None:
        """Keep how the task sheet is shown (table, columns, filter, sort, group) in the plan
        and its file, as MS Project saves them; not an edit (no undo step, nothing
        rescheduled). The same view again writes nothing; a read-only file keeps it in memory
        only."""
        if view == self.plan.view:
            return
        self.plan.view = view
        if self.read_only or not self._writing:  # unsaved: save() writes it with the plan
            return
        try:
            with self._db.atomic():
                write_view(self._conn, view)
        except sqlite3.Error as exc:
            self._write_failed(exc)

    # ------------------------------------------------------------------ copies and closing

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the file as it is now to ``target``."""
        target = Path(target)
        if target.is_symlink():  # write through the link to its target, keeping the link
            target = Path(os.path.realpath(target))
        if target.resolve() == self.path.resolve():
            raise DocumentError(f"{target.name} is this plan itself; choose another name")
        if self._detached or self.unsaved:  # the edits since are only in memory
            GantryFile.create(target, self.plan).close()
            return
        guard = FileLock(target)
        guard.acquire()
        try:
            tmp = _temp_beside(target)
            try:
                copy = sqlite3.connect(str(tmp))
                try:
                    self._conn.backup(copy)
                    copy.execute("PRAGMA journal_mode = DELETE")
                finally:
                    copy.close()
                os.replace(tmp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
        except sqlite3.Error as exc:
            raise DocumentError(f"{target.name} cannot be written: {write_failure(exc)}") from None
        except OSError as exc:
            raise DocumentError(f"{target.name} cannot be written: {write_failure(exc)}") from None
        finally:
            guard.release()

    def close(self) -> None:
        """Stop writing, close the database (a single file remains) and release the lock."""
        if self._closed:
            return
        self._closed = True
        if self.read_only:
            self.plan.changes.unsubscribe(self._on_change_ignored, self._refuse)
        else:
            self.plan.changes.unsubscribe(self._on_change)
            if self._in_batch:
                with contextlib.suppress(sqlite3.Error):
                    self._writer.flush()
                    self._db.commit()
        self._conn.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> GantryFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_new_file(path: Path, plan: Plan, progress: Progress | None = None) -> None:
    """Write a complete .gantry file at ``path`` (which must not exist) in one go.

    ``progress`` hears the rows written (see :meth:`PlanWriter.write_rows`); a
    write that fails or is cancelled (CancelledError) removes what it wrote.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.executescript(SCHEMA_SQL)
        conn.execute("BEGIN")
        # The order is taken by the GantryFile that opens the file, not by this writer.
        PlanWriter(conn, plan).write_rows(progress)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.close()  # rolls the open transaction back and drops its journal
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        raise
    conn.close()


def read_plan(path: Path, **options: Any) -> Plan:
    """Load the plan of a .gantry file (read-only; no lock needed).

    ``progress`` (app.domain.progress.Progress) hears how far the load is; ``warn`` (a
    callable taking one line) hears what it cut of texts past today's limits.
    """
    progress: Progress | None = options.get("progress")
    warn: Callable[[str], None] | None = options.get("warn")
    with GantryFile.open(Path(path), read_only=True, progress=progress) as file:
        if warn is not None:
            for line in file.notes:
                warn(line)
        return file.plan


def write_plan(plan: Plan, path: Path, **options: Any) -> None:
    """Write ``plan`` as a .gantry file; layout options of other formats are ignored.

    ``progress`` (app.domain.progress.Progress) hears how far the write is and
    can stop it (CancelledError), leaving any file at ``path`` as it was.
    """
    progress: Progress | None = options.get("progress")
    GantryFile.create(Path(path), plan, progress=progress).close()


def load_writer() -> None:
    """Import what a plan's first write needs (sqlite-utils brings click, pluggy and dateutil:
    0.2-0.4 s): the window's open calls it on its worker thread, so the first edit does not.
    Its plugins are never looked up: a plan's connection runs none of them."""
    import sqlite_utils  # noqa: F401
