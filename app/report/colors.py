"""The Gantt chart's palette, in one place for screen, paper, PDF and the report pages."""

from __future__ import annotations

from PySide6.QtGui import QColor


class Colors:
    """The chart's palette, in one place for screen and print."""

    bar = QColor(74, 134, 222)
    bar_edge = QColor(38, 86, 160)
    critical = QColor(222, 56, 56)
    critical_edge = QColor(150, 24, 24)
    progress = QColor(20, 40, 90)
    summary = QColor(30, 30, 30)
    milestone = QColor(20, 20, 20)
    baseline = QColor(160, 160, 160)
    slack = QColor(60, 170, 120)
    deadline = QColor(0, 176, 80)  # MS Project's deadline arrow
    deadline_edge = QColor(0, 100, 40)
    leveling = QColor(150, 140, 60)
    preleveled = QColor(222, 196, 140)  # MS Project's Leveling Gantt: the tan preleveled bar
    preleveled_edge = QColor(150, 120, 60)
    link = QColor(60, 70, 90)
    nonworking = QColor(236, 236, 240)
    grid = QColor(200, 200, 205)
    header_bg = QColor(245, 245, 247)
    text = QColor(20, 20, 20)
    today = QColor(240, 140, 0)
    status = QColor(130, 60, 190)
