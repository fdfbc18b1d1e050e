"""Which way a printed Gantt's page turns when nobody chose: the one choice that
``gantry convert plan.pdf`` and the window's Print, Print Preview and Export PDF make.

:attr:`PrintOptions.landscape` None is Page Setup's Orientation "Automatic" (and the
command line with neither --landscape nor --paper): :func:`oriented` decides it for the
plan's rows and columns before the page is laid out.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout

from app.domain.plan import Plan
from app.report.columns import columns_for
from app.report.gantt_pages import LEGIBLE_SCALE, MIN_CHART_SHARE, ROW_H, TIMESCALE_H
from app.report.options import PrintOptions
from app.report.render import page_layout

UPRIGHT_CHART_SHARE = 0.55  # less chart than this on a portrait page: print landscape
PAGE_FURNITURE = 90.0  # about what a page's header, footer and legend take of its height
# Landscape pages hold fewer rows (~1.6x the pages for a long plan): up to this many more
# sheets still buy a readable chart, as MS Project prints a Gantt landscape; past them (and
# past a quarter more) the upright pages win.
LANDSCAPE_EXTRA_PAGES = 5


def oriented(plan: Plan, options: PrintOptions) -> PrintOptions:
    """``options`` with their page's orientation decided: as chosen, or, Automatic (None),
    as :func:`wide_chart_wants_landscape` says for their rows and columns."""
    if options.landscape is not None:
        return options
    return replace(options, landscape=wide_chart_wants_landscape(plan, options))


def orientation_text(chosen: bool | None, landscape: bool) -> str:
    """ "Automatic (landscape)", or "Portrait" / "Landscape" when one was chosen: how a page
    of ``landscape`` came to be, as the Print Preview says it."""
    way = "landscape" if landscape else "portrait"
    return f"Automatic ({way})" if chosen is None else way.capitalize()


def wide_chart_wants_landscape(plan: Plan, opts: PrintOptions) -> bool:
    """Whether a Gantt printed with no orientation chosen goes on a landscape page, as
    MS Project turns a wide Gantt: when on an upright page the task columns would leave the
    chart under :data:`UPRIGHT_CHART_SHARE` of the width (the House sample's chart had 40 %
    of a portrait A4, its bars a few points long), unless the shorter pages would take many
    more of them (a 10k-task plan: 271 landscape pages for 173 upright ones). A few more
    (:data:`LANDSCAPE_EXTRA_PAGES`) are no reason: the Sprints plan's 322 rows printed
    upright on 4 pages for 8, its chart a quarter of each."""
    upright = page_layout(replace(opts, landscape=False)).paintRect(QPageLayout.Unit.Point)
    table = sum(c.width for c in columns_for(opts.columns, plan.project))
    shown = table * _table_scale(upright.width(), table)
    if upright.width() - shown >= UPRIGHT_CHART_SHARE * upright.width():
        return False
    rows = len(plan.tasks) if opts.rows is None else len(opts.rows)
    turned = QRectF(0, 0, upright.height(), upright.width())
    tall, wide = _pages_tall(upright, table, rows), _pages_tall(turned, table, rows)
    return wide <= max(tall * 1.25, tall + LANDSCAPE_EXTRA_PAGES)


def _table_scale(width: float, table: float) -> float:
    """The scale at which the task columns leave the chart its share of ``width``."""
    return min(1.0, width * (1 - MIN_CHART_SHARE) / table) if table else 1.0


def _pages_tall(rect: QRectF, table: float, rows: int) -> int:
    """About how many pages tall ``rows`` print on a page of ``rect`` (the layout's
    legible fit, less the header, footer and legend)."""
    scale = min(LEGIBLE_SCALE, _table_scale(rect.width(), table))
    per_page = max(int(((rect.height() - PAGE_FURNITURE) / scale - TIMESCALE_H) // ROW_H), 1)
    return -(-rows // per_page)
