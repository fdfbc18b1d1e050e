"""What the Risks view says after Del or Delete risk: which risks went, and how to bring them
back, in the window's status bar (a screen reader hears it there, app/ui/status_said.py)."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.risk import Risk
from app.domain.risk_register import risk_id

DELETED_MS = 10000  # as long as the window's other status-bar messages stay
_NAMED = 3  # more risks than this are counted, not named


def deleted_words(risks: Sequence[Risk], uids: Sequence[int]) -> str:
    """``Deleted risk R-03 'Vendor late' (Ctrl+Z brings it back)``; several risks named up to
    three, then counted."""
    by_uid = {r.uid: r for r in risks}
    gone = [by_uid[u] for u in uids if u in by_uid]
    back = "(Ctrl+Z brings it back)" if len(gone) == 1 else "(Ctrl+Z brings them back)"
    if len(gone) > _NAMED:
        return f"Deleted {len(gone)} risks {back}"
    names = ", ".join(f"{risk_id(r.uid)} {quoted(r.title, NAME_LIMIT)}" for r in gone)
    return f"Deleted risk{'s' * (len(gone) != 1)} {names} {back}"
