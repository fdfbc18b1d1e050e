"""Writing commands given a client's MS Project file without -o: refused when reading it
left something out (the file would lose it), allowed when nothing was left out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"

WRITERS = [
    ["project", "{f}", "--company", "Acme"],
    ["status-date", "{f}", "2001-01-05"],
    ["move", "{f}", "--start", "2001-02-05"],
]


def _client_xml(shared_data: Path, tmp_path: Path) -> Path:
    bx = tmp_path / "bx.xml"
    shutil.copyfile(shared_data / "mspdi" / "baselines.xml", bx)
    bx.chmod(0o644)
    return bx


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_s26wx_in_place_write_that_would_lose_data_is_refused(
    shared_data, tmp_path, capsys, command
):
    bx = _client_xml(shared_data, tmp_path)
    before = bx.read_bytes()
    assert main([a.format(f=bx) for a in command]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == (
        # its assignment baseline is read since s29mo, so it is not lost
        "gantry: bx.xml: writing it back would lose 10 resource baselines "
        "and 24 other timephased values; "
        "give -o OUT.gantry (or OUT.xml to accept the loss)"
    )
    assert "Traceback" not in "\n".join(err)
    assert bx.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bx.xml"]


def test_s26wx_with_o_the_client_file_is_kept_and_out_written(shared_data, tmp_path, capsys):
    bx = _client_xml(shared_data, tmp_path)
    before = bx.read_bytes()
    out = tmp_path / "out.xml"
    assert main(["project", str(bx), "--company", "Acme", "-o", str(out)]) == 0
    assert bx.read_bytes() == before
    assert "<Company>Acme</Company>" in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["project", str(out)]) == 0  # read back: the company is there
    assert "Acme" in capsys.readouterr().out


def test_s26wx_xml_that_loses_nothing_is_still_written_in_place(tmp_path, capsys):
    xml = tmp_path / "plan.xml"
    assert main(["convert", str(DEMO), str(xml)]) == 0
    capsys.readouterr()
    assert main(["project", str(xml), "--company", "Acme"]) == 0
    assert "lose" not in capsys.readouterr().err
    assert "<Company>Acme</Company>" in xml.read_text(encoding="utf-8")
