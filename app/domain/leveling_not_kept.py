"""What a save in a format with no place for the plan's Leveling Options leaves out.

MS Project XML has no element for the leveling order; it keeps "splits in remaining
work" only as each task's <LevelingCanSplit>, which Gantry writes from the plan's choice
and reads back (app/io/mspdi_write.py, mspdi_tasks.with_can_split). GanttProject and CSV
keep neither. Options left at MS Project's defaults lose nothing: a plan read back levels
with those. MS Project XML keeps the pauses leveling made in tasks not started as splits,
but not as leveling's (app.domain.leveling_split): that is said too. The note is one line,
said where the other not-kept notes are (``formats.not_kept``).
"""

from __future__ import annotations

from app.domain.leveling_options import LevelingOptions
from app.domain.plan import Plan
from app.domain.plural_words import counted

_DEFAULTS = LevelingOptions()
_KEEPS_SPLIT = ".xml"  # each task's <LevelingCanSplit> carries it


def leveling_not_kept(plan: Plan, fmt: str) -> str:
    """The line that says a save as ``fmt`` leaves out the plan's Leveling Options, naming
    those that differ from the defaults, and (MS Project XML) that the pauses leveling made
    become ordinary splits; "" when it loses none of that."""
    said = [options_not_kept(plan, fmt), pauses_not_kept(plan, fmt)]
    return "; ".join(line for line in said if line)


def pauses_not_kept(plan: Plan, fmt: str) -> str:
    """The clause that says MS Project XML keeps leveling's pauses in tasks not started as
    the user's own splits (it has no mark for them): read back, Clear Leveling leaves them."""
    if fmt != _KEEPS_SPLIT:
        return ""
    n = sum(1 for t in plan.tasks if any(s.leveling for s in t.splits))
    if not n:
        return ""
    return (
        f"{fmt} keeps the pauses leveling made in {counted(n, 'task')} as ordinary splits (read back, "
        "Clear Leveling leaves them)"
    )


def options_not_kept(plan: Plan, fmt: str) -> str:
    """The clause that says a save as ``fmt`` leaves out the plan's Leveling Options, naming
    those that differ from the defaults; "" when none does."""
    options = plan.project.leveling
    lost = []
    if options.order is not _DEFAULTS.order:
        lost.append(f"the order {options.order.label}")
    keeps_split = fmt == _KEEPS_SPLIT
    if options.split_remaining != _DEFAULTS.split_remaining and not keeps_split:
        lost.append("no splits in remaining work")
    if not lost:
        return ""
    verb = "are" if len(lost) > 1 else "is"
    reads_as = _DEFAULTS.order.label if keeps_split else f"{_DEFAULTS.order.label}, with splits"
    return (
        f"{fmt} keeps no Leveling Options: {' and '.join(lost)} {verb} not saved "
        f"(a plan read from it levels {reads_as})"
    )
