"""Opening an XML that declares ISO-8859-1 but holds UTF-8: the names come out right and
its notes say how the file was read."""

from __future__ import annotations

from app import formats
from app.assets import resource_path
from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log
from app.ui.settings import Settings


def test_the_window_reads_it_as_utf8_and_says_so(qtbot, tmp_path, monkeypatch):
    plan = formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    written = tmp_path / "written.xml"
    formats.write_plan(plan, written)
    text = written.read_bytes().replace(b"'UTF-8'", b"'ISO-8859-1'", 1)
    name = plan.tasks[1].name
    text = text.replace(f"<Name>{name}</Name>".encode(), "<Name>Réunion élargie</Name>".encode())
    source = tmp_path / "client.xml"
    source.write_bytes(text)
    target = tmp_path / "client.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda c, p, s: target))
    window = Session(Settings()).open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    names = [t.name for t in window.document.plan.tasks]
    assert "Réunion élargie" in names
    assert not any("Ã" in n for n in names)
    assert notes_log(window).last().lines == (
        "client.xml declares ISO-8859-1 but its text is UTF-8; read it as UTF-8",
    )
    window.close()
