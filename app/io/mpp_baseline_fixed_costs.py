"""An .mpp's Baseline (0..10) Fixed Costs, put into MPXJ's MS Project XML of it.

MPXJ reads each task's Baseline Fixed Cost from the .mpp but its MS Project XML writer
leaves ``<FixedCost>`` out of a task's ``<Baseline>`` (MPXJ 16), so the plan read from the
XML would hold none. :func:`baseline_fixed_costs` takes them from MPXJ's project (in the
process that converts, app/io/mpp.py) and :func:`with_baseline_fixed_costs` writes them
where MS Project writes them: last in the task's ``<Baseline>`` of that number, in
hundredths as its ``<Cost>``.
"""

from __future__ import annotations

import re
from typing import Any

from app.io.mspdi_values import money

# One task row of MPXJ's XML (no <Task> holds another) and one <Baseline> in it.
_TASK = re.compile(r"<Task>\s*<UID>(-?\d+)</UID>.*?</Task>", re.S)
_BASELINE = re.compile(r"<Baseline>\s*<Number>(\d+)</Number>.*?(?=</Baseline>)", re.S)

FixedCosts = dict[int, dict[int, float]]  # task UID -> baseline number -> amount


def baseline_fixed_costs(project: Any) -> FixedCosts:
    """Each task's Baseline (0..10) Fixed Costs other than 0, from MPXJ's ProjectFile."""
    out: FixedCosts = {}
    for task in project.getTasks():
        uid = task.getUniqueID()
        if uid is None:
            continue
        for number in range(11):
            value = (
                task.getBaselineFixedCost() if number == 0 else task.getBaselineFixedCost(number)
            )
            amount = 0.0 if value is None else float(value.doubleValue())
            if amount:
                out.setdefault(int(uid), {})[number] = amount
    return out


def with_baseline_fixed_costs(text: str, costs: FixedCosts) -> str:
    """MS Project XML ``text`` with ``costs`` written into the tasks' <Baseline> elements (a
    baseline the row has no element for is left out: MPXJ writes one for every baseline
    MS Project saved for the task)."""
    if not costs:
        return text

    def task(row: re.Match[str]) -> str:
        own = costs.get(int(row.group(1)))
        if not own:
            return row.group(0)

        def baseline(found: re.Match[str]) -> str:
            amount = own.get(int(found.group(1)))
            if amount is None:
                return found.group(0)
            return f"{found.group(0)}<FixedCost>{money(amount)}</FixedCost>"

        return _BASELINE.sub(baseline, row.group(0))

    return _TASK.sub(task, text)
