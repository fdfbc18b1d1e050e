"""``gantry`` without a file reopens the user's plan, as a desktop planner does: each launch
made another demo copy ("(demo)", "(demo) 2", "(demo) 3") and never reopened the plan the
user had been working on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.cli.demo import DEMO_NAME, plan_to_open
from app.ui.settings import Settings


def test_s23sm_the_plan_opened_last_is_reopened(tmp_path):
    mine = tmp_path / "mine.gantry"
    mine.write_bytes(b"x")
    gone = tmp_path / "gone.gantry"
    folder = tmp_path / "Gantry"
    assert plan_to_open([gone, mine], folder) == mine
    assert not folder.exists()  # no demo copy made


def test_s23sm_the_untouched_demo_copy_is_reused_not_copied_again(tmp_path):
    first = plan_to_open([], tmp_path)
    assert first.name == f"{DEMO_NAME}.gantry"
    assert plan_to_open([tmp_path / "gone.gantry"], tmp_path) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.name]


def test_s23sm_a_demo_copy_the_user_changed_is_left_and_a_fresh_one_made(tmp_path):
    first = plan_to_open([], tmp_path)
    first.write_bytes(first.read_bytes() + b"changed")
    second = plan_to_open([], tmp_path)
    assert second.name == f"{DEMO_NAME} 2.gantry"
    assert plan_to_open([], tmp_path) == second  # and that one is reused


def test_s23sm_gantry_without_a_file_opens_the_recent_plan(tmp_path, monkeypatch):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    mine = tmp_path / "mine.gantry"
    mine.write_bytes(b"x")
    settings.add_recent(mine)
    monkeypatch.setattr("app.ui.settings.Settings", lambda: settings)
    monkeypatch.setattr("app.cli.demo.plans_folder", lambda: tmp_path / "Gantry")
    opened: list[Path] = []
    monkeypatch.setattr("app.ui.app.launch", lambda path: opened.append(path) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    from app.cli import main

    assert main([]) == 0
    assert opened == [mine.resolve()]
    assert not (tmp_path / "Gantry").exists()
