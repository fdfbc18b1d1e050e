"""The network refuses a link to an unknown task however it meets it (an IndexError past the rows)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import pytest

from app.domain.errors import PlanError
from app.domain.link import Link, LinkType
from app.domain.scheduling.network import build_network
from tests.bench.generate import make_plan


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("missing", [-2, 0, 301, 10**7])
def test_unknown_task_refused_when_the_other_end_is_inactive(dense, missing):
    plan = make_plan(300, 400, 1)
    if not dense:  # uids far apart: looked up by dict, not by list
        plan.tasks = [replace(t, uid=t.uid * 1000) for t in plan.tasks]
        plan.links = [
            replace(lk, predecessor=lk.predecessor * 1000, successor=lk.successor * 1000)
            for lk in plan.links
        ]
    off = next(k for k, t in enumerate(plan.tasks) if t.outline_level == 2)
    plan.tasks[off] = replace(plan.tasks[off], active=False)
    dead = plan.tasks[off].uid
    assert missing not in {t.uid for t in plan.tasks}
    for link in (Link(missing, dead), Link(dead, missing)):
        plan.links.insert(len(plan.links) // 2, link)
        with pytest.raises(PlanError, match=f"link {link.predecessor} -> {link.successor} names"):
            build_network(plan)
        plan.links.remove(link)
    net = build_network(plan)  # without them the plan builds, the inactive task's links left out
    assert all(e[0] != off and e[1] != off for row in net.preds for e in row)


def test_link_codes_are_the_link_type_values():
    plan = make_plan(40, 0, 1)
    leaves = [t.uid for t in plan.tasks if t.outline_level == 2]
    kinds = list(LinkType)
    plan.links = [Link(a, b, kinds[k % 4]) for k, (a, b) in enumerate(pairwise(leaves))]
    net = build_network(plan)
    for lk in plan.links:
        (edge,) = net.preds[net.row_of[lk.successor]]
        assert edge[2] == lk.type.value
