"""``gantry convert`` into a folder that does not exist: one line, exit 1, nothing created."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main


@pytest.mark.parametrize("ext", [".gantry", ".xlsx", ".xml", ".csv", ".pdf", ".png"])
def test_convert_into_a_missing_folder_says_so_and_creates_nothing(tmp_path, capsys, ext):
    demo = resource_path("demo", "crm-rollout.gantry")
    missing = tmp_path / "typo" / "deeper"
    status = main(["convert", str(demo), str(missing / f"plan{ext}")])
    _, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1
    assert "no such folder" in err
    assert "typo" in err
    assert "internal error" not in err
    assert not (tmp_path / "typo").exists()


def test_convert_onto_a_file_used_as_a_folder_says_so(tmp_path: Path, capsys):
    demo = resource_path("demo", "crm-rollout.gantry")
    (tmp_path / "notes.txt").write_text("x")
    status = main(["convert", str(demo), str(tmp_path / "notes.txt" / "plan.csv")])
    _, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1
    assert "not a folder" in err


@pytest.mark.parametrize("ext", [".gantry", ".xlsx", ".xml", ".csv", ".pdf", ".png"])
def test_convert_onto_an_existing_folder_says_so(tmp_path, capsys, ext):
    demo = resource_path("demo", "crm-rollout.gantry")
    folder = tmp_path / f"plan{ext}"
    folder.mkdir()
    status = main(["convert", str(demo), str(folder)])
    _, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1
    assert "is a folder" in err
    assert "internal error" not in err


@pytest.mark.parametrize("where", ["missing/report.pdf", "report.pdf"])
def test_report_into_a_missing_folder_or_onto_a_folder_says_so(tmp_path, capsys, where):
    demo = resource_path("demo", "crm-rollout.gantry")
    target = tmp_path / where
    if where == "report.pdf":
        target.mkdir()
    status = main(["report", str(demo), str(target)])
    _, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1
    assert ("is a folder" in err) or ("no such folder" in err)
