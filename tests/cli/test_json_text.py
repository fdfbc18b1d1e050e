"""The CLI's JSON writer gives exactly the text of json.dumps(indent=2, ensure_ascii=False),
but for a negative zero, written 0.0."""

from __future__ import annotations

import json
from datetime import datetime
from enum import Enum, IntEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli.json_text import dump, dumps
from app.cli.schedule_command import json_default
from app.domain.errors import PlanError

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_DOCS = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=30,
)


def _no_negative_zero(obj: object) -> object:
    """``obj`` with each -0.0 value as 0.0: the writer's one departure from json.dumps, so a
    script never reads "-0.0" for nothing (e1320830)."""
    if isinstance(obj, float) and obj == 0.0:
        return 0.0
    if isinstance(obj, list | tuple):
        return [_no_negative_zero(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _no_negative_zero(v) for k, v in obj.items()}
    return obj


def _reference(obj: object) -> str:
    return json.dumps(
        _no_negative_zero(obj),
        indent=2,
        ensure_ascii=False,
        default=json_default,
        allow_nan=False,
    )


def _same_or_both_refuse(doc: object) -> bool:
    """True when the writer gives json.dumps' text; False when both refuse NaN/Infinity
    (no JSON reader takes them: the writer raises one PlanError for the command line)."""
    try:
        expected = _reference(doc)
    except ValueError:  # json.dumps(allow_nan=False): out of range float values
        with pytest.raises(PlanError, match="JSON cannot hold"):
            dumps(doc, json_default)
        return False
    assert dumps(doc, json_default) == expected
    return True


@given(_DOCS)
def test_random_documents_give_the_same_text(doc):
    if not _same_or_both_refuse(doc):
        return
    written: list[str] = []
    dump(doc, json_default, written.append)
    assert "".join(written) == _reference(doc)


class _Colour(Enum):
    RED = 1


class _Level(IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    "doc",
    [
        {},
        [],
        {"a": {}, "b": [], "c": [{}]},
        {7: "int key", 2.5: "float key", True: "bool key", None: "null key"},
        {"when": datetime(2026, 1, 5, 8), "colour": _Colour.RED, "level": _Level.HIGH},
        {"text": 'quote " backslash \\ newline \n tab \t ünïcode € \u2028 \x00'},
        [-0.0, 1e300, 0.1],
        [float("nan")],
        [1.5, float("inf")],
        {"cost": -float("inf")},
        {float("nan"): "NaN key"},
        {"nested": [[[]], [[1, [2, {"x": None}]]]]},
    ],
)
def test_special_values_give_the_same_text(doc):
    _same_or_both_refuse(doc)


def test_keys_of_other_types_are_refused_like_json():
    with pytest.raises(TypeError):
        dumps({(1, 2): "tuple key"}, json_default)
