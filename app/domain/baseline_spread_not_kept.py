"""What a file loses of a baseline's people: Gantry keeps how each person's baseline work was
spread when Set Baseline ran (their units, contour, overtime and work typed by period:
:class:`app.domain.baseline.AssignmentBaselineEntry`), which planned value lays the budget
by. MS Project XML keeps each person's baseline Start, Finish, Work and Cost only, so read
back, a contour or overtime typed later moves planned value again. One note for ``gantry
convert`` and Save a Copy As, and those of ``gantry diff``, which cannot compare it."""

from __future__ import annotations

from app.domain.plan import Plan

# what the .xml keeps of a person's baseline, and what that costs, as the notes say it
XML_KEEPS = "their baseline Start, Finish, Work and Cost only"
EFFECT = "a contour or overtime typed later will move planned value"


def spread_count(plan: Plan) -> int:
    """How many assignments have a baselined spread (an entry laid), in any baseline."""
    return len({e.assignment_uid for b in plan.baselines.values() for e in b.assignments if e.laid})


def spreads(n: int) -> str:
    """``1 assignment's baseline spread``, ``4 assignments' baseline spread``."""
    return f"{n} assignment's baseline spread" if n == 1 else f"{n} assignments' baseline spread"


def spread_not_kept(plan: Plan) -> str:
    """The .xml write's note ("" when no person's baseline holds a spread)."""
    n = spread_count(plan)
    if not n:
        return ""
    return (
        f"{spreads(n)} not saved (each person's units, contour and overtime when the baseline "
        f"was set): MS Project XML keeps {XML_KEEPS}; {EFFECT}"
    )
