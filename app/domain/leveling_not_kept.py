"""What a save in a format with no place for the plan's Leveling Options leaves out.

MS Project XML has no element for the leveling order, "Level only within available slack"
or the "Level from … To …" range (its Project element, mspdi_pj12.xsd, has none of
MS Project's leveling options; they live in the .mpp alone); it keeps "splits in
remaining work" only as each task's <LevelingCanSplit>, which Gantry writes from the
plan's choice and reads back (app/io/mspdi_write.py, mspdi_tasks.with_can_split).
GanttProject and CSV keep none of them, nor does any of the three keep the basis ("Look
for overallocations on a … basis"), "Clear leveling values before leveling" or "Leveling
calculations" (MS Project keeps those as application settings). Options left at MS Project's defaults lose nothing: a plan read back levels
with those. MS Project XML keeps the pauses leveling made (app.domain.leveling_split) as
splits with no mark; its dates before leveling mark them again on reading where they tell
(app.domain.leveling_marks), and the tasks where they do not are said too (a user's pause
and leveling's of the same length, an elapsed or a started task). The note is one line,
said where the other not-kept notes are (``formats.not_kept``). .gan and .csv keep neither
"Leveling can adjust individual assignments on a task" nor a person's leveling delay
(app.domain.leveling_assignments): those are named too. MS Project XML keeps the delays, and
the option where a person has one (a file with none reads back with it off).
"""

from __future__ import annotations

from app.domain.leveling_marks import marks_read_back
from app.domain.leveling_options import LevelingOptions
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list, verb
from app.domain.quoting import NAME_LIMIT, quoted

_DEFAULTS = LevelingOptions()
_KEEPS_SPLIT = ".xml"  # each task's <LevelingCanSplit> carries it
# each assignment's <LevelingDelay> carries a person's delay, and a file with one reads back
# with "adjust individual assignments" on (app.io.mspdi_assignment_leveling)
_KEEPS_PEOPLE = ".xml"


def leveling_not_kept(plan: Plan, fmt: str) -> str:
    """The line that says a save as ``fmt`` leaves out the plan's Leveling Options, naming
    those that differ from the defaults, and (MS Project XML) the tasks whose pauses leveling
    made read back as ordinary splits; "" when it loses none of that."""
    said = [options_not_kept(plan, fmt), pauses_not_kept(plan, fmt), people_not_kept(plan, fmt)]
    return "; ".join(line for line in said if line)


def pauses_not_kept(plan: Plan, fmt: str) -> str:
    """The clause that names the tasks whose pauses leveling made MS Project XML reads back as
    the user's own splits (its dates before leveling do not tell them apart): read back, Clear
    Leveling leaves them."""
    if fmt != _KEEPS_SPLIT:
        return ""
    lost = [t for t in plan.tasks if not marks_read_back(t)]
    if not lost:
        return ""
    which = quoted(lost[0].name, NAME_LIMIT) if len(lost) == 1 else counted(len(lost), "task")
    return (
        f"{fmt} keeps the pauses leveling made in {which} as ordinary splits (read back, "
        "Clear Leveling leaves them)"
    )


def people_not_kept(plan: Plan, fmt: str) -> str:
    """The clause that names the people leveling delayed one by one (app.domain.leveling_assignments):
    .gan and .csv keep no assignment's leveling delay, so each such person reads back working
    from their task's start (the task keeps its stretched length); MS Project XML keeps them."""
    lost = [a for a in plan.assignments if a.leveling_delay_minutes]
    if not lost or fmt == _KEEPS_PEOPLE:
        return ""
    a = lost[0]
    first = (
        f"{plan.resource(a.resource_uid).name} on {quoted(plan.task(a.task_uid).name, NAME_LIMIT)}"
    )
    more = f" and {len(lost) - 1} more" if len(lost) > 1 else ""
    return (
        f"{counted(len(lost), 'assignment leveling delay')} not saved ({first}{more}): "
        f"{fmt} has none, each person reads back working from their task's start"
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
    if options.within_slack:
        lost.append("leveling only within available slack")
    if not options.entire_project:
        # Both ends are set (entire_project): the range as the dialog's date fields hold it.
        start, end = options.level_from, options.level_to
        lost.append(f"the range from {start} to {end}")
    # The basis, "Clear leveling values before leveling" and "Leveling calculations"
    # (v38): no format but .gantry and the workbook's snapshot keeps them either.
    if options.basis is not _DEFAULTS.basis:
        lost.append(options.basis.label)
    if options.clear_first != _DEFAULTS.clear_first:
        lost.append("leveling values kept before leveling")
    if options.automatic != _DEFAULTS.automatic:
        lost.append("Automatic")
    adjust_lost = options.adjust_assignments != _DEFAULTS.adjust_assignments and not (
        fmt == _KEEPS_PEOPLE and any(a.leveling_delay_minutes for a in plan.assignments)
    )
    if adjust_lost:
        lost.append("individual assignments adjusted")
    if not lost:
        return ""
    reads_as = _DEFAULTS.order.label if keeps_split else f"{_DEFAULTS.order.label}, with splits"
    if not options.entire_project:
        reads_as += ", the entire project"
    if options.basis is not _DEFAULTS.basis:
        reads_as += f", {_DEFAULTS.basis.label}"
    if options.clear_first != _DEFAULTS.clear_first:
        reads_as += ", clearing leveling values first"
    if options.automatic != _DEFAULTS.automatic:
        reads_as += ", Manual"
    if adjust_lost:
        reads_as += ", delaying whole tasks"
    return (
        f"{fmt} keeps no Leveling Options: {joined_list(lost)} {verb(len(lost))} not saved "
        f"(a plan read from it levels {reads_as})"
    )
