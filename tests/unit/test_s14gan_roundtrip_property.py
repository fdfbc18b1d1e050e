"""Property: any custom values of every kind, with aliases, come back from a .gan file and
from a CSV table exactly as they were (dates to the minute, as the plan keeps them)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.custom_fields import FIELD_NAMES, CustomField, FieldKind, kind_of, ordered
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan

_FIELDS = [n for n in FIELD_NAMES if n[-1] in "123" and len(n) <= len("Duration3")]

# One-line text as a cell keeps it: no outer spaces, no control characters, and no leading
# apostrophe before a formula sign (the CSV guard's own mark, read back as the guard).
_TEXT = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=20)
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: bool(s) and not s.startswith("'"))
)
_NUMBER = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e18, max_value=1e18)
_MONEY = st.integers(min_value=-(10**11), max_value=10**11).map(lambda cents: cents / 100)
_DATE = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
_BY_KIND = {
    FieldKind.TEXT: _TEXT,
    FieldKind.NUMBER: _NUMBER,
    FieldKind.COST: _MONEY,
    FieldKind.FLAG: st.just(True),
    FieldKind.DATE: _DATE,
    FieldKind.DURATION: st.integers(min_value=0, max_value=500_000),
}


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    plan = Plan()
    for uid in range(1, draw(st.integers(min_value=1, max_value=4)) + 1):
        fields = draw(st.lists(st.sampled_from(_FIELDS), unique=True, max_size=6))
        values = {name: draw(_BY_KIND[kind_of(name)]) for name in fields}
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=480, custom=ordered(values)))
    aliases = draw(
        st.dictionaries(
            st.sampled_from(_FIELDS),
            st.sampled_from(["Owner", "Risk level", "Points", "Due", "Budget", "Éte ñ"]),
            max_size=4,
        )
    )
    for name, alias in aliases.items():
        plan.set_custom_field(CustomField(name, alias))
    return plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=_plans())
def test_custom_values_survive_gan_and_csv(plan):
    with tempfile.TemporaryDirectory() as folder:
        for ext in (".gan", ".csv"):
            path = Path(folder) / f"plan{ext}"
            write_plan(plan, path)
            back = read_plan(path)
            assert [t.custom for t in back.tasks] == [t.custom for t in plan.tasks], ext
            assert back.project.custom_fields == plan.project.custom_fields, ext
