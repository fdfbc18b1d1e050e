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


def test_a_read_only_folder_is_told_before_the_input_is_read(tmp_path, capsys, monkeypatch):
    import os

    read: list[object] = []
    monkeypatch.setattr(formats, "read_plan", lambda *a, **k: read.append(a))
    folder = tmp_path / "shared"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if p == folder else real_access(p, mode)
    )
    source = tmp_path / "plan.xml"
    source.write_text("<Project/>")
    status = main(["convert", str(source), str(folder / "plan.xlsx")])
    err = capsys.readouterr().err
    assert status == 1
    assert read == []
    assert f"{folder}: cannot write there" in err
