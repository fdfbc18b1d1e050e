"""A printed column title too long for the timescale's band shows its beginning.

A PM renames Text1 to "Responsible person for delivery and acceptance" and prints the Gantt
with that column. The title wraps in its narrow column, bottom-aligned in the band, and Qt
clips what does not fit at the band's top: the page read "acceptance of / this work /
package", the end of the name without its start. The title now keeps the lines that fit
from its beginning and ends the last one with an ellipsis, as a sheet's header would.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText, columns_for
from app.report.fonts import report_font
from app.report.gantt_pages import TIMESCALE_H
from app.report.gantt_paint import ChartRow
from app.report.task_table import paint_table


class _Recording(QPainter):
    """A painter that keeps the (rect, flags, text) of every drawText given a rectangle."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[QRectF, int, str]] = []

    def drawText(self, *args):
        if len(args) == 3 and isinstance(args[0], QRectF):
            self.texts.append((QRectF(args[0]), int(args[1]), str(args[2])))
        return super().drawText(*args)


def _title_drawn(alias: str) -> tuple[QRectF, int, str]:
    """How paint_table drew the heading of Text1 (aliased ``alias``) in the band."""
    plan = Plan(project=Project(name="Titles", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=480, custom=(("Text1", "Ana"),)))
    plan.set_project(replace(plan.project, custom_fields=(CustomField("Text1", alias),)))
    cells = CellText(plan, schedule(plan), {})
    columns = columns_for(("wbs", "name", "Text1"), plan.project)
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    p = _Recording(image)
    paint_table(p, columns, [ChartRow(1, TIMESCALE_H, 14.0)], cells, TIMESCALE_H)
    p.end()
    headings = [t for t in p.texts if t[0].top() == 0 and t[0].left() > 200]
    assert len(headings) == 1
    return headings[0]


def _fits(rect: QRectF, flags: int, text: str) -> bool:
    metrics = QFontMetricsF(report_font(8, bold=True))
    needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, text)
    return needed.height() <= rect.height() + 0.5 and needed.width() <= rect.width() + 0.5


@pytest.mark.parametrize(
    "alias",
    [
        "Responsible person for delivery and acceptance",
        "Responsible person for delivery and acceptance of this work package " * 4,
    ],
)
def test_a_long_title_shows_its_beginning_within_the_band(qapp, alias):
    rect, flags, text = _title_drawn(alias)
    assert text.startswith("Responsible")
    assert text.rstrip().endswith("…")
    assert _fits(rect, flags, text)


def test_one_long_word_is_cut_with_an_ellipsis(qapp):
    rect, flags, text = _title_drawn("Supercalifragilisticexpialidocious-owner-of-the-matrix")
    assert text.startswith("Supercal")
    assert _fits(rect, flags, text)


def test_a_title_that_fits_is_drawn_as_it_is(qapp):
    assert _title_drawn("Owner")[2] == "Owner"
    assert _title_drawn("Risk level of the task")[2] == "Risk level of the task"
