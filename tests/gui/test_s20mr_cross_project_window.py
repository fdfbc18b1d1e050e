"""File > Open of an MS Project XML with a link from another project's task keeps the note the
command line says (tests/test_s20mr_cross_project.py) in the new window's notes, once."""

from __future__ import annotations

from tests.gui.test_s14f_import_notes import _said, _save_as


def test_s20mr_open_keeps_the_cross_project_note_once(
    session, monkeypatch, qtbot, tmp_path, shared_data
):
    _save_as(monkeypatch, tmp_path / "opened.gantry")
    win = session.open_path(shared_data / "mpp" / "GetCrossProjectTaskLinks.xml")
    assert win is not None
    qtbot.addWidget(win)
    said = _said(win)
    assert said.count("cross-project link") == 1
    assert (
        "GetCrossProjectTaskLinks.xml: 1 cross-project link is not scheduled by Gantry (first: "
        "'Task1' (UID 1) "
        "follows task 2 of 'crossProject.mpp', finish-to-start)"
    ) in said
