"""The README and the guide say what Task Usage's own sort and ``gantry usage``'s options
do, and that EV and AC stop at the status date as MS Project's BCWP and ACWP (task s20sm)."""

from __future__ import annotations

import re
from pathlib import Path

from app.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "resources" / "help" / "guide.html").read_text(encoding="utf-8")


def _usage_options() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.choices and "usage" in a.choices)
    usage = sub.choices["usage"]
    return {s for a in usage._actions for s in a.option_strings if s.startswith("--")}


def test_s20sm_the_usage_row_names_every_option_of_gantry_usage():
    row = next(line for line in README.splitlines() if line.startswith("| `gantry usage"))
    # --help and --sheet (a spreadsheet's sheet) every reading command takes, said apart
    for option in _usage_options() - {"--help", "--sheet"}:
        assert option in row, option
    assert {"--sort", "--flat"} <= _usage_options()
    assert "View > Sort" in row


def _bullet(text: str, start: str) -> str:
    at = text.index(start)
    end = text.find("\n- **", at + 1)
    return text[at:end]


def test_s20sm_the_usage_bullet_says_task_usage_sorts_on_its_own():
    bullet = " ".join(_bullet(README, "- **View > Usage**").split())
    assert "View > Sort while Task Usage shows" in bullet
    assert "--sort" in bullet
    assert "--flat" in bullet


def test_s20sm_the_budget_lines_say_ev_and_ac_stop_at_the_status_date():
    said = "EV and AC"
    views = " ".join(_bullet(README, "- **Views**").split())
    assert re.search(r"EV and AC count only what was done up to the status date", views)
    assert "BCWP and ACWP" in views
    flat = " ".join(README.split())
    assert "(EV and AC up to the status date, as MS Project's BCWP and ACWP)" in flat
    budget = next(li for li in GUIDE.split("<li>") if li.startswith("<b>Budget</b>"))
    assert f"{said} count only what was done up to the status date" in budget
    assert "BCWP and ACWP" in budget
    usage = next(li for li in GUIDE.split("<li>") if li.startswith("<b>Usage</b>"))
    assert "View &gt; Sort while Task Usage shows" in usage
