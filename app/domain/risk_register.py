"""The risk register as a programme controller reads it: each risk's ID (``R-07``), which
risks a status filter shows and what it leaves out, the totals of those shown, and whether an
owner is on the team. The Risks view, its printout and ``gantry risks`` share these rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.domain.risk import Risk, RiskStatus

_ID = re.compile(r"\s*(?:R\s*-?\s*)?0*(\d+)\s*", re.IGNORECASE)


def risk_id(uid: int) -> str:
    """The ID a committee calls a risk by: its uid as ``R-07`` (two digits at least)."""
    return f"R-{uid:02d}"


def read_risk_id(text: str) -> int:
    """The uid a typed risk ID names: ``R-07``, ``r7``, ``R07`` or ``7`` are all uid 7."""
    m = _ID.fullmatch(text)
    if not m:
        raise InputError(f"{quoted(text.strip())} is not a risk ID (type R-07 or 7)")
    return int(m.group(1))


# The statuses each filter shows: "open" is every risk still to reckon with, as the view's
# "Not closed" (an occurring or mitigating risk is still open to a committee).
STATUS_FILTERS: dict[str, frozenset[RiskStatus] | None] = {
    "all": None,
    "open": frozenset(s for s in RiskStatus if s is not RiskStatus.CLOSED),
    **{s.value: frozenset({s}) for s in RiskStatus if s is not RiskStatus.OPEN},
}


def filter_label(statuses: frozenset[RiskStatus] | None) -> str:
    """What a status filter shows, in words: ``not closed``, ``closed``, ``all risks``."""
    if statuses is None:
        return "all risks"
    if statuses == STATUS_FILTERS["open"]:
        return "not closed"
    return ", ".join(s.label.lower() for s in RiskStatus if s in statuses)


@dataclass(frozen=True, slots=True)
class RegisterView:
    """The risks a filter shows, in order, and what it left out: ``filtered`` by status or
    owner, ``cut`` past the first ``top`` shown."""

    shown: tuple[Risk, ...]
    filtered: tuple[Risk, ...]
    statuses: frozenset[RiskStatus] | None = None
    owner: str = ""
    cut: tuple[Risk, ...] = ()
    top: int | None = None
    tasks: str = ""  # the tasks filtered by, as named ("5, 7"); "": any task's
    cell: str = ""  # the heat map cell filtered by, in words; "": none

    @property
    def left_out(self) -> tuple[Risk, ...]:
        """Every risk not shown."""
        return self.filtered + self.cut

    @property
    def exposure(self) -> float:
        """Exposure (probability x impact) of the risks shown."""
        return sum(r.exposure for r in self.shown)

    @property
    def contingency(self) -> float:
        """Contingency held for the risks shown."""
        return sum(r.contingency for r in self.shown)

    def note(self) -> str:
        """ "Showing: not closed; 1 closed risk not shown" ("" when every risk is shown)."""
        narrowed = self.owner or self.tasks or self.cell  # more than a status
        if not self.left_out and self.statuses is None and not narrowed:
            return ""
        parts = [filter_label(self.statuses)] if self.statuses is not None else []
        if self.owner:
            parts.append(f"owner {self.owner}")
        if self.tasks:
            parts.append(f"linked to task{'s' * (',' in self.tasks)} {self.tasks}")
        if self.cell:
            parts.append(self.cell)
        if self.cut:
            parts.append(f"the first {self.top}")
        said = "Showing: " + ", ".join(parts or ["all risks"])
        told = []
        count = len(self.filtered)
        if self.filtered and narrowed:  # left out by more than status: counted
            told.append(f"{count} risk{'s' * (count != 1)} not shown")
        elif self.filtered:
            by_status: dict[RiskStatus, int] = {}
            for r in self.filtered:
                by_status[r.status] = by_status.get(r.status, 0) + 1
            counted = ", ".join(
                f"{n} {s.label.lower()}" for s, n in sorted(by_status.items(), key=_status_order)
            )
            told.append(f"{counted} risk{'s' * (count != 1)} not shown")
        if self.cut:
            told.append(f"{len(self.cut)} more not shown")
        return "; ".join([said, *told])


def _status_order(item: tuple[RiskStatus, int]) -> int:
    return list(RiskStatus).index(item[0])


SORT_KEYS = ("id", "exposure", "probability", "impact", "contingency", "title", "owner", "status")


def register_view(
    risks: Iterable[Risk],
    statuses: frozenset[RiskStatus] | None = None,
    *,
    owner: str = "",
    sort: str = "",
    top: int | None = None,
    tasks: frozenset[int] | None = None,
    tasks_named: str = "",
) -> RegisterView:
    """The risks ``statuses`` (None: all) and ``owner`` ("": anyone; any case) show, sorted by
    ``sort`` (one of SORT_KEYS; numbers largest first, words A to Z; "": register order),
    the first ``top`` of them (None: all); the rest are left out. ``tasks`` (task uids;
    None: any) keeps the risks linked to one of them, ``tasks_named`` says which in the note."""
    listed = list(risks)
    wanted = owner.strip().casefold()

    def keeps(r: Risk) -> bool:
        in_status = statuses is None or r.status in statuses
        in_tasks = tasks is None or not tasks.isdisjoint(r.task_uids)
        return in_status and in_tasks and (not wanted or r.owner.strip().casefold() == wanted)

    shown = [r for r in listed if keeps(r)]
    if sort:
        shown = sort_risks(shown, sort)
    cut = shown[top:] if top is not None else []
    shown = shown[:top] if top is not None else shown
    left = [r for r in listed if not keeps(r)]
    return RegisterView(
        tuple(shown), tuple(left), statuses, owner.strip(), tuple(cut), top, tasks_named
    )


def sort_risks(risks: Sequence[Risk], key: str) -> list[Risk]:
    """``risks`` sorted by ``key``: exposure, probability, impact, contingency largest first;
    id, title, owner A to Z; status in its life's order. Ties keep register order."""
    if key not in SORT_KEYS:
        raise InputError(f"{quoted(key)} is not a sort key ({', '.join(SORT_KEYS)})")
    if key in ("exposure", "probability", "impact", "contingency"):
        return sorted(risks, key=lambda r: -float(getattr(r, key)))
    if key == "id":
        return sorted(risks, key=lambda r: r.uid)
    if key == "status":
        return sorted(risks, key=lambda r: list(RiskStatus).index(r.status))
    return sorted(risks, key=lambda r: str(getattr(r, key)).casefold())


def closed_on(risk: Risk, status: RiskStatus, today: date | None = None) -> date | None:
    """The Closed date a risk takes with ``status``: the day it is closed (kept when it was
    closed already), none once reopened."""
    if status is not RiskStatus.CLOSED:
        return None
    return risk.closed_on or today or date.today()


def owner_on_team(owner: str, team: Iterable[str]) -> bool:
    """Whether ``owner`` is someone on the team (any case), or no one is named."""
    name = owner.strip().casefold()
    return not name or name in {t.strip().casefold() for t in team}


def owner_warning(owner: str) -> str:
    """The one line said when a risk's owner is not on the team: taken, but told."""
    return f"Owner {quoted(owner.strip())} is not on the team; taken as typed (check the name)"
