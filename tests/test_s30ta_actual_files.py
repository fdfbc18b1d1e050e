"""Actual work kept day by day survives the files (task s30ta, finding s30xt H2): a .gantry
file, edited and saved one change at a time, and MS Project XML's Type 2 timephased rows,
read (Resource Two's 3h20 on 6 Jul and 1h40 on 7 Jul) and written back."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.scheduler import schedule
from app.domain.typed_actuals import actual_typing_edit
from app.store.document import GantryFile
from tests.test_s30ta_actual_days import H, interviews


def _days(a):
    return [(p.start.date(), round(p.minutes)) for p in a.actual_days]


def test_s30ta_a_gantry_file_keeps_the_days_typed(tmp_path):
    path = tmp_path / "hours.gantry"
    GantryFile.create(path, interviews()).close()
    with GantryFile.open(path) as doc:  # typed in an open file: written as the edit is made
        plan = doc.plan
        edit = actual_typing_edit(plan, schedule(plan), 1, date(2027, 1, 7), date(2027, 1, 7), 600)
        apply_edit(plan, edit)
    with GantryFile.open(path, read_only=True) as doc:
        a = doc.plan.assignment(1)
        assert _days(a) == [(date(2027, 1, 7), 10 * H)]
        assert a.actual_work_minutes == pytest.approx(10 * H)
