"""Which interim plans a printed Gantt's Start1..10/Finish1..10 columns show, and when each
was saved, said under its header beside the baselines (app/report/baseline_note.py):
"Interim plan: Start1/Finish1, saved 2026-11-23 14:05".

A printout with Start2/Finish2 columns could not say which week's snapshot they held; an
interim plan whose time is not known (read from an MS Project XML, set before Gantry kept
it) is named alone, one not set "none saved". A printout showing no such column says nothing.
"""

from __future__ import annotations

import re

from app.domain.interim_plan import interim_label
from app.domain.plan import Plan
from app.report.locale_dates import printed_saved
from app.report.options import PrintOptions

_INTERIM = re.compile(r"(?:start|finish)(\d+)$")  # an interim plan's column key: start2


def printed_interims(options: PrintOptions) -> list[int]:
    """The interim plans whose Start N or Finish N column the printout shows, in order."""
    found = {int(m.group(1)) for key in options.columns if (m := _INTERIM.fullmatch(key))}
    return sorted(found)


def _said(plan: Plan, number: int) -> str:
    held = plan.interims.get(number)
    if held is None:
        return f"{interim_label(number)} none saved"
    return printed_saved(held.label(), held.saved_at)


def interim_note(plan: Plan, options: PrintOptions) -> str:
    """``Interim plan: Start1/Finish1, saved 2026-11-23 14:05`` ("" without such a column);
    several: ``Interim plans: Start1/Finish1, saved ...; Start3/Finish3``."""
    shown = printed_interims(options)
    if not shown:
        return ""
    heading = "Interim plan" if len(shown) == 1 else "Interim plans"
    return f"{heading}: " + "; ".join(_said(plan, n) for n in shown)
