"""What an MS Project plan says of its links that Gantry does not schedule by, kept so that
a save back to MS Project XML says it again (app/io/mspdi_write_tasks.py).

``estimated_lags``: the links, by (predecessor, successor), whose lag MS Project marks
estimated ("1d?", LagFormat 35-44, 51, 52): Gantry schedules them as any lag and writes
the mark back on them.

``cross_links``: links from another project's tasks (MS Project's cross-project links),
and ``external_tasks`` the rows MS Project shows those tasks in. Gantry does not schedule
by them: the reader pins each successor Start No Earlier Than the start the file gives it
(``pinned``), and the writer writes the link back in its place, the successor As Soon As
Possible again while the pin is as the reader set it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.link import LinkType


@dataclass(frozen=True, slots=True)
class ExternalTask:
    """Another project's task as the file shows it (an <ExternalTask> row)."""

    uid: int
    name: str
    project: str  # the other project's file (<ExternalTaskProject>), "" when not given
    start: datetime | None = None
    finish: datetime | None = None
    duration_minutes: int = 0


@dataclass(frozen=True, slots=True)
class CrossLink:
    """A link from another project's task (``predecessor``: its UID in the file) into
    ``successor``, with its lag as the file holds it (tenths of a minute, or the percent,
    by ``lag_format``), the other project's path and task ID (``name``) and the date the
    reader pinned the successor to (None: it pinned none)."""

    successor: int
    predecessor: int
    type: LinkType = LinkType.FS
    lag: int = 0
    lag_format: int = 7
    name: str = ""
    pinned: datetime | None = None


@dataclass(frozen=True, slots=True)
class KeptLinks:
    """Link marks kept from the file a plan was read from (none for a plan made here)."""

    estimated_lags: frozenset[tuple[int, int]] = frozenset()
    cross_links: tuple[CrossLink, ...] = ()
    external_tasks: tuple[ExternalTask, ...] = ()

    def into(self, successor: int) -> list[CrossLink]:
        """The cross-project links into ``successor``, in file order."""
        return [lk for lk in self.cross_links if lk.successor == successor]
