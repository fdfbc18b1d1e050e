"""The optional columns' widths and editors, set once on the task sheet: hidden by default,
dates typed as dates, MS Project's lists picked from, the custom fields by their kind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.domain.cost_accrual import ACCRUAL_NAMES
from app.domain.custom_fields import FIELD_NAMES, FieldKind, kind_of
from app.report.columns import CONSTRAINT_NAMES, TASK_TYPE_NAMES, YES_NO
from app.ui.column_catalog import CUSTOM_WIDTHS, INDICATORS_WIDTH, NEW_DEFAULTS, OPTIONAL_WIDTHS
from app.ui.column_placement import place_after
from app.ui.custom_value_delegate import CustomValueDelegate
from app.ui.hyperlink_delegate import HyperlinkDelegate
from app.ui.indicator_delegate import IndicatorDelegate
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_edits import SUMMARY_CONSTRAINT_NAMES, Column
from app.ui.models.task_model_baselines import DATE_COLUMNS
from app.ui.models.task_model_earned import EV_METHOD_NAMES
from app.ui.task_delegates import ChoiceDelegate, OptionalDateDelegate, PriorityDelegate

_OPTIONAL_DATES = (
    Column.ACTUAL_START,
    Column.ACTUAL_FINISH,
    Column.CONSTRAINT_DATE,
    Column.DEADLINE,
)


def prepare_optional_columns(view: QTableView) -> None:
    """Give the optional columns their widths and editors, and hide them (the default);
    the Indicators column shows, right of ID."""
    prepare_indicators(view)
    for column, width in OPTIONAL_WIDTHS.items():
        view.setColumnWidth(column, width)
        view.setColumnHidden(column, True)
    dates = OptionalDateDelegate(view)
    for column in (*_OPTIONAL_DATES, *DATE_COLUMNS):  # baselines' and interim plans' too
        view.setItemDelegateForColumn(column, dates)
    constraints = list(CONSTRAINT_NAMES.values())
    view.setItemDelegateForColumn(
        Column.CONSTRAINT_TYPE, ChoiceDelegate(constraints, view, SUMMARY_CONSTRAINT_NAMES)
    )
    view.setItemDelegateForColumn(
        Column.TASK_TYPE, ChoiceDelegate(list(TASK_TYPE_NAMES.values()), view)
    )
    view.setItemDelegateForColumn(Column.EFFORT_DRIVEN, ChoiceDelegate(list(YES_NO.values()), view))
    view.setItemDelegateForColumn(Column.PRIORITY, PriorityDelegate(view))
    view.setItemDelegateForColumn(Column.EV_METHOD, ChoiceDelegate(list(EV_METHOD_NAMES), view))
    view.setItemDelegateForColumn(Column.HYPERLINK, HyperlinkDelegate(view))  # Ctrl+click opens
    prepare_tracking_columns(view)
    prepare_custom_columns(view, dates)


def prepare_custom_columns(view: QTableView, dates: OptionalDateDelegate) -> None:
    """The custom field columns: hidden, flags picked from Yes/No, any other from the
    field's value list when it has one (else dates typed as dates, the rest as text)."""
    flags = ChoiceDelegate(["Yes", "No"], view)
    listed = CustomValueDelegate(view)
    listed_dates = CustomValueDelegate(view, fallback=dates)
    for name in FIELD_NAMES:
        column = custom_column(name)
        view.setColumnWidth(column, CUSTOM_WIDTHS[kind_of(name)])
        view.setColumnHidden(column, True)
        if kind_of(name) is FieldKind.FLAG:
            view.setItemDelegateForColumn(column, flags)
        elif kind_of(name) is FieldKind.DATE:
            view.setItemDelegateForColumn(column, listed_dates)
        else:
            view.setItemDelegateForColumn(column, listed)


def prepare_indicators(view: QTableView) -> None:
    """The Indicators column: narrow, its icons drawn by their delegate, right of ID."""
    view.setItemDelegateForColumn(Column.INDICATORS, IndicatorDelegate(view))
    view.setColumnWidth(Column.INDICATORS, INDICATORS_WIDTH)
    place_after(view.horizontalHeader(), Column.INDICATORS, NEW_DEFAULTS[Column.INDICATORS])


def prepare_tracking_columns(view: QTableView) -> None:
    """Fixed Cost Accrual is picked from MS Project's list. Actual Duration and Remaining
    Duration are typed as text in the view's own line editor ("2d", "1.5ed" for an elapsed
    task), as Duration is; the other tracking figures are computed (typing on one names
    what it follows in the status bar)."""
    accruals = ChoiceDelegate(list(ACCRUAL_NAMES.values()), view)
    view.setItemDelegateForColumn(Column.FIXED_COST_ACCRUAL, accruals)
