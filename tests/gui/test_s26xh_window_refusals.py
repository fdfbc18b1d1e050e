"""Opening a client's odd MS Project XML in the window (s26xb M6, L2): a loop opens with
the link left out said in the Notes; a refusal names the file, as the CLI's does; a .gantry
holding a loop is refused the same way by the window and the CLI, naming the link."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.domain.link import Link
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log
from app.ui.settings import Settings

NS = "http://schemas.microsoft.com/project"


def _task(uid: int, name: str, *preds: int) -> str:
    links = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>1</Type></PredecessorLink>"
        for p in preds
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{links}</Task>"
    )


def _xml(tmp_path: Path, name: str, *tasks: str) -> Path:
    path = tmp_path / name
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>" + "".join(tasks) + "</Tasks></Project>",
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


def test_a_loop_opens_and_the_notes_name_the_link_left_out(qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    source = _xml(tmp_path, "client.xml", _task(2, "Scope", 3), _task(3, "Sponsor", 2))
    window = _session(monkeypatch, tmp_path, errors).open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    assert errors == []
    assert [link.key for link in window.document.plan.links] == [(2, 3)]
    assert notes_log(window).last().lines == (
        "client.xml: link ID 2 -> ID 1 FS (UID 3 -> 2) left out: it closed a loop through "
        "ID 1 'Scope' (UID 2), ID 2 'Sponsor' (UID 3)",
    )
    window.close()


def test_a_duplicate_uid_refusal_names_the_file(qtbot, tmp_path, monkeypatch):
    errors: list[str] = []
    source = _xml(tmp_path, "dupuid.xml", _task(1, "A"), _task(1, "B"))
    assert _session(monkeypatch, tmp_path, errors).open_path(source) is None
    assert len(errors) == 1
    assert errors[0].startswith("dupuid.xml: ")
    assert "used twice" in errors[0]


def test_a_gantry_holding_a_loop_is_refused_alike_by_window_and_cli(
    qtbot, tmp_path, monkeypatch, capsys
):
    errors: list[str] = []
    source = _xml(tmp_path, "ok.xml", _task(2, "Scope"), _task(3, "Sponsor", 2))
    window = _session(monkeypatch, tmp_path, errors).open_path(source)
    assert window is not None
    plan = window.document.plan
    window.close()
    plan.links.append(Link(3, 2))  # another tool's writing: Gantry's edits refuse it
    path = tmp_path / "loop.gantry"
    GantryFile.create(path, plan).close()
    said = (
        "loop.gantry: the links form a loop through ID 1 'Scope' (UID 2), "
        "ID 2 'Sponsor' (UID 3); the link ID 2 -> ID 1 FS (UID 3 -> 2) closes it"
    )
    assert Session(Settings()).open_path(path) is None
    assert errors == [said]
    assert main(["schedule", str(path)]) == 1
    assert capsys.readouterr().err == f"gantry: {said}\n"
