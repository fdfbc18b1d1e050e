"""The unit the Usage views and their CSV write work in (the plan's "Work is entered in")."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.notation import unit_minutes
from app.domain.project import Project

_UNIT_NAMES = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks", "mo": "months"}


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """The unit work figures are written in: the plan's "Work is entered in" (hours by default)."""

    letter: str = "h"
    minutes: float = 60.0

    @classmethod
    def of(cls, project: Project) -> WorkUnit:
        """The project's work unit, in its own minutes per day and week."""
        letter = project.work_unit.value
        size = unit_minutes(letter, project)
        return cls(letter, float(size)) if size > 0 else cls()

    @property
    def name(self) -> str:
        """``hours``, ``days``...: a CSV column's unit."""
        return _UNIT_NAMES.get(self.letter, self.letter)

    def amount(self, value: float, unit: str) -> float:
        """A row's value in what it shows: work (``unit`` "h") in this unit, a quantity as is."""
        return value / self.minutes if unit == "h" else value

    def text(self, value: float, unit: str) -> str:
        """``8.0h`` (``1.0d`` with days as the work unit), or a material's ``12.0 t``."""
        if unit == "h":
            return f"{value / self.minutes:,.1f}{self.letter}"
        return f"{value:,.1f} {unit}"
