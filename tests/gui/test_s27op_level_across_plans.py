"""Leveling in the window with other plans' work included (Other Plans): their bookings of
the same people are busy time this plan's tasks wait for, as ``gantry level C --busy A``
does, and the Resource Leveling dialog and the message say which plans were counted."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app import formats
from app.cli import main
from app.cli.pool_plans import read_pool
from app.domain.leveling_resume import leveling_of
from app.domain.pool_load import PoolLoad
from app.ui.dialogs.leveling_dialog import LevelingDialog, others_note
from app.ui.document import Document
from app.ui.other_plans_pool import pool_of
from app.ui.team.leveling_actions import level_resources

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def two_clients(tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    return a, c


def _over_people(paths):
    load = PoolLoad(read_pool(paths, argparse.Namespace(sheet=None)))
    return {p.name for p in load.people if load.overallocations(p)}


def _delays(plan):
    return {t.uid: leveling_of(t) for t in plan.tasks}


def test_s27op_level_resources_waits_for_the_other_plans(qtbot, two_clients, tmp_path):
    a, c = two_clients
    before_a = a.read_bytes()
    doc = Document(formats.read_plan(c))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.document = doc  # type: ignore[attr-defined]
    assert others_note(parent) == ""
    assert pool_of(doc).include([a], None, keep=False)
    assert others_note(parent) == "Also counting work in: clientA"
    said = level_resources(doc, parent)
    assert said.startswith("Also counting work in: clientA. ")
    assert "Delayed" in said
    # the same delays as gantry level C --busy A, the same domain call
    out = tmp_path / "cli.gantry"
    assert main(["level", str(c), "--busy", str(a), "-o", str(out)]) == 0
    assert _delays(doc.plan) == _delays(formats.read_plan(out))
    assert a.read_bytes() == before_a  # the other plan is read, never written
    mine = tmp_path / "window.gantry"
    formats.write_plan(doc.plan, mine)
    assert "Priya Nair" not in _over_people([a, mine])


def test_s27op_level_without_other_plans_is_as_before(qtbot, two_clients, tmp_path):
    a, c = two_clients
    doc = Document(formats.read_plan(c))
    parent = QWidget()
    qtbot.addWidget(parent)
    said = level_resources(doc, parent)
    assert "Also counting" not in said
    mine = tmp_path / "window.gantry"
    formats.write_plan(doc.plan, mine)
    assert "Priya Nair" in _over_people([a, mine])  # the clash across plans is left


def test_s27op_leveling_dialog_names_the_plans(qtbot, two_clients, tmp_path):
    a, c = two_clients
    doc = Document(formats.read_plan(c))
    assert pool_of(doc).include([a], None, keep=False)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.document = doc  # type: ignore[attr-defined]
    dialog = LevelingDialog(doc.plan.project.leveling, None, None, others_note(holder))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.others.isVisible()
    assert dialog.others.text() == "Also counting work in: clientA"
    dialog.grab().save(str(tmp_path / "leveling_dialog.png"))
    plain = LevelingDialog(doc.plan.project.leveling)
    qtbot.addWidget(plain)
    with qtbot.waitExposed(plain):
        plain.show()
    assert not plain.others.isVisible()
