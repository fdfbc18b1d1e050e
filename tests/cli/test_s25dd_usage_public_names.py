"""The Usage printout reads the usage table's rows through public names (task s25dd):
app/cli/usage_pdf.py took ``_rows`` and ``_figure`` from app/cli/usage_table.py, private
helpers another module could rename without a word."""

from __future__ import annotations

import ast
from pathlib import Path

from app.assets import resource_path
from app.cli.usage_table import row_total, usage_cell, usage_rows, usage_tree
from app.domain.scheduler import schedule
from app.domain.usage import Scale
from app.formats import read_plan

CLI = Path(__file__).resolve().parents[2] / "app" / "cli"


def test_s25dd_no_cli_module_imports_anothers_private_name():
    taken = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app."):
                taken += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert taken == []


def test_s25dd_row_total_reads_zero_where_a_cell_is_blank():
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    tree = usage_tree(plan, schedule(plan), True)
    periods = tree.usage.periods(Scale.MONTHS)
    rows = list(usage_rows(tree, periods))
    assert len(rows) == len(tree)  # one a row of the outline, nothing closed
    kickoff = next(r for r in rows if tree.name(r.node) == "Project kick-off")
    assert usage_cell(tree, kickoff.total, kickoff.unit) == ""  # a milestone: no work
    assert row_total(tree, kickoff) == "0.0h"
    first = rows[0]
    assert row_total(tree, first) == usage_cell(tree, first.total, first.unit) == "180.0h"
