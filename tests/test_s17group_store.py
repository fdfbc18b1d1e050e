"""The task sheet's table, filter, sort, group and folded groups travel in the .gantry file
(schema v20), as MS Project keeps each view's in its project file; a v19 file keeps none."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.domain.view_state import SheetView
from app.store.document import GantryFile, backup_path, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

GROUP = GroupBy(
    (GroupKey(GroupField.DURATION, True, 2400.0), GroupKey("Text3")),
    keep_hierarchy=True,
)
VIEW = SheetView(
    table="cost",
    columns=(("id", 40), ("name", 220), ("custom:Text3", 90)),
    tables=(("Mine", ("name", "start", "custom:Text3")), ("Empty one", ())),
    task_filter=TaskFilter(
        FilterKind.DATE_RANGE, date_from=datetime(2027, 1, 4), date_to=datetime(2027, 2, 1)
    ),
    task_sort=TaskSort((SortKey(SortField.START, True), SortKey("Text3")), keep_outline=False),
    task_group=GROUP,
    folded_groups=frozenset(
        {("Duration: 1w - <2w",), ("Duration: 1w - <2w", "Text3: Désign 設計")}
    ),
)


def _plan() -> Plan:
    plan = Plan(Project(name="Views", start=datetime(2027, 1, 4, 8)))
    plan.tasks = [Task(1, "A", duration_minutes=2400), Task(2, "B", duration_minutes=480)]
    return plan


def _as_v19(path: Path) -> None:
    """Make ``path`` a v19 file: the v20 tables gone, the version put back."""
    conn = sqlite3.connect(path)
    for table in ("views", "view_columns", "view_folded_groups", "user_tables"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP TABLE user_table_columns")
    conn.execute("PRAGMA user_version = 19")
    conn.commit()
    conn.close()


def test_s17group_a_whole_sheet_view_round_trips_a_gantry_file(tmp_path):
    plan = _plan()
    plan.view = VIEW
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    assert read_plan(path).view == VIEW


def test_s17group_a_plan_without_a_view_keeps_none(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    assert read_plan(path).view is None


def test_s17group_keep_view_writes_at_once_and_none_clears_it(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path) as file:
        file.keep_view(SheetView(task_group=GROUP))
        assert file.plan.view == SheetView(task_group=GROUP)
        assert read_plan(path).view == SheetView(task_group=GROUP)  # in the file already
        file.keep_view(None)
    assert read_plan(path).view is None


def test_s17group_the_same_view_again_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "plan.gantry"
    plan = _plan()
    plan.view = VIEW
    write_plan(plan, path)
    with GantryFile.open(path) as file:
        before = path.read_bytes()
        file.keep_view(SheetView(**{f: getattr(VIEW, f) for f in VIEW.__slots__}))
        assert path.read_bytes() == before


def test_s17group_a_read_only_file_keeps_the_view_in_memory_only(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path, read_only=True) as file:
        file.keep_view(VIEW)
        assert file.plan.view == VIEW
    assert read_plan(path).view is None


def test_s17group_a_v19_file_migrates_and_opens_without_a_view(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    _as_v19(path)
    with GantryFile.open(path) as file:
        assert file.plan.view is None
        assert [t.name for t in file.plan.tasks] == ["A", "B"]
        file.keep_view(VIEW)  # the migrated file takes a view
    assert backup_path(path, 19).exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # v20 or later
    conn.close()
    assert read_plan(path).view == VIEW


def test_s17group_a_v19_file_opened_read_only_is_left_as_it_was(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    _as_v19(path)
    before = path.read_bytes()
    assert read_plan(path).view is None
    assert path.read_bytes() == before


def test_s17group_a_group_this_version_cannot_read_opens_ungrouped_with_the_rest(tmp_path):
    path = tmp_path / "plan.gantry"
    plan = _plan()
    plan.view = VIEW
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE views SET group_keys = 'colour', filter_kind = 'by-colour'")
    conn.commit()
    conn.close()
    view = read_plan(path).view
    assert view is not None
    assert view.task_group is None
    assert view.folded_groups == frozenset()
    assert view.task_filter is None
    assert view.task_sort == VIEW.task_sort
    assert view.tables == VIEW.tables


def test_s17group_gantry_convert_gantry_to_gantry_keeps_the_view(tmp_path):
    path = tmp_path / "plan.gantry"
    plan = _plan()
    plan.view = VIEW
    write_plan(plan, path)
    copy = tmp_path / "copy.gantry"
    assert main(["convert", str(path), str(copy)]) == 0
    assert read_plan(copy).view == VIEW


def test_s17group_save_a_copy_carries_the_view(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path) as file:
        file.keep_view(VIEW)
        file.save_copy(tmp_path / "copy.gantry")
    assert read_plan(tmp_path / "copy.gantry").view == VIEW
