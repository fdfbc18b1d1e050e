"""A .gan cut short (a copy or a sync that stopped) said 'is not valid XML (line 49,
column 9)', as for a typo: it now says the file ends before its <project> closes, at which
line, so the user fetches it again rather than looking for a mistake. Nothing is read;
the CLI exits 1 with that one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.gan import read_gan
from tests.cli.test_cli import gantry


@pytest.mark.parametrize("cut", [3000, 2990, 5123])
def test_s19gp_cut_short_said(shared_data: Path, tmp_path: Path, cut: int) -> None:
    whole = (shared_data / "gan" / "ganttproject-HouseBuildingSample.gan").read_bytes()
    path = tmp_path / "house.gan"
    path.write_bytes(whole[:cut])
    lines = whole[:cut].count(b"\n") + 1
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    assert str(caught.value) == (
        f"house.gan ends at line {lines}, before its <project> closes: "
        "the file was cut short (a copy or download that stopped?)"
    )
    out = tmp_path / "house.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert "cut short" in run.stderr
    assert not out.exists()


def test_s19gp_a_typo_is_still_not_valid_xml(shared_data: Path, tmp_path: Path) -> None:
    whole = (shared_data / "gan" / "ganttproject-HouseBuildingSample.gan").read_text("utf-8")
    path = tmp_path / "house.gan"
    path.write_text(whole.replace("<tasks", "<tasks <", 1), "utf-8")
    with pytest.raises(FileFormatError, match="is not valid XML"):
        read_gan(path)
