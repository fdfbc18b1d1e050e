"""What an MS Project plan says of its links that Gantry does not schedule by, kept so that
a save back to MS Project XML says it again (app/io/mspdi_write_tasks.py).

``estimated_lags``: the links, by (predecessor, successor), whose lag MS Project marks
estimated ("1d?", LagFormat 35-44, 51, 52): Gantry schedules them as any lag and writes
the mark back on them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KeptLinks:
    """Link marks kept from the file a plan was read from (none for a plan made here)."""

    estimated_lags: frozenset[tuple[int, int]] = frozenset()
