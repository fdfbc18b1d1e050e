"""The CLI and the window know the file a plan was read from by one rule (app.io.left_out.
read_key): the CLI took the path made absolute, the window the path resolved, so through a
symlinked folder one of them would not know the file it was about to write over."""

from __future__ import annotations

import os

import pytest

from app.cli import read_losses
from app.domain.errors import AppError
from app.io.left_out import read_key
from app.ui.save_over_read import heard_read, lost_over

LINE = "client.xml: 10 resource baselines are left out (MS Project keeps them; Gantry does not)"


@pytest.fixture
def linked(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "client.xml").write_text("<Project/>", encoding="utf-8")
    link = tmp_path / "link"
    try:
        os.symlink(real, link, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    return link / "client.xml", real / "client.xml"


def test_s28wd_the_cli_knows_the_file_read_through_a_symlinked_folder(linked):
    given, real = linked
    read_losses.writing_in_place(real)
    read_losses.hearing(given, lambda _line: None)(LINE)
    with pytest.raises(AppError, match="writing it back would lose 10 resource baselines"):
        read_losses.refuse_loss(real)
    read_losses.writing_in_place(None)


def test_s28wd_the_window_and_the_cli_key_the_file_alike(linked):
    given, real = linked
    assert read_key(given) == read_key(real)
    losses: dict = {}
    heard_read(losses, given, [LINE])
    assert lost_over(losses, real) == ["10 resource baselines"]
    assert list(losses) == [read_key(given)]
