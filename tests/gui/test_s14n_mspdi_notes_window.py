"""Opening or importing an MS Project XML file shows what the plan leaves out of it
(custom fields Gantry does not keep, with their values) in the new window's notes,
as the CLI says it on stderr; a file that loses nothing adds no such words."""

from __future__ import annotations

from tests.gui.test_s14f_import_notes import _import, _said, _save_as, window  # noqa: F401

_LOST = "110 values of 110 custom fields Gantry does not keep are left out"


def test_open_of_an_xml_says_its_resource_values_are_left_out(
    session, monkeypatch, qtbot, tmp_path, shared_data
):
    _save_as(monkeypatch, tmp_path / "opened.gantry")
    win = session.open_path(shared_data / "mspdi" / "mspdiresource.xml")
    assert win is not None
    qtbot.addWidget(win)
    said = _said(win)
    assert f"mspdiresource.xml: {_LOST}" in said
    assert "first: FieldID 205520904 = '1' on Resource #2 (UID 1)" in said
    assert len(win.document.plan.resources) > 0  # the plan itself is read as before


def test_import_of_an_xml_says_its_enterprise_fields_are_left_out(
    window,  # noqa: F811
    monkeypatch,
    qtbot,
    tmp_path,
    shared_data,
):
    source = shared_data / "mpp" / "schedule-conflict.xml"
    new = _import(window, monkeypatch, qtbot, source, tmp_path / "conflict.gantry")
    said = _said(new)
    assert "13 custom fields Gantry does not keep are left out, none holding a value" in said
    assert "'Health' (Enterprise Custom Field 2, FieldID 188776449)" in said


def test_an_xml_that_loses_nothing_adds_no_note(session, monkeypatch, qtbot, tmp_path, shared_data):
    _save_as(monkeypatch, tmp_path / "sample.gantry")
    win = session.open_path(shared_data / "mspdi" / "sample.xml")
    assert win is not None
    qtbot.addWidget(win)
    assert "does not keep" not in _said(win)  # no custom field lost (others may be noted)
