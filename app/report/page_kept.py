"""Page Setup's Page tab between the plan and a printout: the paper, orientation, fit,
dates, columns and switches the plan keeps (app/domain/page_setup.py) as the
:class:`PrintOptions` a printout is made with, and back.

The window's Page Setup keeps what OK chose with the plan (one undoable step); the window
and ``gantry convert`` print with it, the command line's options standing in for a part
of it for one printout.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.page_setup import PageSetup
from app.report.options import PAPERS, PrintOptions


def with_page(options: PrintOptions, setup: PageSetup) -> PrintOptions:
    """``options`` printing with ``setup``: its margins and texts and its Page tab (its
    columns only when it names some: None prints the sheet's, as ``options`` has them)."""
    paper = {p.lower(): p for p in PAPERS}.get(setup.paper.lower(), options.paper)
    return replace(
        options,
        setup=setup,
        paper=paper,
        landscape=setup.landscape,
        pages_wide=setup.pages_wide,
        pages_tall=setup.pages_tall,
        scale=setup.scale,
        date_from=setup.date_from,
        date_to=setup.date_to,
        columns=setup.columns or options.columns,
        repeat_columns=setup.repeat_columns,
        repeat_timescale=setup.repeat_timescale,
        header=setup.print_header,
        footer=setup.print_footer,
        blank_pages=setup.blank_pages,
        usage_blank_pages=setup.usage_blank_pages,
        first_page_number=setup.first_page_number or 1,  # Auto: 1
        page_breaks=setup.manual_page_breaks,
        active_only=setup.active_only,
    )


def page_kept(options: PrintOptions) -> PageSetup:
    """What the plan keeps of ``options``: their page setup with their Page tab."""
    return replace(
        options.setup,
        paper=options.paper,
        landscape=options.landscape,
        pages_wide=options.pages_wide,
        pages_tall=options.pages_tall,
        scale=options.scale,
        date_from=options.date_from,
        date_to=options.date_to,
        columns=tuple(options.columns),
        repeat_columns=options.repeat_columns,
        repeat_timescale=options.repeat_timescale,
        print_header=options.header,
        print_footer=options.footer,
        blank_pages=options.blank_pages,
        usage_blank_pages=options.usage_blank_pages,
        manual_page_breaks=options.page_breaks,
        active_only=options.active_only,
    )
