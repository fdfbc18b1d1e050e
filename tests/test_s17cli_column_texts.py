"""The JSON texts of a column of values (app/cli/json_text.column_texts), made without a
Python step per value, are json.dumps' texts of each value: the shortcuts for repeated
whole numbers and for a column of +0.0 costs keep -0.0, bools and ints apart."""

from __future__ import annotations

import json

import pytest

from app.cli.json_text import all_zero, column_texts
from app.domain.errors import PlanError


@pytest.mark.parametrize(
    "values",
    [
        [0.0] * 5,
        [0.0, -0.0, 0.0],
        [0.0, 0.0, 0.5],
        [7] * 6 + [0, -1],
        list(range(10)),
        [1, True, 0, False, None, 2.0],
        ["a\n", "é", '"'],
        [],
    ],
)
def test_s17cli_column_texts_are_json_dumps_of_each_value(values):
    # json.dumps' text, but -0.0 written 0.0 (no negative zero in Gantry's JSON)
    expected = [json.dumps(v + 0.0 if type(v) is float else v, ensure_ascii=False) for v in values]
    assert column_texts(values) == expected


def test_s17cli_all_zero_tells_minus_zero_apart():
    assert all_zero([0.0, 0.0])
    assert not all_zero([0.0, -0.0])
    assert not all_zero([0.0, 1e-300])


def test_s17cli_a_float_json_cannot_hold_is_refused():
    with pytest.raises(PlanError):
        column_texts([0.0, float("nan")])
