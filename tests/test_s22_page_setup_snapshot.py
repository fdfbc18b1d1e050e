"""A plan with its own Page Setup (margins, typed header, legend on the last page) goes to a
client workbook and comes back with it: the workbook's snapshot did not know PageSetup or
LegendOn (schema v26), so reading such a workbook back said the snapshot is damaged."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app import formats
from app.domain.page_setup import LegendOn, PageSetup

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def test_s22_page_setup_survives_a_workbook_round_trip(tmp_path: Path) -> None:
    plan = formats.read_plan(DEMO)
    setup = replace(
        PageSetup(),
        margins_mm=(25.0, 15.0, 20.0, 10.0),
        header=("&[Project]", "", "&[Date]"),
        legend=LegendOn.LAST_PAGE,
    )
    plan.project = replace(plan.project, page_setup=setup)
    out = tmp_path / "plan.xlsx"
    formats.write_plan(plan, out)
    back = formats.read_plan(out)
    assert back.project.page_setup == setup
