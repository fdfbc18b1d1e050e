"""``gantry level``'s refusals start with the file's name, as ``gantry schedule``'s do.

Its one line on stderr said "gantry: task 2 'B', worked by ..." without saying which file,
where ``schedule`` says "gantry: leavers.xml: task 2 'B', ...": a script leveling several
plans could not tell which one refused.
"""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import write_plan
from tests.test_s18bl2_leveling_blame import _REVIEW, _leveled_leaver
from tests.test_s18bl_calendar_blame import _MIA, _two_leavers


@pytest.mark.parametrize("suffix", [".xml", ".gantry"])
def test_s18sm_level_says_the_plan_it_cannot_schedule_as_schedule_does(tmp_path, capsys, suffix):
    leavers = tmp_path / f"leavers{suffix}"
    write_plan(_two_leavers(), leavers)
    written = leavers.read_bytes()
    assert main(["schedule", str(leavers)]) == 1
    scheduled = capsys.readouterr().err
    out = tmp_path / f"leveled{suffix}"
    assert main(["level", str(leavers), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"gantry: leavers{suffix}: {_MIA}"]
    assert captured.err == scheduled
    assert not out.exists()
    assert leavers.read_bytes() == written


def test_s18sm_level_says_the_file_of_a_leveling_refusal_in_place(tmp_path, capsys):
    """Leveling itself refuses (it would delay Review past Mia's last day); no -o."""
    leaver = tmp_path / "leaver.gantry"
    write_plan(_leveled_leaver(), leaver)
    written = leaver.read_bytes()
    assert main(["level", str(leaver)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"gantry: leaver.gantry: {_REVIEW}"]
    assert leaver.read_bytes() == written
