"""Settings: typed keys with defaults, recent files, and window state kept apart from preferences."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.ui import settings as keys
from app.ui.settings import Settings


def make(tmp_path):
    return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))


def test_defaults_when_unset(tmp_path):
    s = make(tmp_path)
    assert s.get(keys.RECENT_FILES) == []
    assert s.get(keys.LAST_VIEW) == "gantt"
    assert s.get(keys.RECENT_LIMIT) == 10
    assert s.get(keys.WINDOW_GEOMETRY).isEmpty()
    assert s.last_folder().exists()


def test_values_survive_a_new_settings_object(tmp_path):
    s = make(tmp_path)
    s.set(keys.LAST_VIEW, "risks")
    s.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    s.sync()
    again = make(tmp_path)
    assert again.get(keys.LAST_VIEW) == "risks"
    assert bytes(again.get(keys.WINDOW_GEOMETRY).data()) == b"\x01\x02"


def test_recent_files_newest_first_unique_limited_and_existing(tmp_path):
    s = make(tmp_path)
    s.set(keys.RECENT_LIMIT, 3)
    files = []
    for n in range(5):
        f = tmp_path / f"plan{n}.gantry"
        f.write_bytes(b"x")
        files.append(f)
        s.add_recent(f)
    s.add_recent(files[3])
    assert s.recent_files() == [files[3], files[4], files[2]]
    files[4].unlink()
    assert s.recent_files() == [files[3], files[2]]
    assert s.last_folder() == tmp_path


def test_a_single_recent_file_reads_back_as_a_list(tmp_path):
    s = make(tmp_path)
    f = tmp_path / "only.gantry"
    f.write_bytes(b"x")
    s.add_recent(f)
    s.sync()
    assert make(tmp_path).recent_files() == [f]


def test_window_state_is_kept_apart_from_preferences():
    state = [k for k in vars(keys).values() if isinstance(k, keys.Key)]
    assert all(k.name.startswith(("prefs/", "state/")) for k in state)
    assert keys.WINDOW_GEOMETRY.name.startswith("state/")
    assert keys.RECENT_LIMIT.name.startswith("prefs/")


def test_unreadable_value_falls_back_to_the_default(tmp_path):
    raw = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    raw.setValue(keys.RECENT_LIMIT.name, "many")
    s = Settings(raw)
    assert s.get(keys.RECENT_LIMIT) == 10
