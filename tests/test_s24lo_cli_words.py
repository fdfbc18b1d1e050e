"""The command line's words: a day option refused says both shapes it takes (YYYY-MM-DD and
DD.MM.YYYY, which parse_day reads), and ``gantry diff`` writes a value that is none as
"(empty)" (a flag unset as the column shows it: No), never Python's None or ''."""

from __future__ import annotations

import pytest

from app.cli.diff_text import EMPTY, diff_line
from app.cli.option_words import parse_day
from app.domain.diff import PlanChange
from app.domain.errors import OptionError
from app.domain.plan import Plan
from app.domain.task import Task


def test_s24lo_a_bad_day_names_both_shapes_it_takes():
    with pytest.raises(OptionError) as refused:
        parse_day("31/12/2027", "--through")
    assert str(refused.value) == (
        "--through '31/12/2027' is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
    )
    assert parse_day("31.12.2027", "--through") == parse_day("2027-12-31", "--through")


@pytest.mark.parametrize(
    ("field", "old", "new", "said"),
    [
        ("notes", "Call Ana", None, "Notes 'Call Ana' -> (empty)"),
        ("hyperlink", None, "https://x.org", "Hyperlink (empty) -> 'https://x.org'"),
        ("Text1", "Maria", None, "Text1 'Maria' -> (empty)"),
        ("Number1", None, 3.0, "Number1 (empty) -> 3"),  # as the Number column shows it
        ("Flag1", True, None, "Flag1 Yes -> No"),
        ("lag_percent", None, 12.5, "(empty) -> 12.5"),
    ],
)
def test_s24lo_diff_writes_no_value_as_empty(field, old, new, said):
    plan = Plan()
    plan.append_task(Task(1, "Design", 1))
    line = diff_line(PlanChange("task", 1, "Design", "changed", field, old, new), plan, plan)
    assert line.endswith(said)
    assert "None" not in line
    assert "''" not in line
    assert EMPTY == "(empty)"
