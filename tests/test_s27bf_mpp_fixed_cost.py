"""An .mpp's Baseline Fixed Costs reach the plan: MPXJ reads them but its MS Project XML
leaves them out, so the conversion writes them into the tasks' <Baseline> elements."""

from __future__ import annotations

import re
import shutil

import pytest

from app.io.mpp import mpp_available, read_mpp
from app.io.mpp_baseline_fixed_costs import with_baseline_fixed_costs
from app.io.mspdi import read_mspdi

needs_mpxj = pytest.mark.skipif(
    not mpp_available() or shutil.which("java") is None,
    reason="reading .mpp needs the optional mpxj package and a Java runtime",
)


def test_s27bf_fixed_costs_go_into_mpxjs_xml_of_a_real_mpp(shared_data, tmp_path):
    """Software-Development.xml: MPXJ's XML of MS Project's .mpp, Baseline 0 on its tasks."""
    text = (shared_data / "mpp" / "Software-Development.xml").read_text(encoding="utf-8")
    before = read_mspdi(shared_data / "mpp" / "Software-Development.xml")
    held = [e.task_uid for e in before.baselines[0].entries]
    first, second = held[1], held[2]
    assert with_baseline_fixed_costs(text, {}) == text
    out = tmp_path / "with.xml"
    out.write_text(
        with_baseline_fixed_costs(text, {first: {0: 1234.5, 3: 9.0}, second: {0: 0.25}}),
        encoding="utf-8",
    )
    after = read_mspdi(out)
    fixed = {e.task_uid: e.fixed_cost for e in after.baselines[0].entries}
    assert fixed[first] == 1234.5
    assert fixed[second] == 0.25
    assert sum(fixed.values()) == 1234.75  # no other task's
    assert 3 not in after.baselines  # no <Baseline> 3 on the row: none made up
    # everything else read as before
    strip = [(e.task_uid, e.start, e.finish, e.cost) for e in after.baselines[0].entries]
    assert strip == [(e.task_uid, e.start, e.finish, e.cost) for e in before.baselines[0].entries]
    # written last in the element, in hundredths as <Cost>
    assert re.search(
        r"<Cost>\d+</Cost>\s*<FixedCost>123450</FixedCost></Baseline>", out.read_text()
    )


@needs_mpxj
def test_s27bf_the_shared_mpps_hold_no_baseline_fixed_cost(shared_data):
    """MS Project's own .mpp with a baseline: every Baseline Fixed Cost is $0.00 in it."""
    plan = read_mpp(shared_data / "mpp" / "Software-Development.mpp")
    entries = plan.baselines[0].entries
    assert entries
    assert {e.fixed_cost for e in entries} == {0.0}
