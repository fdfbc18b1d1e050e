"""What a save in a format with no place for the plan's Leveling Options leaves out.

MS Project XML has no element for the leveling order (nor for the options as a whole:
its per-task LevelingCanSplit is not read or written by Gantry), GanttProject and CSV
none at all. Options left at MS Project's defaults lose nothing: a plan read back levels
with those. The note is one line, said where the other not-kept notes are
(``formats.not_kept``).
"""

from __future__ import annotations

from app.domain.leveling_options import LevelingOptions
from app.domain.plan import Plan

_DEFAULTS = LevelingOptions()


def leveling_not_kept(plan: Plan, fmt: str) -> str:
    """The line that says a save as ``fmt`` leaves out the plan's Leveling Options, naming
    those that differ from the defaults; "" when none does."""
    options = plan.project.leveling
    lost = []
    if options.order is not _DEFAULTS.order:
        lost.append(f"the order {options.order.label}")
    if options.split_remaining != _DEFAULTS.split_remaining:
        lost.append("no splits in remaining work")
    if not lost:
        return ""
    verb = "are" if len(lost) > 1 else "is"
    return (
        f"{fmt} keeps no Leveling Options: {' and '.join(lost)} {verb} not saved "
        f"(a plan read from it levels {_DEFAULTS.order.label}, with splits)"
    )
