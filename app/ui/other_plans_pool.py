"""The other plans one window includes the work of (Other Plans > Include Work from Other
Plans…), held once per window's document so the Usage view and the Team view's workload
chart show the same plans; kept in the settings for this plan, as before.

Each view that shows them listens to :attr:`OtherPlansPool.sig_changed`. A plan file that
changes on disk (edited in another window or by another Gantry) is read again once its
modification time moved, so the pool does not keep the bookings it first read (tester s31xp,
finding 3); the status bar says which were read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary, ref

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow
from shiboken6 import isValid

from app.domain.errors import AppError
from app.domain.pool_load import PoolPlan
from app.ui.document import Document
from app.ui.settings import Key, Settings, _plan_key

_MESSAGE_MS = 8000
_SETTLE_MS = 400  # a plan's write is several file changes: read it again once they settle
_POOLS: WeakKeyDictionary[Document, OtherPlansPool] = WeakKeyDictionary()


def _key(path: Path | None) -> Key[list[str]] | None:
    if path is None:
        return None
    return Key(f"usage_other_plans/{_plan_key(path)}", list, [])


class OtherPlansPool(QObject):
    """The other plans included in one window: files, read and scheduled plans."""

    sig_changed = Signal()  # other plans included or left out, or read again
    sig_reread = Signal(str)  # what was read again, for the status bar

    def __init__(self, document: Document) -> None:
        super().__init__()
        self._document = ref(document)  # the pool must not keep its document alive
        self.paths: list[Path] = []
        self.plans: list[PoolPlan] = []
        self.restored = False
        self._stamps: list[tuple[int, int] | None] = []  # each file's modification time when read
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self.refresh)

    def include(self, paths: list[Path], settings: Settings | None, keep: bool = True) -> str:
        """Read and schedule ``paths`` and include their work; what to say of it. An
        unreadable file or the plan itself raises AppError and nothing changes."""
        from app import formats
        from app.domain.scheduling.run import schedule_only

        own = self._path()
        plans = []
        stamps = []
        try:
            for path in paths:
                if own is not None and Path(path).resolve() == Path(own).resolve():
                    raise AppError(f"{Path(path).name}: this is the plan shown")
                stamps.append(_stamp(Path(path)))
                plan = formats.read_plan(Path(path))
                plans.append(PoolPlan(Path(path).stem, plan, schedule_only(plan)))
        except OSError as exc:
            raise AppError(str(exc)) from exc
        self.paths, self.plans, self._stamps = list(paths), plans, stamps
        self._watch()
        key = _key(own)
        if keep and key is not None:
            (settings or Settings()).set(key, [str(p) for p in paths])
        self.restored = True
        self.sig_changed.emit()
        names = ", ".join(pp.label for pp in plans)
        return f"Including work from {names}" if plans else "Other plans' work left out"

    def refresh(self) -> list[str]:
        """Read again each plan whose file's modification time moved since it was read; the
        labels read again (a file that cannot be read now, half written or gone, keeps the
        work read before)."""
        from app import formats
        from app.domain.scheduling.run import schedule_only

        plans = list(self.plans)
        stamps = list(self._stamps)
        again = []
        for k, path in enumerate(self.paths):
            stamp = _stamp(Path(path))
            if stamp is None or stamp == stamps[k]:
                continue
            try:
                plan = formats.read_plan(Path(path))
            except (AppError, OSError):
                continue  # told when it is included again; the work read before stands
            plans[k] = PoolPlan(plans[k].label, plan, schedule_only(plan))
            stamps[k] = stamp
            again.append(plans[k].label)
        self._watch()  # a file replaced whole (a Save As over it) is watched anew
        if again:
            self.plans, self._stamps = plans, stamps  # a new list: the views' memos see it
            self.sig_changed.emit()
            self.sig_reread.emit(f"Read again, changed on disk: {', '.join(again)}")
        return again

    def _watch(self) -> None:
        """Watch the included files, and only them."""
        watched = set(self._watcher.files())
        wanted = {str(p) for p in self.paths if Path(p).exists()}
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _on_file_changed(self, _path: str) -> None:
        self._settle.start()  # restarted by each change of one write

    def kept(self, settings: Settings | None) -> list[Path]:
        """The files kept for this plan that still exist (once per window: [] after)."""
        key = _key(self._path())
        if self.restored or key is None:
            return []
        self.restored = True
        files: list[str] = (settings or Settings()).get(key)
        return [Path(p) for p in files if Path(p).exists()]

    def _path(self) -> Path | None:
        document = self._document()
        return None if document is None else document.path


def _stamp(path: Path) -> tuple[int, int] | None:
    """The file's modification time and size (None: gone): two writes within the clock's
    tick most often differ in size."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size


def pool_of(document: Document) -> OtherPlansPool:
    """The other plans of ``document``'s window (made when first asked)."""
    pool = _POOLS.get(document)
    if pool is None:
        pool = _POOLS[document] = OtherPlansPool(document)
    return pool


class OtherPlansChooser:
    """What each view's Other Plans button does with its window's plans (the Usage view's
    and the Team view's alike): include files, pick them, leave them out, say so."""

    def __init__(self, view: Any, settings: Settings | None = None) -> None:
        self.view = view
        self.settings = settings
        self.pool = pool_of(view.document)
        self.last_message = ""
        self.pool.sig_reread.connect(self._on_reread)

    @property
    def paths(self) -> list[Path]:
        """The files included."""
        return self.pool.paths

    @property
    def plans(self) -> list[PoolPlan]:
        """The plans included, read and scheduled."""
        return self.pool.plans

    def include(self, paths: list[Path], keep: bool = True) -> bool:
        """Read and schedule ``paths`` and include their work (in both views); one that cannot
        be read is said in the status bar and nothing changes (False)."""
        try:
            text = self.pool.include(paths, self.settings, keep)
        except AppError as exc:
            self.say(f"Other plans not included: {exc}")
            return False
        self.say(text)
        return True

    def choose(self) -> None:
        """Include Work from Other Plans…: pick the files."""
        from app import formats

        patterns = " ".join(f"*{ext}" for ext in formats.readable_extensions())
        own = self.view.document.path
        names, _filter = QFileDialog.getOpenFileNames(
            self.view,
            "Include Work from Other Plans",
            str(Path(own).parent) if own is not None else "",
            f"Plans ({patterns});;All files (*)",
        )
        if names:
            self.include([Path(n) for n in names])

    def leave_out(self) -> None:
        """Leave Out Other Plans' Work."""
        self.include([])

    def _on_reread(self, text: str) -> None:
        if isValid(self.view):  # the pool outlives a view closed before its window
            self.say(text)

    def say(self, text: str) -> None:
        """Say ``text`` in the window's status bar (kept in ``last_message``)."""
        self.last_message = text
        window = self.view.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, _MESSAGE_MS)
