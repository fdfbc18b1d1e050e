"""Leveling with other plans' work (Other Plans > Include Work from Other Plans…, in the
Usage or Team view): the people's bookings in those plans are busy time this plan's tasks
wait for, as ``gantry level PLAN --busy A,B`` does (:func:`app.domain.pool_load.busy_elsewhere`
fed to :func:`app.domain.leveling.level`). The other plans are read only, never moved."""

from __future__ import annotations

from app.domain.leveling_setup import BusySpan
from app.domain.pool_load import busy_elsewhere
from app.ui.document import Document
from app.ui.other_plans_pool import pool_of

ALSO_COUNTING = "Also counting work in: {labels}"
# The people's bookings in the other plans (by person uid; None: none), and those plans' labels
OtherPlansBusy = tuple[dict[int, list[BusySpan]] | None, list[str]]


def busy_in_other_plans(document: Document) -> OtherPlansBusy:
    """The people's bookings in the other plans the window includes (by person uid) and
    those plans' labels; (None, []) when none is included or none books this plan's
    people."""
    plans = pool_of(document).plans
    if not plans:
        return None, []
    busy = busy_elsewhere(document.plan, plans)
    if not busy:
        return None, []
    return dict(busy), [pp.label for pp in plans]


def other_plans_note(document: Document) -> str:
    """'Also counting work in: A, B' for the leveling dialog ("" when no other plan's work
    is included)."""
    labels = [pp.label for pp in pool_of(document).plans]
    return ALSO_COUNTING.format(labels=", ".join(labels)) if labels else ""
