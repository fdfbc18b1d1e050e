"""``gantry info`` on a client hand-off workbook written without costs: its cost is not in
the file, and saying "Cost: €0.00" told the PM the work cost nothing."""

from __future__ import annotations

import io
from argparse import Namespace
from pathlib import Path

from app import formats
from app.cli.info_command import run_info
from app.io.excel_export import write_workbook
from app.io.excel_export_choice import CLIENT_HANDOFF, ExportChoice

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _info(path: Path) -> dict[str, str]:
    out = io.StringIO()
    assert run_info(Namespace(file=path, sheet=None), out) == 0
    return {
        k.strip(): v.strip()
        for k, v in (line.split(":", 1) for line in out.getvalue().splitlines())
    }


def test_s26ex_info_says_a_handoff_without_costs_holds_no_cost(tmp_path):
    plan = formats.read_plan(DEMO)
    for choice in (CLIENT_HANDOFF, ExportChoice(costs=False)):
        out = tmp_path / "client.xlsx"
        write_workbook(plan, out, choice=choice)
        said = _info(out)
        assert said["Cost"] == "not in this workbook"
        assert said["Baseline cost"] == "not in this workbook"
        assert "€" not in "".join(said.values())


def test_s26ex_info_on_a_full_workbook_still_gives_its_cost(tmp_path):
    plan = formats.read_plan(DEMO)
    out = tmp_path / "full.xlsx"
    write_workbook(plan, out, choice=ExportChoice(team=False, risks=False, notes=False))
    said = _info(out)
    assert "207" in said["Cost"]  # €207,210.00 in the locale's marks
    assert said["Cost"] != "not in this workbook"
