"""``gantry level --order/--splits/--no-splits`` writes the options it leveled with into
the plan, as the window's Leveling Options > Level All keeps them, in .gantry and (for
the split choice) MS Project XML."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan as read_any
from app.store.document import read_plan, write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(options: LevelingOptions) -> Plan:
    """Two 2-day tasks of Ana's at once: leveling delays one."""
    plan = Plan(project=Project(name="Clash", start=MON, leveling=options))
    plan.append_task(Task(1, "Design", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


@pytest.mark.parametrize(
    ("flags", "kept"),
    [
        (["--order", "id", "--no-splits"], LevelingOptions(LevelingOrder.ID_ONLY, False)),
        (["--order", "priority"], LevelingOptions(LevelingOrder.PRIORITY_STANDARD, False)),
        (["--splits"], LevelingOptions(LevelingOrder.STANDARD, True)),
        ([], LevelingOptions(LevelingOrder.STANDARD, False)),  # the plan's own, unchanged
    ],
)
def test_the_output_keeps_the_options_used(tmp_path, capsys, flags, kept):
    source = tmp_path / "clash.gantry"
    write_plan(_plan(LevelingOptions(LevelingOrder.STANDARD, False)), source)
    out = tmp_path / "leveled.gantry"
    assert main(["level", str(source), "-o", str(out), *flags]) == 0
    said = capsys.readouterr().out
    assert f"Order: {kept.order.label};" in said
    leveled = read_plan(out)
    assert leveled.project.leveling == kept
    assert read_plan(source).project.leveling == LevelingOptions(LevelingOrder.STANDARD, False)
    assert leveled.task(2).leveling_delay_minutes == 2 * DAY  # and it did level


def test_in_place_the_file_keeps_them_and_the_next_run_uses_them(tmp_path, capsys):
    source = tmp_path / "clash.gantry"
    write_plan(_plan(LevelingOptions()), source)
    assert main(["level", str(source), "--order", "id", "--no-splits"]) == 0
    assert read_plan(source).project.leveling == LevelingOptions(LevelingOrder.ID_ONLY, False)
    capsys.readouterr()
    assert main(["level", str(source)]) == 0  # no flags: the options saved last time
    assert "Order: ID Only; splits in remaining work off" in capsys.readouterr().out


def test_no_splits_reaches_ms_project_xml(tmp_path, capsys):
    source = tmp_path / "clash.gantry"
    write_plan(_plan(LevelingOptions()), source)
    out = tmp_path / "leveled.xml"
    assert main(["level", str(source), "-o", str(out), "--no-splits"]) == 0
    capsys.readouterr()
    assert "<LevelingCanSplit>0</LevelingCanSplit>" in out.read_text(encoding="utf-8")
    assert read_any(out).project.leveling.split_remaining is False


def test_the_window_opens_on_the_options_the_cli_kept(tmp_path, capsys, qtbot, monkeypatch):
    from app.ui.app import Session
    from app.ui.dialogs.leveling_dialog import LevelingDialog
    from app.ui.settings import Settings

    source = tmp_path / "clash.gantry"
    write_plan(_plan(LevelingOptions()), source)
    assert main(["level", str(source), "--order", "priority", "--no-splits"]) == 0
    capsys.readouterr()
    session = Session(Settings())
    window = session.open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    shown: list[LevelingOptions] = []

    def ask(cls, options, parent=None):
        shown.append(options)
        return

    monkeypatch.setattr(LevelingDialog, "ask", classmethod(ask))
    window.action_collection["leveling_options"].trigger()
    assert shown == [LevelingOptions(LevelingOrder.PRIORITY_STANDARD, False)]
    window.close()


def test_replace_keeps_other_project_fields(tmp_path, capsys):
    plan = _plan(LevelingOptions())
    plan.set_project(replace(plan.project, name="Keep me", minutes_per_day=420))
    source = tmp_path / "clash.gantry"
    write_plan(plan, source)
    assert main(["level", str(source), "--order", "id"]) == 0
    capsys.readouterr()
    project = read_plan(source).project
    assert (project.name, project.minutes_per_day) == ("Keep me", 420)
