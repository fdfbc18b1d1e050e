"""MSPDI assignment baselines: ``<Assignment><Baseline>`` (Number, Start, Finish, Work, Cost),
MS Project's assignment Baseline Start/Finish/Work/Cost for Baseline and Baseline1..10.

Read into :attr:`~app.domain.baseline.Baseline.assignments` (an entry of a baseline number
the tasks do not hold makes that baseline, with no task entries); written back on each
assignment row. The XML carries no contour, units or overtime for a baseline, and Gantry
reads no timephased baseline rows (TimephasedData types 4/5, 16/17...): an entry read keeps
``laid`` False, so planned value lays that person's work as it is now.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.io.mspdi_values import NS, Reader, format_duration, money
from app.io.mspdi_write_xml import date_text

if TYPE_CHECKING:  # imported where a file's assignments are read: most files hold none
    from app.domain.baseline import Baseline

Q = "{" + NS + "}"


def read_assignment_baselines(
    root: Element, assignments: Iterable[Assignment], baselines: dict[int, Baseline]
) -> dict[int, Baseline]:
    """``baselines`` (the tasks', by number) with the ``<Baseline>`` elements of the
    assignment rows read (those in ``assignments``) added as their people's entries."""
    kept = {a.uid: a for a in assignments}
    container = root.find(Q + "Assignments")
    if container is None or not kept:
        return baselines
    from app.domain.baseline import AssignmentBaselineEntry, Baseline

    found: dict[int, list[AssignmentBaselineEntry]] = {}
    for n, elem in enumerate(container.findall(Q + "Assignment"), start=1):
        rows = elem.findall(Q + "Baseline")
        if not rows:
            continue
        a = kept.get(Reader(elem, f"Assignment #{n}").uid())
        if a is None:  # a row left out (a placeholder, a skipped task or resource)
            continue
        for row in rows:
            b = Reader(row, f"Assignment #{n} (UID {a.uid}) <Baseline>")
            number = b.integer("Number", 0) or 0
            if not 0 <= number <= 10:
                raise FileFormatError(f"{b.where}: <Number> {number} is not 0..10")
            found.setdefault(number, []).append(
                AssignmentBaselineEntry(
                    a.uid,
                    a.task_uid,
                    a.resource_uid,
                    b.date("Start"),
                    b.date("Finish"),
                    b.duration("Work") or 0,
                    b.number("Cost") / 100,  # cents, as the task's <Baseline><Cost>
                    a.units,
                    laid=False,
                )
            )
    out = dict(baselines)
    for number, entries in sorted(found.items()):
        base = out.get(number) or Baseline(number, None)
        out[number] = replace(base, assignments=tuple(entries))
    return dict(sorted(out.items()))


def assignment_baseline_elements(plan: Plan) -> dict[int, list[Element]]:
    """Each baselined assignment's ``<Baseline>`` elements, by assignment UID, in baseline
    number order (MS Project's schema puts them after the row's fields, before its
    timephased rows)."""
    out: dict[int, list[Element]] = {}
    for index in sorted(plan.baselines):
        for entry in plan.baselines[index].assignments:
            b = Element(Q + "Baseline")
            SubElement(b, Q + "Number").text = str(index)
            if entry.start is not None:
                SubElement(b, Q + "Start").text = date_text(entry.start)
            if entry.finish is not None:
                SubElement(b, Q + "Finish").text = date_text(entry.finish)
            SubElement(b, Q + "Work").text = format_duration(entry.work_minutes)
            SubElement(b, Q + "Cost").text = money(entry.cost)
            out.setdefault(entry.assignment_uid, []).append(b)
    return out
