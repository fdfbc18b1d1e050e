"""A link loop named as the sheet shows its tasks: by ID (the row), then the UID a client's
file keys them by, on a plan whose IDs are not its UIDs: the XML reader's note (window Notes
and CLI stderr), and the refusal of a .gantry holding a loop (window and CLI alike)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from app.cli import main
from app.domain.link import Link
from app.domain.loop_links import without_loops
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log
from app.ui.settings import Settings

NS = "http://schemas.microsoft.com/project"

# Kick-off (UID 7) is ID 1; Design (UID 40) is ID 2; Build (UID 12) is ID 3. Build follows
# Design, and a hand-added Design-after-Build (in Design's row) closes a loop.
NOTE = (
    "client.xml: link ID 3 -> ID 2 FS (UID 12 -> 40) left out: it closed a loop through "
    "ID 2 'Design' (UID 40), ID 3 'Build' (UID 12)"
)
REFUSAL = (
    "loop.gantry: the links form a loop through ID 2 'Design' (UID 40), ID 3 'Build' (UID 12); "
    "the link ID 3 -> ID 2 FS (UID 12 -> 40) closes it"
)


def _task(uid: int, task_id: int, name: str, *preds: int) -> str:
    links = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>1</Type></PredecessorLink>"
        for p in preds
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{task_id}</ID><Name>{name}</Name>"
        f"<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>{links}</Task>"
    )


def _client_xml(tmp_path: Path) -> Path:
    path = tmp_path / "client.xml"
    tasks = _task(7, 1, "Kick-off") + _task(40, 2, "Design", 12) + _task(12, 3, "Build", 40)
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        f"<StartDate>2026-01-05T08:00:00</StartDate><Tasks>{tasks}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def _session(monkeypatch, tmp_path: Path, errors: list[str]) -> Session:
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    monkeypatch.setattr(
        Session,
        "ask_import_target",
        classmethod(lambda cls, p, source: tmp_path / (source.stem + ".gantry")),
    )
    return Session(Settings())


def _loop_plan() -> Plan:
    plan = Plan(project=Project(name="P"))
    for uid, name in ((7, "Kick-off"), (40, "Design"), (12, "Build")):
        plan.append_task(Task(uid, name))
    plan.links.extend([Link(40, 12), Link(12, 40)])  # another tool's writing: edits refuse it
    return plan


def test_s27ln_the_xml_note_names_ids_and_uids(tmp_path, capsys):
    said: list[str] = []
    plan = read_mspdi(_client_xml(tmp_path), warn=said.append)
    assert [link.key for link in plan.links] == [(40, 12)]
    assert said == [NOTE]
    assert main(["schedule", str(tmp_path / "client.xml")]) == 0
    assert capsys.readouterr().err.splitlines() == [f"gantry: note: {NOTE}"]


def test_s27ln_the_window_notes_name_ids_and_uids(qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    window = _session(monkeypatch, tmp_path, errors).open_path(_client_xml(tmp_path))
    assert window is not None
    qtbot.addWidget(window)
    assert errors == []
    assert notes_log(window).last().lines == (NOTE,)
    window.close()


def test_s27ln_a_gantry_loop_is_refused_by_id_in_window_and_cli(
    qtbot, tmp_path, monkeypatch, capsys
):
    path = tmp_path / "loop.gantry"
    GantryFile.create(path, _loop_plan()).close()
    errors: list[str] = []
    assert _session(monkeypatch, tmp_path, errors).open_path(path) is None
    assert errors == [REFUSAL]
    assert main(["schedule", str(path)]) == 1
    assert capsys.readouterr().err == f"gantry: {REFUSAL}\n"


def test_s27ln_many_tasks_on_a_loop_are_counted_past_six():
    plan = Plan(project=Project(name="P"))
    uids = list(range(100, 108))
    for uid in uids:
        plan.append_task(Task(uid, f"T{uid}"))
    plan.links.extend(Link(a, b) for a, b in pairwise(uids))
    plan.links.append(Link(uids[-1], uids[0]))
    said = without_loops(plan)
    assert said == [
        "link ID 8 -> ID 1 FS (UID 107 -> 100) left out: it closed a loop through "
        + ", ".join(f"ID {i} 'T{99 + i}' (UID {99 + i})" for i in range(1, 7))
        + " and 2 more"
    ]
