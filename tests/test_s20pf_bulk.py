"""Values built in bulk (app.domain.bulk) are the values their constructor makes."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, astuple, dataclass, fields, replace
from datetime import datetime

import pytest

from app.domain.bulk import build_columns, build_many
from app.domain.link import Link, LinkType
from app.domain.resource import Assignment
from app.domain.task import ConstraintType, Task


def _row(value: object) -> tuple[object, ...]:
    return tuple(getattr(value, f.name) for f in fields(value))  # type: ignore[arg-type]


SAMPLES = [
    Task(7, "Build", 2, 960, constraint_type=ConstraintType.SNET, start=datetime(2026, 1, 5, 8)),
    Task(8),
    Link(7, 8, LinkType.SS, lag_minutes=-240),
    Assignment(1, 7, 3, 0.5, 480),
]


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_s20pf_built_values_are_the_constructors(value):
    cls = type(value)
    made = build_many(cls, [_row(value), _row(value)])
    assert [type(m) for m in made] == [cls, cls]
    assert made[0] == value
    assert hash(made[0]) == hash(value)
    assert _row(made[1]) == _row(value)
    assert repr(made[0]) == repr(value)
    assert replace(made[0]) == value
    assert pickle.loads(pickle.dumps(made[0])) == value
    assert astuple(made[0]) == astuple(value)
    with pytest.raises(FrozenInstanceError):
        setattr(made[0], fields(cls)[0].name, 99)


def test_s20pf_columns_build_the_same_tasks():
    tasks = [Task(1, "A"), Task(2, "B", 2, 0, milestone=True), Task(3, "C", notes="n")]
    columns = [[getattr(t, f.name) for t in tasks] for f in fields(Task)]
    assert build_columns(Task, columns) == tasks
    assert Task.of_many(_row(t) for t in tasks) == tasks


def test_s20pf_wrong_counts_are_refused():
    with pytest.raises(TypeError):
        build_many(Link, [(1, 2)])  # a value short
    with pytest.raises(TypeError):
        build_columns(Link, [[1], [2]])
    with pytest.raises(ValueError, match="zip"):
        build_columns(Link, [[1, 2], *([[3]] * (len(fields(Link)) - 1))])


def test_s20pf_a_class_of_another_layout_is_refused():
    @dataclass(frozen=True, slots=True, weakref_slot=True)
    class Weak:
        a: int

    @dataclass(frozen=True)
    class Plain:
        a: int

    for cls in (Weak, Plain):
        with pytest.raises(TypeError, match="slotted"):
            build_many(cls, [(1,)])
