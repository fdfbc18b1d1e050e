"""The MSPDI reader's parts, split out of mspdi.py, each read on its own.

read_mspdi puts them together (the mspdi/conformance tests read whole
files); here each part's own rule is checked on a small element.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, fromstring

import pytest

from app.domain.errors import FileFormatError
from app.domain.task import ConstraintType, Task
from app.io import mspdi
from app.io.mspdi_baselines import add_baseline_entry, baselines
from app.io.mspdi_links import apply_external_links
from app.io.mspdi_project import read_project
from app.io.mspdi_recurring import is_recurring
from app.io.mspdi_rows import TaskRows
from app.io.mspdi_values import NS, Q, Reader

MSPDI_MODULES = sorted(Path(mspdi.__file__).parent.glob("mspdi*.py"))


def _elem(tag: str, **fields: str) -> Element:
    elem = Element(Q + tag)
    for name, value in fields.items():
        SubElement(elem, Q + name).text = value
    return elem


def test_every_reader_module_is_under_the_size_rule():
    assert len(MSPDI_MODULES) > 5
    too_long = {p.name: n for p in MSPDI_MODULES if (n := len(p.read_text().splitlines())) > 600}
    assert too_long == {}


def test_what_callers_import_from_mspdi_is_still_there():
    for name in ("read_mspdi", "plan_from_root", "READ_STEPS", "_read_link", "_read_task"):
        assert callable(getattr(mspdi, name)) or name == "READ_STEPS"
    assert mspdi._TASKS == Q + "Tasks"
    assert 0 < mspdi._PARSED < mspdi.READ_STEPS


def test_project_currency_is_inferred_from_a_symbol_naming_one_currency():
    project = read_project(Reader(_elem("Project", CurrencySymbol="£"), "<Project>"), "x")
    assert (project.currency, project.currency_symbol, project.name) == ("GBP", "£", "x")


def test_a_bad_currency_position_names_the_element():
    elem = _elem("Project", CurrencySymbolPosition="7")
    with pytest.raises(FileFormatError, match="<CurrencySymbolPosition> '7'"):
        read_project(Reader(elem, "<Project>"), "x")


def test_default_times_are_read_from_minutes_after_midnight():
    elem = _elem("Project", DefaultStartTime="09:30:00", DefaultFinishTime="18:00:00")
    project = read_project(Reader(elem, "<Project>"), "x")
    assert (project.default_start_time.hour, project.default_start_time.minute) == (9, 30)
    assert project.default_finish_time.hour == 18


def test_baseline_entries_gather_by_number_and_a_bad_number_is_refused():
    entries: dict = {}
    add_baseline_entry(entries, _elem("Baseline", Number="2", Cost="1250"), "Task #1", 7)
    add_baseline_entry(entries, _elem("Baseline", Cost="100"), "Task #2", 8)
    made = baselines(entries)
    assert sorted(made) == [0, 2]
    assert [(e.task_uid, e.cost) for e in made[2].entries] == [(7, 12.5)]
    with pytest.raises(FileFormatError, match=r"Task #3 <Baseline>: <Number> 11"):
        add_baseline_entry(entries, _elem("Baseline", Number="11"), "Task #3", 9)


def test_a_cross_project_predecessor_pins_an_asap_task_at_its_latest_stored_start():
    early, late = datetime(2026, 3, 2, 8), datetime(2026, 3, 9, 8)
    tasks = [Task(1, "A"), Task(2, "B", constraint_type=ConstraintType.MSO, constraint_date=early)]
    out = apply_external_links(tasks, [(1, early), (1, late), (2, late), (1, None)])
    assert (out[0].constraint_type, out[0].constraint_date) == (ConstraintType.SNET, late)
    assert out[1] == tasks[1]  # a constraint of its own stays
    assert apply_external_links(tasks, []) is tasks


def test_recurring_flag_and_rows_taken_mark_only_summaries():
    xml = f"""<Tasks xmlns="{NS}">
      <Task><UID>1</UID><ID>1</ID><Name>Sync</Name><OutlineLevel>1</OutlineLevel>
        <Recurring>1</Recurring></Task>
      <Task><UID>2</UID><ID>2</ID><Name>Sync 1</Name><OutlineLevel>2</OutlineLevel>
        <Recurring>1</Recurring></Task>
    </Tasks>"""
    elems = list(fromstring(xml))
    assert is_recurring(elems[0])
    assert not is_recurring(_elem("Task", Recurring="0"))
    rows = TaskRows()
    rows.take(elems)
    rows.finish(read_project(Reader(_elem("Project"), "<Project>"), "x"))
    assert rows.recurring == {1}  # the last row has no deeper one after it
