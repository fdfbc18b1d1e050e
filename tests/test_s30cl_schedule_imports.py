"""``gantry schedule plan.xml --json`` imports what it runs and no other command's modules.

Issue 3 times the whole process on 10k tasks; each module imported costs every run
its start-up (a dataclass or an Enum is built at import). The parser builds only the
named command's options, and schedule's runner is imported alone (app/cli/__init__.py
_RUNNERS), and a plan's baselines, risks, recurring tasks and budget resources are
imported where a file holds them, so the modules below stay out; each was once imported
by schedule and used by none of its code. The other commands still find theirs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[1]

# Other commands' runners and parsers, and what only they use.
NOT_FOR_SCHEDULE = (
    "app.cli.commands",
    "app.cli.absence_commands",
    "app.cli.chart_flags",
    "app.cli.handoff_options",
    "app.cli.level_parser",
    "app.cli.new_command",
    "app.cli.option_words",
    "app.cli.pool_report",
    "app.cli.print_flags",
    "app.cli.project_command",
    "app.cli.report_tasks_json",
    "app.cli.risk_command",
    "app.cli.saved_view",
    "app.cli.team_command",
    "app.cli.usage_parser",
    "app.domain.move_project",
    "app.domain.risk_register",
    # what a plan holds only when the file has it: imported where it is read or used
    "app.domain.baseline",
    "app.domain.budget_resources",
    "app.domain.day_names",
    "app.domain.recurrence_tasks",
    "app.domain.risk",
)

_PROBE = """
import io, sys
from app.cli import main
sys.stdout = io.StringIO()
status = main(sys.argv[1:])
sys.stdout = sys.__stdout__
print(status, *sorted(m for m in {mods!r} if m in sys.modules))
"""


def _imported(args: list[str]) -> list[str]:
    """The modules of NOT_FOR_SCHEDULE that ``gantry ARGS`` imported (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(mods=NOT_FOR_SCHEDULE), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    status, *modules = done.stdout.split()
    assert status == "0", done.stderr
    return modules


def test_s30cl_schedule_json_imports_no_other_command(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(make_plan(40, 50, 2), path)
    assert _imported(["schedule", str(path), "--json"]) == []
    # the table imports its sorting and notation (and what they use), no other command
    table = _imported(["schedule", str(path)])
    assert [m for m in table if m.startswith("app.cli.")] == []


def test_s30cl_other_commands_still_build_their_options(tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(make_plan(10, 10, 1), path)
    # risks' runner lives in app.cli.commands, its parser in app.cli.risk_command
    loaded = _imported(["risks", str(path)])
    assert {"app.cli.commands", "app.cli.risk_command"} <= set(loaded)
    # convert's options come from the modules it now imports when its parser is built
    out = tmp_path / "out.xml"
    assert {"app.cli.print_flags", "app.cli.saved_view"} <= set(
        _imported(["convert", str(path), str(out)])
    )
    assert out.exists()
