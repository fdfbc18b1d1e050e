"""Value lists grown up (domain): lists on Number, Cost, Date and Duration fields typed as
their cells take them, restricted fields refusing other values of every kind, and
refusals that quote each allowed value so "High, urgent" reads as one value."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.custom_fields import (
    CustomField,
    ListValue,
    allowed_text,
    describe,
    value_list,
)
from app.domain.custom_values import allowed_values, parse_value, typed_list
from app.domain.errors import InputError
from app.domain.project import Project


def _project(*fields: CustomField) -> Project:
    return replace(Project(), currency="EUR", currency_symbol="€", custom_fields=fields)


def test_a_refusal_quotes_each_value_so_a_comma_stays_inside_one():
    field = replace(
        value_list("Text2", [ListValue("Low"), ListValue("High, urgent")], True), alias="Risk"
    )
    project = _project(field)
    with pytest.raises(InputError) as caught:
        parse_value("Text2", "High", project, "Risk")
    assert str(caught.value) == "Risk: 'High' is not in its list ('Low', 'High, urgent')"
    # the comma-holding value itself is taken, in any case
    assert parse_value("Text2", "high, URGENT", project, "Risk") == "High, urgent"


def test_a_refusal_names_at_most_a_dozen_values_and_about_300_characters():
    many = value_list("Text1", [ListValue(f"Value {n}") for n in range(1, 31)], True)
    text = allowed_text(many)
    assert text.startswith("'Value 1', 'Value 2', ")
    assert text.endswith("'Value 12' and 18 more")
    long = value_list("Text1", [ListValue(f"{n} " + "x" * 100) for n in range(1, 11)], True)
    text = allowed_text(long)
    # each value cut to 40 characters, and no more values than fit some 300 characters
    assert text.count("'") // 2 < 10
    assert len(text) < 400
    assert text.endswith(" more")
    assert "x" * 41 not in text


def test_number_cost_date_and_duration_lists_are_typed_as_their_cells_take_them():
    project = _project()
    number = typed_list("Number1", [("12.5", "half"), (" 3 ", "")], True, project)
    assert number.values == (ListValue(12.5, "half"), ListValue(3.0))
    cost = typed_list("Cost1", [("€1,200.50", ""), ("99", "")], False, project)
    assert cost.values == (ListValue(1200.5), ListValue(99.0))
    date = typed_list("Date1", [("2026-03-02", "kick-off")], True, project)
    assert date.values == (ListValue(datetime(2026, 3, 2, 8, 0), "kick-off"),)
    duration = typed_list("Duration1", [("2d", ""), ("4h", "")], True, project)
    assert duration.values == (ListValue(960), ListValue(240))
    assert duration.restricted


def test_a_bad_or_repeated_list_value_is_refused_naming_the_field_and_row():
    project = _project()
    with pytest.raises(InputError, match=r"^Budget, row 2 of the list: 'lots' is not a number"):
        typed_list("Number1", [("1", ""), ("lots", "")], False, project, "Budget")
    with pytest.raises(InputError, match=r"^Budget: '1' is in the list twice"):
        typed_list("Number1", [("1", ""), ("1.0", "")], False, project, "Budget")
    with pytest.raises(InputError, match=r"^Flag1: a Flag field takes no list of values"):
        typed_list("Flag1", [("Yes", "")], False, project)
    with pytest.raises(InputError, match=r"is no number"):
        value_list("Number1", [ListValue("12")], False)  # typed values only, no text


@pytest.mark.parametrize(
    ("name", "rows", "good", "bad", "allowed"),
    [
        ("Number2", ["1", "2.5"], ("2.50", 2.5), "3", "'1', '2.5'"),
        ("Cost2", ["100", "250.5"], ("€250.50", 250.5), "200", "'€100.00', '€250.50'"),
        (
            "Date2",
            ["2026-03-02", "2026-04-01"],
            ("2026-04-01", datetime(2026, 4, 1, 8, 0)),
            "2026-04-02",
            "'Mon 2026-03-02', 'Wed 2026-04-01'",
        ),
        ("Duration2", ["1d", "1w"], ("5d", 2400), "2d", "'1d', '5d'"),
    ],
)
def test_a_restricted_list_of_every_kind_takes_only_its_values(name, rows, good, bad, allowed):
    listed = typed_list(name, [(r, "") for r in rows], True, _project())
    project = _project(replace(listed, alias="Gate"))
    typed, value = good
    assert parse_value(name, typed, project, "Gate") == value
    assert parse_value(name, "", project, "Gate") is None  # clearing stays possible
    with pytest.raises(InputError) as caught:
        parse_value(name, bad, project, "Gate")
    assert str(caught.value) == f"Gate: '{bad}' is not in its list ({allowed})"
    assert allowed_values(project.custom_fields[0], project) == allowed
    # an open list takes any value of the kind
    open_project = _project(replace(listed, restricted=False))
    assert parse_value(name, bad, open_project, "Gate") is not None


def test_holds_compares_numbers_past_rounding_and_text_in_any_case():
    number = value_list("Number1", [ListValue(0.1 + 0.2)], True)
    assert number.holds(0.3)
    assert not number.holds(0.31)
    text = value_list("Text1", [ListValue("In review")], True)
    assert text.holds("in  REVIEW")
    assert not text.holds("review")


def test_describe_shows_lists_of_other_kinds_without_project_settings():
    fields = (
        value_list("Number1", [ListValue(1.0), ListValue(2.5)], True),
        value_list("Date1", [ListValue(datetime(2026, 3, 2, 8, 0))], False),
        value_list("Duration1", [ListValue(960)], False),
    )
    assert describe(fields) == (
        "Number1 [1|2.5, restricted], Date1 [2026-03-02 08:00], Duration1 [16h]"
    )


def test_a_save_that_keeps_values_but_no_lists_names_a_cost_list_too():
    from app.domain.plan import Plan
    from app.domain.task import Task
    from app.formats import not_kept

    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Cost1", 99.0),)))
    budget = value_list("Cost1", [ListValue(99.0), ListValue(1200.5)], True)
    plan.set_custom_field(replace(budget, alias="Change budget"))
    lines = [line for line in not_kept(plan, ".gan") if line]
    assert (
        ".gan keeps no value list: the value list of 'Change budget' is not saved (the values are)"
        in lines
    )


def test_a_date_typed_without_a_time_takes_the_listed_moment_of_its_day():
    gates = [("2026-04-01 17:00", "review"), ("2026-04-02 12:00", ""), ("2026-04-02 17:00", "")]
    listed = typed_list("Date3", gates, True, _project())
    project = _project(replace(listed, alias="Gate"))
    assert parse_value("Date3", "2026-04-01", project, "Gate") == datetime(2026, 4, 1, 17, 0)
    with pytest.raises(InputError, match=r"^Gate: '2026-04-01 09:00' is not in its list"):
        parse_value("Date3", "2026-04-01 09:00", project, "Gate")  # a time typed is meant
    with pytest.raises(InputError, match=r"^Gate: '2026-04-02' is not in its list"):
        parse_value("Date3", "2026-04-02", project, "Gate")  # two that day: which one?
    open_project = _project(replace(listed, restricted=False))
    assert parse_value("Date3", "2026-04-01", open_project) == datetime(2026, 4, 1, 17, 0)
    assert parse_value("Date3", "2026-04-03", open_project) == datetime(2026, 4, 3, 8, 0)
