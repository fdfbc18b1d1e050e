"""The help guide has a Costs and budget section (task s25co): a consultant billing a client
from the plan found rates, rate tables, cost per use, accrual, overtime, fixed cost, actual
cost to the status date, the Budget view and monthly cost in Usage nowhere in it. What it
names must be there: the Budget's columns, the Usage view's scale and detail, the command
lines it gives."""

from __future__ import annotations

import re
import shlex

import pytest

from app.assets import resource_path
from app.cli.parser import build_parser
from app.domain.usage_detail_rows import Detail
from app.report.budget_printout import BUDGET_HEADERS
from app.ui.help_window import GUIDE


def _html() -> str:
    return resource_path(*GUIDE).read_text(encoding="utf-8")


def _costs_text() -> str:
    section = _html().split('<a name="costs"></a>', 1)[1].split("<h2>", 1)[0]
    text = re.sub(r"<[^>]+>", "", section)
    return " ".join(text.replace("&gt;", ">").replace("&hellip;", "…").split())


def test_s25co_costs_section_is_listed_and_short():
    html = _html()
    assert '<a href="#costs">Costs and budget</a>' in html
    assert len(_costs_text()) < 4000  # short, as the other sections


@pytest.mark.parametrize(
    "words",
    [
        "Std. rate",
        "Ovt. rate",
        "Cost/use",
        "Cost rate tables",
        "Effective from",
        "Cost per use",
        "Fixed Cost Accrual",
        "Start",
        "Prorated",
        "End",
        "Overtime Work",
        "Fixed Cost",
        "status date",
        "Set Baseline",
        "Months",
        f"Details > {Detail.COST.label}",
    ],
)
def test_s25co_costs_section_names_each_topic(words):
    assert words in _costs_text()


def test_s25co_costs_section_names_the_budget_columns():
    text = _costs_text()
    for title in BUDGET_HEADERS[1:]:
        assert title in text, title


def test_s25co_the_command_lines_it_gives_are_read():
    parser = build_parser()
    commands = re.findall(
        r"<tt>(gantry [^<]+)</tt>", _html().split('name="costs"', 1)[1].split("<h2>", 1)[0]
    )
    assert len(commands) >= 2
    for line in commands:
        words = shlex.split(line.replace("&gt;", ">"))[1:]
        args = parser.parse_args(words)  # exits 2 (SystemExit) on an option it does not know
        assert args.command in ("usage", "report")
