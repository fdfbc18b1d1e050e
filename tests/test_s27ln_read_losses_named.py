"""A client's MS Project file whose read left three things out (custom fields, resource codes,
timephased work; its assignment baseline is read since s29mo): the CLI's notes and its refusal
to write it back in place name all three, the same list the window's Save a Copy As question
names."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import formats
from app.cli import main
from app.io.left_out import lost_said
from app.ui.save_over_read import heard_read, lost_over


def _client_xml(shared_data: Path, tmp_path: Path) -> Path:
    xml = tmp_path / "client.xml"
    shutil.copyfile(shared_data / "mspdi" / "mspdiresource.xml", xml)
    xml.chmod(0o644)
    return xml


def _window_list(xml: Path) -> list[str]:
    """What the window would say Save a Copy As over ``xml`` loses, read as it reads it."""
    said: list[str] = []
    formats.read_plan(xml, note=said.append)
    losses: dict[Path, list[str]] = {}
    heard_read(losses, xml, said)
    return lost_over(losses, xml)


def test_s27ln_refusal_names_what_the_window_names(shared_data, tmp_path, capsys):
    xml = _client_xml(shared_data, tmp_path)
    before = xml.read_bytes()
    window = _window_list(xml)
    assert len(window) == 3
    assert "3 resource codes" in window
    assert not any("assignment baseline" in w for w in window)  # read since s29mo

    assert main(["project", str(xml), "--company", "Acme"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    notes = [line for line in err if line.startswith("gantry: note: client.xml: ")]
    # its times with seconds are said too (s31rt): the plan keeps minutes, not a loss named here
    notes = [line for line in notes if "kept to the minute" not in line]
    assert len(notes) == 3  # one note for each thing left out, as the window's Notes
    for what in window:
        assert sum(what in line for line in notes) == 1
    assert err[-1] == (
        f"gantry: client.xml: writing it back would lose {lost_said(window)}; "
        "give -o OUT.gantry (or OUT.xml to accept the loss)"
    )
    assert "custom fields" in err[-1]
    assert "timephased task % complete" in err[-1]
    assert "..." not in err[-1]
    assert xml.read_bytes() == before


def test_s27ln_lost_said_names_all():
    assert lost_said(["a"]) == "a"
    assert lost_said(["a", "b", "c", "d"]) == "a, b, c and d"
