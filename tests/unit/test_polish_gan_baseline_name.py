"""GanttProject baselines keep the name the file gives them ("baseline A"), not "Baseline"."""

from __future__ import annotations

from app.cli import main
from app.domain.baseline import Baseline
from app.io.gan import read_gan

FILE = "gan/blyoa-task-in-baseline-crossing-one-off-holiday.gan"


def test_baseline_keeps_the_files_name(shared_data):
    plan = read_gan(shared_data / FILE)
    assert [b.name for b in plan.baselines.values()] == ["baseline A"]
    assert plan.baselines[0].label() == "baseline A"


def test_unnamed_baselines_keep_ms_projects_names():
    assert Baseline(0, None).label() == "Baseline"
    assert Baseline(3, None).label() == "Baseline 3"
    assert Baseline(3, None, name="  ").label() == "Baseline 3"


def test_gantry_info_lists_the_baseline_by_its_name(shared_data, capsys):
    assert main(["info", str(shared_data / FILE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Baselines:")] == [
        "baseline A"
    ]
