"""File > Open on a workbook (or MS Project XML) named .gantry: read by its content, as
the CLI does, kept in a new .gantry file; the file opened is never written."""

from __future__ import annotations

import pytest

from app import formats
from app.assets import resource_path
from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log
from app.ui.settings import Settings

_DEMO = resource_path("demo", "crm-rollout.gantry")


@pytest.fixture
def errors(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: said.append(m)))
    return said


@pytest.fixture
def disguised(tmp_path, request):
    """The demo plan written as ``request.param`` (.xlsx, .xml), then renamed plan.gantry."""
    written = tmp_path / f"plan{request.param}"
    formats.write_plan(formats.read_plan(_DEMO), written)
    path = tmp_path / "plan.gantry"
    written.rename(path)
    return path


@pytest.mark.parametrize(
    ("disguised", "what"),
    [(".xlsx", "an Excel workbook"), (".xml", "MS Project XML")],
    indirect=["disguised"],
)
def test_it_opens_as_an_import_and_the_file_is_left_alone(
    qtbot, tmp_path, monkeypatch, errors, disguised, what
):
    before = disguised.read_bytes()
    asked = []

    def ask(cls, parent, suggestion):
        asked.append(suggestion)
        return suggestion

    monkeypatch.setattr(Session, "ask_import_target", classmethod(ask))
    session = Session(Settings())
    window = session.open_path(disguised)
    assert window is not None
    qtbot.addWidget(window)
    assert errors == []
    assert asked == [tmp_path / "plan-2.gantry"]  # Save As, never over the file opened
    assert window.document.path == tmp_path / "plan-2.gantry"
    assert len(window.document.plan.tasks) == len(formats.read_plan(_DEMO).tasks)
    status = "; ".join(notes_log(window).last().lines)
    assert f"plan.gantry is {what}" in status
    assert "kept as plan-2.gantry, plan.gantry is left as it was" in status
    window.close()
    assert disguised.read_bytes() == before
    assert not disguised.with_name("plan.gantry.lock").exists()


@pytest.mark.parametrize("disguised", [".xlsx"], indirect=True)
def test_choosing_the_file_itself_is_refused_and_asked_again(
    qtbot, tmp_path, monkeypatch, errors, disguised
):
    before = disguised.read_bytes()
    answers = [disguised, tmp_path / "kept.gantry"]
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda c, p, s: answers.pop(0)))
    window = Session(Settings()).open_path(disguised)
    assert window is not None
    qtbot.addWidget(window)
    assert len(errors) == 1
    assert errors[0].startswith("plan.gantry is the file being read")
    assert window.document.path == tmp_path / "kept.gantry"
    window.close()
    assert disguised.read_bytes() == before


@pytest.mark.parametrize("disguised", [".xlsx"], indirect=True)
def test_cancelling_the_save_as_opens_nothing(qtbot, monkeypatch, errors, disguised):
    before = disguised.read_bytes()
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda c, p, s: None))
    session = Session(Settings())
    assert session.open_path(disguised) is None
    assert session.windows == []
    assert errors == []
    assert disguised.read_bytes() == before
