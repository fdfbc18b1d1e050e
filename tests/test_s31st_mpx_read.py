"""An MPX file (MS Project's text export, read through MPXJ) keeps no 'honor constraint
dates' and saves dates to the day only: reading one says neither that its constraint
dates are not honored nor that every task is scheduled off its saved dates."""

from __future__ import annotations

import shutil

import pytest

from app.cli import main


def test_an_mpx_file_is_not_said_to_ignore_constraints_or_move_tasks(shared_data, tmp_path, capsys):
    pytest.importorskip("mpxj")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    from app.io.mpp import convert_in_child

    mpx = tmp_path / "blank.mpx"
    convert_in_child(shared_data / "mpp" / "Blank2010.mpp", mpx, "MPX")
    assert main(["info", str(mpx)]) == 0
    out, err = capsys.readouterr()
    assert "Constraint dates" not in out
    assert "scheduled differently" not in err
    assert "blank.mpx is an MPX file" in err
