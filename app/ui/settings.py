"""Every setting the window keeps, declared once with its type and default.

Preferences (what the user chose) live under ``prefs/``; window state (what
the window remembers about itself) lives under ``state/``, so that resetting
one never touches the other. QSettings does the storage; tests point it at a
temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Key(Generic[T]):
    """A settings key: its name, the type of its value and the value when unset."""

    name: str
    kind: type
    default: T


# Preferences.
RECENT_LIMIT: Key[int] = Key("prefs/recent_limit", int, 10)

# Remembered state.
RECENT_FILES: Key[list[str]] = Key("state/recent_files", list, [])
LAST_FOLDER: Key[str] = Key("state/last_folder", str, "")
LAST_VIEW: Key[str] = Key("state/last_view", str, "gantt")
WINDOW_GEOMETRY: Key[QByteArray] = Key("state/window_geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("state/window_state", QByteArray, QByteArray())
SPLITTER_STATE: Key[QByteArray] = Key("state/gantt_splitter", QByteArray, QByteArray())
TREE_HEADER_STATE: Key[QByteArray] = Key("state/task_tree_header", QByteArray, QByteArray())


class Settings:
    """Typed access to QSettings (organisation and application "Gantry", INI format)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Gantry", "Gantry"
        )

    def get(self, key: Key[T]) -> T:
        """The stored value, or the key's default when unset or unreadable."""
        raw = self._store.value(key.name)
        if raw is None:
            return key.default
        if key.kind is list:
            # INI storage turns a one-item list into a plain string.
            items = raw if isinstance(raw, list) else [raw]
            return [str(v) for v in items if v]  # type: ignore[return-value]
        if key.kind is int:
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return key.default
        if isinstance(raw, key.kind):
            return raw  # type: ignore[no-any-return]
        return key.default

    def set(self, key: Key[T], value: T) -> None:
        """Store a value."""
        self._store.setValue(key.name, value)

    def reset(self, key: Key[T]) -> None:
        """Forget a value (the default applies again)."""
        self._store.remove(key.name)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """Recently opened plans, newest first, that still exist."""
        return [Path(p) for p in self.get(RECENT_FILES) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put a plan at the top of the recent list and remember its folder."""
        text = str(Path(path).resolve())
        items = [p for p in self.get(RECENT_FILES) if p != text]
        items.insert(0, text)
        self.set(RECENT_FILES, items[: max(1, self.get(RECENT_LIMIT))])
        self.set(LAST_FOLDER, str(Path(text).parent))

    def last_folder(self) -> Path:
        """Folder of the last plan opened or saved (home when none)."""
        folder = self.get(LAST_FOLDER)
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()
