"""Custom item-data roles shared by the task views (tree, Gantt, print)."""

from __future__ import annotations

from PySide6.QtCore import Qt

TaskUidRole = Qt.ItemDataRole.UserRole + 1  # int: the task's uid, on every column
SummaryRole = Qt.ItemDataRole.UserRole + 2  # bool: the row is a summary task
OutlineLevelRole = Qt.ItemDataRole.UserRole + 3  # int: 1 for top-level tasks
