"""The base of a widget's mixins (methods of one view kept in modules of their own).

To the type checker a mixin is the QWidget it is mixed into, so its methods may call
the widget's own (``isVisible``, ``window``...); at run time it is a plain class, so
the view's bases stay ``(Mixin, ..., QWidget)`` and Qt sees one QWidget. A mixin of a
QTableView or of a QAbstractTableModel takes the base named for it, alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QTableView, QWidget

if TYPE_CHECKING:
    WidgetMixin = QWidget
    TableViewMixin = QTableView
    TableModelMixin = QAbstractTableModel
else:
    WidgetMixin = TableViewMixin = TableModelMixin = object
