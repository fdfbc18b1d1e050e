"""``gantry convert`` says an output format it cannot write before reading the input
(a 100k-task plan was read and scheduled first), and names the formats it writes."""

from __future__ import annotations

from app import formats
from app.cli import main


def test_unwritable_output_is_told_before_the_input_is_read(tmp_path, capsys, monkeypatch):
    read: list[object] = []
    monkeypatch.setattr(formats, "read_plan", lambda *a, **k: read.append(a))
    source = tmp_path / "plan.xml"
    source.write_text("<Project/>")
    status = main(["convert", str(source), str(tmp_path / "plan.mpp")])
    err = capsys.readouterr().err
    assert status == 1
    assert read == []
    assert err.count("\n") == 1
    assert "cannot write .mpp files" in err
    assert ".xlsx" in err  # what it can write instead
    assert not (tmp_path / "plan.mpp").exists()
