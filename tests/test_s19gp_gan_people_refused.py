"""People's parts of a .gan that were taken without a word, now refused naming the element
(nothing imported, the CLI exits 1 with that one line), as an allocation naming a person
not in the file already was:

- a <vacation> of a resourceid not in the file was dropped: the days off vanished;
- an allocation's load below 0 (-50 gave a person -50 % units: negative work and cost)
  or past MS Project's 1,000,000 % (Gantry's MAX_UNITS) was taken as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.gan import read_gan
from tests.cli.test_cli import gantry

_HOUSE = "ganttproject-HouseBuildingSample.gan"


def _edited(shared_data: Path, tmp_path: Path, old: str, new: str) -> Path:
    text = (shared_data / "gan" / _HOUSE).read_text("utf-8")
    assert old in text
    path = tmp_path / "house.gan"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'resourceid="1"/>',
            'resourceid="99"/>',
            '<vacation resourceid="99" start="2009-02-02"> names a person who is not',
        ),
        (
            'load="50.0"',
            'load="-50"',
            '<allocation task-id="9" resource-id="1"> has load="-50" (expected 0 to 1,000,000)',
        ),
        (
            'load="50.0"',
            'load="5e7"',
            '<allocation task-id="9" resource-id="1"> has load="5e7" (expected 0 to 1,000,000)',
        ),
    ],
)
def test_s19gp_people_parts_refused(
    shared_data: Path, tmp_path: Path, old: str, new: str, said: str
) -> None:
    path = _edited(shared_data, tmp_path, old, new)
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    assert said in str(caught.value)
    out = tmp_path / "house.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert said in run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists()


def test_s19gp_overtime_load_still_read(shared_data: Path, tmp_path: Path) -> None:
    path = _edited(shared_data, tmp_path, 'load="50.0"', 'load="150"')
    plan = read_gan(path)
    assert max(a.units for a in plan.assignments) == 1.5
