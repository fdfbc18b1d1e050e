"""What else a read of MS Project XML leaves out, told as notes (one line per kind).

mspdi_left_out tells the custom fields and budget resources a plan loses. This module tells
the rest a project manager entered and the plan has no place for, found by comparing the
elements of real files with what the readers take: resource codes (<Code>), baselines of
resources and assignments (MS Project's Resource Usage baseline work and cost), the day by
day actual overtime of assignments and % complete of tasks (the plan keeps one figure each),
other timephased values (baselines by day), assignment hyperlinks and the task hyperlinks Gantry
refuses (mspdi_hyperlinks). Each note counts and names the first; a file losing none of them gives none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from app.domain.plural_words import counted, verb
from app.domain.quoting import quoted
from app.io.mspdi_actual_days import ACTUAL_WORK_TYPE, has_overtime_days
from app.io.mspdi_values import Q

_RESOURCE = f"{Q}Resources/{Q}Resource"
_ASSIGNMENT = f"{Q}Assignments/{Q}Assignment"
_BASELINE = Q + "Baseline"
_TIMEPHASED = Q + "TimephasedData"
_TYPE = Q + "Type"
_UID = Q + "UID"
# TimephasedData types: 1 an assignment's remaining work (read: split tasks' pauses), 2 its
# actual work (read: app/io/mspdi_actual_days.py); 3 its actual overtime work and 11 a task's
# % complete (MS Project's TimephasedDataType list): left out, each told in its own note
_READ_TYPES = frozenset({"1", "2"})
_OVERTIME_TYPE = "3"
_PERCENT_TYPE = "11"


@dataclass(slots=True)
class _Kind:
    """One kind of thing left out: how many, and the first's place."""

    count: int = 0
    first: str = ""

    def add(self, where: str, n: int = 1) -> None:
        if n <= 0:
            return
        if not self.count:
            self.first = where
        self.count += n


@dataclass(slots=True)
class Dropped:
    """The kinds of things a read of one file left out, counted."""

    codes: _Kind = field(default_factory=_Kind)
    resource_baselines: _Kind = field(default_factory=_Kind)
    actuals: _Kind = field(default_factory=_Kind)  # Type 3: actual overtime by day
    # Type 2 of an assignment with Type 3 work: kept as a total (app/io/mspdi_actual_days.py)
    overtime_done: _Kind = field(default_factory=_Kind)
    percents: _Kind = field(default_factory=_Kind)  # Type 11: a task's % complete by day
    timephased: _Kind = field(default_factory=_Kind)
    assignment_links: _Kind = field(default_factory=_Kind)
    refused_links: list[str] = field(default_factory=list)

    def notes(self, file_name: str) -> list[str]:
        """One line per kind left out, none when nothing was."""
        out: list[str] = []
        for kind, what, why in (
            (self.codes, "resource code", "Gantry keeps no resource codes"),
            (
                self.resource_baselines,
                "resource baseline",
                "Gantry keeps baselines of tasks and assignments (a person's add up to these)",
            ),
            (
                self.actuals,
                "timephased actual overtime value",
                "Gantry keeps each assignment's actual overtime as a total",
            ),
            (
                self.percents,
                "timephased task % complete value",
                "Gantry keeps each task's % complete as one figure",
            ),
            (
                self.timephased,
                "other timephased value",
                "Gantry spreads baselines and costs over the task's dates itself",
            ),
            (self.assignment_links, "assignment hyperlink", "Gantry keeps hyperlinks of tasks"),
        ):
            if kind.count:
                out.append(
                    f"{file_name}: {counted(kind.count, what)} {verb(kind.count)} left out "
                    f"(first: {kind.first}): {why}"
                )
        if n := self.overtime_done.count:  # Type 2 kept as a total (mspdi_actual_days)
            out.append(
                f"{file_name}: {counted(n, 'timephased work-done value')} of assignments with "
                f"actual overtime {verb(n)} left out (first: {self.overtime_done.first}): Gantry "
                "keeps their work done as a total, overtime by day having no place in the plan"
            )
        if self.refused_links:
            n = len(self.refused_links)
            out.append(
                f"{file_name}: {counted(n, 'task hyperlink')} {verb(n)} left out "
                f"(first: {self.refused_links[0]})"
            )
        return out


def dropped(
    root: Element, refused_links: Iterable[str] = (), task_rows: Iterable[tuple[str, str]] = ()
) -> Dropped:
    """What the plan read from ``root`` (a ``<Project>``) leaves out of it. The task rows are
    gone from ``root`` once read (xml_safety.RowStream): the row readers tell their part,
    ``refused_links`` (messages of the task hyperlinks refused) and ``task_rows``
    ((<TimephasedData> type, row) of their timephased values)."""
    out = Dropped(refused_links=list(refused_links))
    for kind, where in task_rows:
        if kind not in _READ_TYPES:
            _kind(out, kind).add(where)
    for n, row in enumerate(root.iterfind(_RESOURCE), start=1):
        where = f"Resource #{n} (UID {(row.findtext(_UID) or '').strip()})"
        code = (row.findtext(Q + "Code") or "").strip()
        if code:
            out.codes.add(f"{quoted(code)} on {where}")
        out.resource_baselines.add(where, len(row.findall(_BASELINE)))
        _timephased(out, row, where)
    for n, row in enumerate(root.iterfind(_ASSIGNMENT), start=1):
        where = f"Assignment #{n} (UID {(row.findtext(_UID) or '').strip()})"
        # its <Baseline> elements are read (app/io/mspdi_assignment_baselines.py)
        address = (row.findtext(Q + "HyperlinkAddress") or "").strip()
        sub = (row.findtext(Q + "HyperlinkSubAddress") or "").strip()
        if address or sub:
            out.assignment_links.add(f"{quoted(address or sub)} on {where}")
        _timephased(out, row, where, has_overtime_days(row))
    return out


def _timephased(out: Dropped, row: Element, where: str, overtime: bool = False) -> None:
    """Count ``row``'s left-out <TimephasedData>; ``overtime``: an assignment's whose Type 2
    rows are left out too, as its actual overtime by day is."""
    for td in row.iterfind(_TIMEPHASED):
        kind = (td.findtext(_TYPE) or "").strip()
        if kind not in _READ_TYPES:
            _kind(out, kind).add(where)
        elif overtime and kind == ACTUAL_WORK_TYPE:
            out.overtime_done.add(where)


def _kind(out: Dropped, kind: str) -> _Kind:
    """Where a left-out <TimephasedData> of ``kind`` (its Type) is counted."""
    if kind == _OVERTIME_TYPE:
        return out.actuals
    if kind == _PERCENT_TYPE:
        return out.percents
    return out.timephased
