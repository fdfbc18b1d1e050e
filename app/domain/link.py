"""Dependencies between tasks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.domain.bulk import build_many
from app.domain.task import DurationUnit


class LinkType(Enum):
    """Dependency type; values are MSPDI's codes (0=FF, 1=FS, 2=SF, 3=SS)."""

    FF = 0
    FS = 1
    SF = 2
    SS = 3


@dataclass(frozen=True, slots=True)
class Link:
    """``successor`` depends on ``predecessor``.

    The lag is either ``lag_minutes`` (working time, calendar time when
    ``lag_elapsed``; negative is a lead) or, when ``lag_percent`` is set, a
    percentage of the predecessor's duration: that many working minutes on the
    calendar, or with ``lag_elapsed`` that many minutes around the clock (MS
    Project's elapsed percentage, ``3FS+50e%``, LagFormat 20). ``lag_unit`` is the unit the lag
    was typed in (``3FS+1w``), as MS Project keeps it (LagFormat); None: the
    unit is picked from the length.
    """

    predecessor: int
    successor: int
    type: LinkType = LinkType.FS
    lag_minutes: int = 0
    lag_percent: float | None = None
    lag_elapsed: bool = False
    lag_unit: DurationUnit | None = None

    @property
    def key(self) -> tuple[int, int]:
        """Identity of a link: a pair of tasks has at most one link."""
        return (self.predecessor, self.successor)

    @classmethod
    def of_many(cls, rows: Iterable[tuple[Any, ...]]) -> list[Link]:
        """``[Link(*row) for row in rows]``, built field by field (for readers of large files)."""
        return build_many(cls, rows)
