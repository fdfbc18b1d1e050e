"""Figures written again when the user's locale changes (MS Project, a Windows program,
takes the separators and date order of Region settings as they are now).

Gantry formats money, work, percentages and dates with the locale asked at the time
(app/ui/budget/money.py, app/ui/locale_dates.py), but what is on screen was formatted
before: the task sheet keeps its cells' texts until its cells change, the Budget cards,
the Risks total and the status bar hold the labels they were given. Gantry has no
Options page of its own for the locale: a change of the system's (Qt sends every widget
``QEvent.LocaleChange``; ``QLocale.setDefault`` followed by that event in tests) is the
one change there is. The main window then calls :func:`restate_figures`: every table is
asked its texts again and each view whose labels hold figures writes them again
(``locale_changed``), so every figure shown uses the new locale without the plan being
opened again.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QWidget


def restate_figures(window: QWidget, views: dict[str, QWidget]) -> None:
    """Every table of ``window`` formats its cells again, and each of ``views`` (the
    window's views built so far) with a ``locale_changed`` method writes its labels again."""
    for table in window.findChildren(QAbstractItemView):
        model = table.model()
        if model is not None:
            _cells_changed(model)
        table.viewport().update()
    for view in views.values():
        again = getattr(view, "locale_changed", None)
        if callable(again):
            again()


def _cells_changed(model: QAbstractItemModel) -> None:
    """Tell the model under any proxies that all its cells changed: a model keeping its cells'
    texts (the task sheet's) forgets them, and every view of it asks again."""
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    top = QModelIndex()
    rows = model.rowCount(top)
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model: one column, its count not asked from Python
        columns = 1
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
