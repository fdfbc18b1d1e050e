"""A plan's connection runs no sqlite-utils plugin: one installed on the user's machine (for
their own databases) could register SQL functions or change pragmas on a .gantry file."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pluggy
from sqlite_utils.plugins import pm

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

hookimpl = pluggy.HookimplMarker("sqlite_utils")


class _Recorder:
    def __init__(self) -> None:
        self.prepared = 0

    @hookimpl
    def prepare_connection(self, conn):  # pluggy passes the hook's argument by name
        self.prepared += 1


def test_s21me_a_plan_s_connection_runs_no_installed_plugin(tmp_path):
    recorder = _Recorder()
    pm.register(recorder, name="s21me-recorder")
    try:
        plan = Plan(project=Project(name="Small", start=datetime(2027, 3, 1, 8)))
        plan.append_task(Task(1, "Build", 1, duration_minutes=480))
        path = tmp_path / "small.gantry"
        GantryFile.create(path, plan).close()
        with GantryFile.open(path) as file:
            file.plan.update_task(replace(file.plan.task(1), name="Built"))
    finally:
        pm.unregister(name="s21me-recorder")
    assert read_plan(path).task(1).name == "Built"  # the edit was written
    assert recorder.prepared == 0
