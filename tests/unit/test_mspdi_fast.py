"""The fast row reader of MS Project XML gives what the checked Reader gives, or steps aside."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement

import pytest

from app.domain.link import Link
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import _read_link, _read_task
from app.io.mspdi_fast import GHOST, SKIP, RowReader, UnusualRowError
from app.io.mspdi_values import Q, Reader
from app.io.xml_safety import parse_xml

_FALLBACK = (UnusualRowError, ValueError, KeyError, TypeError)


def _elem(tag: str, fields: dict[str, str | None]) -> Element:
    elem = Element(Q + tag)
    for name, text in fields.items():
        SubElement(elem, Q + name).text = text
    return elem


def _fast_task(reader: RowReader, elem: Element) -> Task:
    _, _, skip, values = reader.row(elem, 1)
    assert skip is None
    assert values is not None
    return Task.of_many([values])[0]


def _fast_link(reader: RowReader, elem: Element, uids: set[int], ghosts: set[int]) -> Link:
    return Link.of_many([reader.link(elem, 7, uids, ghosts)])[0]


def _both(elem: Element, project: Project):
    """(fast task or None when it stepped aside, checked task)."""
    checked = _read_task(Reader(elem, "Task"), 7, project)
    try:
        fast = _fast_task(RowReader(), elem)
    except _FALLBACK:
        fast = None
    return fast, checked


ORDINARY = {
    "UID": "7",
    "Name": "  Pour slab ",
    "OutlineLevel": "2",
    "Duration": "PT24H0M0S",
    "DurationFormat": "39",
    "Start": "2026-01-05T08:00:30",
    "Finish": "2026-01-07T17:00:00",
    "ConstraintType": "4",
    "ConstraintDate": "2026-01-06T08:00:00",
    "Deadline": "2026-02-01T17:00:00",
    "Priority": "0",
    "PercentComplete": "40",
    "FixedCost": "12345",
    "FixedCostAccrual": "1",
    "Type": "1",
    "EffortDriven": "0",
    "Estimated": "true",
    "Milestone": "0",
    "Active": "1",
    "CalendarUID": "3",
    "IgnoreResourceCalendar": "1",
    "Notes": " see drawing ",
}


def test_an_ordinary_row_reads_the_same_on_the_fast_path():
    fast, checked = _both(_elem("Task", ORDINARY), Project())
    assert fast is not None
    assert fast == checked
    assert fast.name == "Pour slab"
    assert fast.start is not None
    assert fast.start.second == 0


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("Duration", " PT8H0M0S "),  # spaces around values
        ("PercentComplete", ""),  # empty element: the default
        ("PercentComplete", None),
        ("Milestone", " 1 "),
        ("Priority", "500.0"),  # a decimal where a whole number belongs
        ("FixedCostAccrual", "9"),  # unknown code: prorated
        ("Type", "7"),
        ("CalendarUID", ""),
        ("Manual", "1"),  # manual tasks keep their own dates
        ("LevelingDelay", "4800"),
        ("Start", " 2026-01-05T08:00:00 "),
        ("Start", "2026-01-05T08:00:00+02:00"),  # an offset is dropped, as by the Reader
        ("Finish", "2026-01-07T17:00:59.5"),
    ],
)
def test_unusual_values_give_the_same_task_through_the_fallback(field, text):
    fields = {**ORDINARY, field: text}
    fields.setdefault("ManualStart", "2026-01-09T08:00:00")
    elem = _elem("Task", fields)
    fast, checked = _both(elem, Project())
    if fast is not None:
        assert fast == checked
    # what the file reader does: fast, else the checked reader
    assert (fast or checked) == checked


def test_bad_values_are_left_to_the_checked_reader():
    for field, text in (("PercentComplete", "140"), ("ConstraintType", "12"), ("Start", "soon")):
        elem = _elem("Task", {**ORDINARY, field: text})
        with pytest.raises(_FALLBACK):
            _fast_task(RowReader(), elem)


def test_links_read_the_same_and_odd_ones_step_aside():
    cases = [
        ({"PredecessorUID": "3", "Type": "3", "LinkLag": "4800", "LagFormat": "7"}, True),
        ({"PredecessorUID": "3", "LinkLag": "50", "LagFormat": "19"}, True),  # percent lag
        ({"PredecessorUID": "3", "LinkLag": "14400", "LagFormat": "8"}, True),  # elapsed
        ({"PredecessorUID": "3", "CrossProject": "1"}, False),
        ({"PredecessorUID": "9"}, False),  # a ghost: another project's task
        ({"PredecessorUID": "7"}, False),  # itself
    ]
    for fields, ordinary in cases:
        elem = _elem("PredecessorLink", fields)
        task_reader = Reader(_elem("Task", ORDINARY), "Task")
        if not ordinary:
            with pytest.raises(_FALLBACK):
                _fast_link(RowReader(), elem, {3, 7}, {9})
            continue
        fast = _fast_link(RowReader(), elem, {3, 7}, {9})
        checked = _read_link(Reader(elem, "Task"), 7, {3, 7}, {9}, [], task_reader.date("Start"))
        assert fast == checked


def test_every_row_of_the_real_files_reads_the_same_both_ways(shared_data):
    checked_rows = 0
    for path in sorted((shared_data / "mspdi").glob("*.xml")):
        root = parse_xml(path)
        container = root.find(Q + "Tasks")
        if container is None:
            continue
        fast = RowReader()
        for elem in container.findall(Q + "Task"):
            try:
                uid, _, _, values = fast.row(elem, 1)
            except _FALLBACK:
                continue
            task = None if values is None else Task.of_many([values])[0]
            if task is not None:
                assert task == _read_task(Reader(elem, "Task"), uid, Project()), path.name
                checked_rows += 1
    assert checked_rows > 50  # 79 of the 124 rows in the stored files


def test_rows_sharing_one_reader_keep_their_own_settings():
    # The reader parses each distinct combination of settings texts once; rows
    # that differ in one of them must not get another row's values.
    fast = RowReader()
    variants = [
        ORDINARY,
        {**ORDINARY, "Milestone": "1"},
        {**ORDINARY, "ConstraintType": "0"},
        {**ORDINARY, "CalendarUID": "-1", "Priority": "700"},
        {k: v for k, v in ORDINARY.items() if k not in ("Type", "FixedCostAccrual")},
        ORDINARY,
    ]
    for fields in variants:
        elem = _elem("Task", fields)
        checked = _read_task(Reader(elem, "Task"), 7, Project())
        assert _fast_task(fast, elem) == checked


def test_an_empty_settings_child_is_not_read_as_an_absent_one():
    fast = RowReader()
    absent = {k: v for k, v in ORDINARY.items() if k != "Active"}
    assert _fast_task(fast, _elem("Task", absent)).active is True
    with pytest.raises(_FALLBACK):
        _fast_task(fast, _elem("Task", {**absent, "Active": None}))


def test_links_sharing_one_reader_keep_their_own_lags():
    fast = RowReader()
    for fields in (
        {"PredecessorUID": "3", "LinkLag": "4800", "LagFormat": "7"},
        {"PredecessorUID": "3", "LinkLag": "4800", "LagFormat": "8"},
        {"PredecessorUID": "5", "LinkLag": "4800", "LagFormat": "7", "Type": "0"},
        {"PredecessorUID": "5"},
    ):
        elem = _elem("PredecessorLink", fields)
        checked = _read_link(Reader(elem, "Task"), 7, {3, 5, 7}, set(), [], None)
        assert _fast_link(fast, elem, {3, 5, 7}, set()) == checked


def test_rows_of_other_layouts_read_the_same_through_one_reader():
    # Each distinct sequence of child tags gets its own field positions.
    fast = RowReader()
    reordered = dict(reversed(list(ORDINARY.items())))
    extra = {"WBS": "1.2", **ORDINARY, "Critical": "1", "Hyperlink": "x"}
    fewer = {k: v for k, v in ORDINARY.items() if k in ("UID", "Name", "Duration")}
    for fields in (ORDINARY, reordered, extra, fewer, ORDINARY):
        elem = _elem("Task", fields)
        assert _fast_task(fast, elem) == _read_task(Reader(elem, "Task"), 7, Project())


def test_the_first_of_duplicate_children_wins_as_in_the_checked_reader():
    elem = _elem("Task", ORDINARY)
    SubElement(elem, Q + "Name").text = "second name"
    SubElement(elem, Q + "Milestone").text = "1"
    fast = _fast_task(RowReader(), elem)
    assert fast.name == "Pour slab"
    assert fast.milestone is False
    assert fast == _read_task(Reader(elem, "Task"), 7, Project())


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"UID": "0", "Name": "Project summary"}, SKIP),
        ({"UID": "0", "OutlineLevel": "0"}, SKIP),
        ({"UID": "8", "IsNull": "1"}, SKIP),
        ({"UID": "8", "ExternalTask": "1"}, GHOST),
        ({"UID": "0", "OutlineLevel": "1", "Name": "A real task with UID 0"}, None),
    ],
)
def test_rows_left_out_are_told_apart(fields, kind):
    uid, row_id, skip, values = RowReader().row(_elem("Task", {"ID": "4", **fields}), 9)
    assert (uid, row_id, skip) == (int(fields["UID"]), 4, kind)
    assert (values is None) == (kind is not None)


def test_a_large_file_read_while_parsing_equals_the_whole_tree_read(tmp_path):
    # Rows of every kind spread over many pieces of the file: what is read as the
    # parser goes equals what is read from the finished tree.
    from dataclasses import replace
    from datetime import datetime

    from app.domain.baseline import Baseline, BaselineEntry
    from app.io.mspdi import plan_from_root, read_mspdi
    from app.io.mspdi_write import write_mspdi
    from app.io.xml_safety import _CHUNK
    from tests.bench.generate import make_plan

    plan = make_plan(3000, 4500, 3, n_resources=5)
    plan.project = replace(plan.project, notes="Project notes & <remarks>")
    when = datetime(2026, 3, 2, 8)
    for i, task in enumerate(list(plan.tasks)):
        if i % 97 == 5 and not plan.is_summary(task.uid):
            plan.update_task(replace(task, manual=True, start=when, finish=when))
        elif i % 89 == 7:
            plan.update_task(replace(task, notes=f"note {i} & <b>", percent_complete=40.0))
    plan.baselines[0] = Baseline(
        0, None, tuple(BaselineEntry(t.uid, when, when, 480) for t in plan.tasks[::50])
    )
    path = tmp_path / "big.xml"
    write_mspdi(plan, path)
    assert path.stat().st_size > 20 * _CHUNK
    streamed = read_mspdi(path)
    whole = plan_from_root(parse_xml(path), path.stem)
    assert streamed.tasks == whole.tasks
    assert streamed.links == whole.links
    assert streamed.baselines == whole.baselines
    assert streamed.assignments == whole.assignments
    assert streamed.project == whole.project
    assert streamed.project.notes == "Project notes & <remarks>"
    assert sum(t.manual for t in streamed.tasks) > 10
    assert len(streamed.tasks) == len(plan.tasks)
