"""Every dialog of the plan window built on the demo plan, for the s23ay keyboard and screen
reader tests: (title, factory taking the window)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import openpyxl
from PySide6.QtWidgets import QDialog

from app.domain.custom_fields import CustomField
from app.domain.grouping import GroupBy
from app.domain.leveling_options import LevelingOptions
from app.domain.merge import copy_plan, three_way
from app.domain.sorting import TaskSort
from app.io.excel_import import inspect_workbook, sheet_rows
from app.report.options import PrintOptions
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.dialogs.assign_replace_dialog import ReplaceResourceDialog
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.dialogs.custom_fields_dialog import CustomFieldsDialog
from app.ui.dialogs.custom_fields_lookup import ValueListDialog
from app.ui.dialogs.custom_filter_dialog import CustomFieldFilterDialog
from app.ui.dialogs.find_dialog import FindDialog
from app.ui.dialogs.group_dialog import GroupDialog
from app.ui.dialogs.hyperlink_dialog import HyperlinkDialog
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog, LevelingDialog
from app.ui.dialogs.move_project_dialog import MoveProjectDialog
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.exchange.review_dialog import ReviewChangesDialog
from app.ui.filter_menu import DateRangeFilterDialog, ResourceFilterDialog
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.project_menu import StatusDateDialog, UpdateProjectDialog
from app.ui.team.assign_dialog import AssignTaskDialog
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.vacation_dialog import VacationDialog


def _leaf(window) -> int:
    plan = window.document.plan
    return next(t.uid for t in plan.tasks if not plan.is_summary(t.uid))


def _leaves(window) -> list[int]:
    plan = window.document.plan
    return [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][:3]


def _mapping(window) -> QDialog:
    """The import's Column mapping of a small client sheet."""
    path = window.document.path.with_name("s23a2_client.xlsx")  # beside the test's plan
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Schedule"
    sheet.append(["Task", "Duration", "Start", "Region"])
    sheet.append(["Spec", "2w", date(2027, 3, 1), "North"])
    book.save(path)
    return ColumnMappingDialog(inspect_workbook(path), lambda name: sheet_rows(path, name), window)


def _review(window) -> QDialog:
    """Review changes of a workbook that renamed a task."""
    plan = window.document.plan
    theirs = copy_plan(plan)
    task = theirs.task(_leaf(window))
    theirs.update_task(replace(task, name=f"{task.name} (client)"))
    items = three_way(plan, theirs, copy_plan(plan))
    return ReviewChangesDialog(items, plan.project, window, ["A note on the workbook"])


def _person(window):
    return window.document.plan.resources[0]


DIALOGS: list[tuple[str, Callable[..., QDialog]]] = [
    ("Task Information", lambda w: TaskDialog(w.document, _leaf(w), w)),
    ("Multiple Task Information", lambda w: MultiTaskDialog(w.document, _leaves(w), w)),
    (
        "Assignment Information",
        lambda w: AssignmentInfoDialog(w.document, w.document.plan.assignments[0].uid, w),
    ),
    ("Assign Resources", lambda w: AssignResourcesDialog(w.document, lambda: _leaves(w)[:1], w)),
    (
        "Replace Resource",
        lambda w: ReplaceResourceDialog(w.document.plan, _person(w).uid, w),
    ),
    ("Custom Fields", lambda w: CustomFieldsDialog(w.document, w)),
    ("Value List", lambda w: ValueListDialog(CustomField("Text1"), "Text1", w)),
    ("Custom field filter", lambda w: CustomFieldFilterDialog(w.document.plan, w)),
    ("Find", lambda w: FindDialog(w)),
    ("Group By", lambda w: GroupDialog(GroupBy(), w.document.plan.project, w)),
    ("Hyperlink", lambda w: HyperlinkDialog(w.document, _leaf(w), w)),
    ("Move Project", lambda w: MoveProjectDialog(datetime(2027, 1, 4, 8), 0, w)),
    ("Recurring Task", lambda w: RecurringTaskDialog(w.document.plan, "Weekly", None, w)),
    ("Sort", lambda w: SortDialog(SortChoice(TaskSort()), w)),
    ("Split Task", lambda w: SplitDialog(w.document, _leaf(w), w)),
    ("Update Tasks", lambda w: UpdateTasksDialog(w.document, _leaf(w), w)),
    ("Update Project", lambda w: UpdateProjectDialog(date(2027, 2, 1), True, w)),
    ("Status Date", lambda w: StatusDateDialog(date(2027, 2, 1), w)),
    ("Assign to task", lambda w: AssignTaskDialog(w.document.plan, _person(w), w)),
    ("Vacation", lambda w: VacationDialog("Maria Lopez", w)),
    ("Resource Information", lambda w: ResourceDialog(w.document.plan, _person(w), w, w.document)),
    ("Level Resources", lambda w: LevelingDialog(LevelingOptions(), w)),
    ("Clear Leveling", lambda w: ClearLevelingDialog(True, w)),
    ("Project Information", lambda w: ProjectDialog(w.document, w)),
    ("Set Baseline", lambda w: SetBaselineDialog(True, w.document.plan.baselines, w)),
    ("Using Resource", lambda w: ResourceFilterDialog(["Ana", "Ben"], 0, w)),
    ("Date Range", lambda w: DateRangeFilterDialog(date(2027, 1, 4), date(2027, 2, 1), w)),
    ("Column mapping", lambda w: _mapping(w)),
    ("Review changes", lambda w: _review(w)),
    ("Change Working Time", lambda w: WorkingTimeDialog(w.document, w)),
    (
        "Page Setup",
        lambda w: PageSetupDialog(
            PrintOptions(), datetime(2027, 1, 4, 8), datetime(2027, 6, 30, 17), w
        ),
    ),
]

# Kept for the keyboard tests' lookup by title; every dialog is keyed now (s23a2).
OTHERS: list[tuple[str, Callable[..., QDialog]]] = []
