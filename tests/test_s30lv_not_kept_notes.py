"""Saving a plan leveled with individual assignments adjusted as .gan or .csv says what
is lost: the option (a plan read back delays whole tasks) and Ben's leveling delay on 'Write'
(read back, he works from the task's start). Without the note ``gantry diff`` found it only
afterwards (tests/test_s30lv_adjust_assignments.py's plan)."""

from __future__ import annotations

import pytest

from app.cli import main
from app.store.document import GantryFile
from tests.test_s30lv_adjust_assignments import _plan


@pytest.mark.parametrize("ext", [".gan", ".csv"])  # .xml keeps them: test_s30lx_mspdi_*
def test_s30lv_convert_names_the_lost_assignment_delay(tmp_path, capsys, ext) -> None:
    path = tmp_path / "docs.gantry"
    GantryFile.create(path, _plan()).close()
    assert main(["level", str(path), "--basis", "minute", "--adjust-assignments"]) == 0
    capsys.readouterr()
    assert main(["convert", str(path), str(tmp_path / f"docs{ext}")]) == 0
    err = capsys.readouterr().err
    assert "1 assignment leveling delay not saved (Ben on 'Write')" in err, err
    assert "individual assignments adjusted" in err
