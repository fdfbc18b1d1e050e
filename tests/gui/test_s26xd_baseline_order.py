"""A Baseline Start after its Baseline Finish (and Start N after Finish N) is taken, as MS
Project takes and stores it (its baselines.xml has Baseline1-10 starting in 2001 and
finishing in 2000); text that is no date is still refused and changes nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import InputError
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from tests.gui.conftest import build_plan


def _typed(doc, uid, column, text):
    command = command_for_cell(doc, uid, column, text)
    assert command is not None
    execute(doc, command)


def test_a_baseline_start_after_its_finish_is_taken():
    doc = Document(build_plan())
    _typed(doc, 5, Column["BASELINE5_FINISH"], "2008-01-31 17:00")
    _typed(doc, 5, Column["BASELINE5_START"], "2008-02-04 08:00")  # after its finish
    entry = doc.plan.baselines[5].entry(5)
    assert entry.start == datetime(2008, 2, 4, 8, 0)
    assert entry.finish == datetime(2008, 1, 31, 17, 0)
    _typed(doc, 5, Column.BASELINE_FINISH, "2008-01-31 17:00")  # Baseline (0) alike
    _typed(doc, 5, Column.BASELINE_START, "2008-02-04 08:00")
    assert doc.plan.baselines[0].entry(5).start == datetime(2008, 2, 4, 8, 0)
    doc.undo_stack.undo()
    assert doc.plan.baselines[0].entry(5).start is None


def test_an_interim_start_after_its_finish_is_taken_and_text_still_refused():
    doc = Document(build_plan())
    _typed(doc, 5, Column["FINISH1"], "2008-01-31 17:00")
    _typed(doc, 5, Column["START1"], "2008-02-04 08:00")
    assert doc.plan.interims[1].entry(5).start == datetime(2008, 2, 4, 8, 0)
    steps = doc.undo_stack.count()
    with pytest.raises(InputError):
        command_for_cell(doc, 5, Column["BASELINE5_START"], "soonish")
    assert doc.undo_stack.count() == steps
