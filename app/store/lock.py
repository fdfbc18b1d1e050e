"""A lock file beside an open plan, so that a second window or process does not write it too.

``plan.gantry`` open for writing has ``plan.gantry.lock`` beside it holding the
owner's process id and host name. The file is created atomically; a lock left
by a process that no longer runs on this host, or written before this host last
started, is stale and taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path

from app.domain.errors import DocumentError, LockedError
from app.store.processes import running

_UNREADABLE_GRACE_S = 10.0
_BOOT_MARGIN_S = 60.0  # the boot time is computed from two clocks: allow for their drift


def lock_path(path: Path) -> Path:
    """Where the lock of a plan file lives."""
    return path.with_name(path.name + ".lock")


def lock_holder(path: Path) -> str | None:
    """Who holds the lock of a plan file, in words ("process 12 on laptop"); "" when the
    lock cannot be read; None when the file has no lock."""
    lock = FileLock(path)
    if not lock.path.exists():
        return None
    owner = lock._owner()
    return "" if owner is None else f"process {owner['pid']} on {owner['host']}"


def lock_in_use(path: Path) -> bool:
    """Whether a running Gantry holds the lock of a plan file (a stale lock is no one's)."""
    lock = FileLock(path)
    if not lock.path.exists():
        return False
    return not lock._stale(lock._owner(), socket.gethostname())


def lock_host_elsewhere(path: Path) -> str | None:
    """The other computer whose Gantry holds the lock of a plan file, if another one does.

    Such a lock is never judged stale from here (its process cannot be looked up): if
    that computer died with the plan open, only deleting the lock frees the plan.
    """
    owner = FileLock(path)._owner()
    host = None if owner is None else owner.get("host")
    return host if isinstance(host, str) and host != socket.gethostname() else None


class FileLock:
    """Holds the lock of one plan file until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._plan_name = path.name
        self._held = False

    def acquire(self) -> None:
        """Take the lock or raise LockedError naming who holds it."""
        me = {"pid": os.getpid(), "host": socket.gethostname()}
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = self._owner()
                if self._stale(owner, str(me["host"])):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                who = "" if owner is None else f" (process {owner['pid']} on {owner['host']})"
                raise LockedError(
                    f"{self._plan_name} is already open in another Gantry window{who}"
                ) from None
            except OSError as exc:
                raise DocumentError(
                    f"cannot write beside {self._plan_name} in {self.path.parent}: {exc.strerror}"
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            self._held = True
            return
        raise LockedError(f"{self._plan_name} is already open in another Gantry window")

    def release(self) -> None:
        """Give the lock back (only if we hold it)."""
        if self._held:
            self._held = False
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def _owner(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
            return None
        return data

    def _stale(self, owner: dict[str, object] | None, host: str) -> bool:
        if owner is None:
            # Unreadable: a crash between creating and writing it, unless it is brand new.
            try:
                return time.time() - self.path.stat().st_mtime > _UNREADABLE_GRACE_S
            except FileNotFoundError:
                return True
        pid = owner.get("pid")
        if owner.get("host") != host or not isinstance(pid, int):
            return False
        return not running(pid) or self._older_than_boot()

    def _older_than_boot(self) -> bool:
        """Written before this computer last started: its process id is someone else's now.

        Read where the clock since boot counts suspended time too (Linux); elsewhere a
        sleeping laptop would make a live lock look older than the boot, so never.
        """
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is None:
            return False
        booted = time.time() - time.clock_gettime(boottime)
        try:
            return self.path.stat().st_mtime < booted - _BOOT_MARGIN_S
        except FileNotFoundError:
            return True
