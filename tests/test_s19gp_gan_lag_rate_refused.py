"""Numbers of a .gan no plan can hold, refused on reading naming the element (before: read,
then the plan failed when scheduled, or cost less for a negative rate):

- a dependency's difference (lag or lead, in days) longer than Gantry's years (1800-2999):
  difference="1e9" imported, then 'task 4: a date in 3000 cannot be scheduled';
- a person's standard rate below 0: value="-100" took 2,500 off the plan's cost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.io.gan import read_gan
from tests.cli.test_cli import gantry


@pytest.mark.parametrize(
    ("name", "old", "new", "said"),
    [
        (
            "blyoa-task-with-dependencies.gan",
            'difference="-1"',
            'difference="1e9"',
            '<depend id="3"> has difference="1e9"',
        ),
        (
            "blyoa-task-with-dependencies.gan",
            'difference="-1"',
            'difference="-1e6"',
            '<depend id="3"> has difference="-1e6"',
        ),
        (
            "ganttproject-HouseBuildingSample.gan",
            '<rate name="standard" value="40"/>',
            '<rate name="standard" value="-100"/>',
            '<resource id="0"> has a standard rate of -100',
        ),
    ],
)
def test_s19gp_numbers_refused(
    shared_data: Path, tmp_path: Path, name: str, old: str, new: str, said: str
) -> None:
    text = (shared_data / "gan" / name).read_text("utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_gan(path)
    assert said in str(caught.value)
    out = tmp_path / "out.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert said in run.stderr
    assert not out.exists()
