"""``gantry move`` with a start no calendar reaches: one line on stderr, exit 1, nothing written.

``--start 0001-01-01`` printed 'internal error (ValueError): ordinal must be >= 1'.
"""

from __future__ import annotations

import pytest

from app.assets import resource_path
from tests.cli.test_cli import gantry


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1900-01-01"])
def test_a_start_out_of_range_is_refused_in_one_line(tmp_path, day):
    out = tmp_path / "moved.gantry"
    done = gantry("move", resource_path("demo", "crm-rollout.gantry"), "--start", day, "-o", out)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "1984-01-01 to 2149-12-31" in lines[0]  # as the other day options refuse one
    assert day in lines[0]
    assert "internal error" not in done.stderr
    assert not out.exists()
