"""Page Setup's margins, header, footer, legend and notes in the project row (schema v26).

:class:`~app.domain.page_setup.PageSetup` <-> the ``page_*`` columns of ``project``:
margins in millimetres, the header's and footer's three texts as typed (fields and all),
the legend's place by its :class:`~app.domain.page_setup.LegendOn` name and its text,
and "Print notes" as 0/1. A file before v26 gets the defaults: it prints as it printed.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from app.domain.page_setup import (
    DEFAULT_FOOTER,
    DEFAULT_HEADER,
    DEFAULT_MARGIN_MM,
    LegendOn,
    PageSetup,
)
from app.store.convert import enum_in, flag

_SIDES = ("top", "bottom", "left", "right")
_PARTS = ("left", "center", "right")


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# (column, its declaration): the columns v26 adds to ``project``, as schema.py declares them
COLUMNS: tuple[tuple[str, str], ...] = (
    *((f"page_margin_{s}_mm", f"REAL NOT NULL DEFAULT {DEFAULT_MARGIN_MM:g}") for s in _SIDES),
    *(
        (f"page_header_{p}", f"TEXT NOT NULL DEFAULT {_text(t)}")
        for p, t in zip(_PARTS, DEFAULT_HEADER, strict=True)
    ),
    *(
        (f"page_footer_{p}", f"TEXT NOT NULL DEFAULT {_text(t)}")
        for p, t in zip(_PARTS, DEFAULT_FOOTER, strict=True)
    ),
    ("page_legend", f"TEXT NOT NULL DEFAULT '{LegendOn.EVERY_PAGE.name}'"),
    ("page_legend_text", "TEXT NOT NULL DEFAULT ''"),
    ("page_print_notes", "INTEGER NOT NULL DEFAULT 0"),
)


def page_setup_row(setup: PageSetup) -> dict[str, Any]:
    """The project row's ``page_*`` columns for ``setup``."""
    row: dict[str, Any] = {
        f"page_margin_{s}_mm": mm for s, mm in zip(_SIDES, setup.margins_mm, strict=True)
    }
    row |= {f"page_header_{p}": t for p, t in zip(_PARTS, setup.header, strict=True)}
    row |= {f"page_footer_{p}": t for p, t in zip(_PARTS, setup.footer, strict=True)}
    row["page_legend"] = setup.legend.name
    row["page_legend_text"] = setup.legend_text
    row["page_print_notes"] = int(setup.print_notes)
    return row


def page_setup_in(r: sqlite3.Row) -> PageSetup:
    """The page setup a project row keeps."""
    top, bottom, left, right = (float(r[f"page_margin_{s}_mm"]) for s in _SIDES)
    h_left, h_centre, h_right = (r[f"page_header_{p}"] for p in _PARTS)
    f_left, f_centre, f_right = (r[f"page_footer_{p}"] for p in _PARTS)
    return PageSetup(
        margins_mm=(top, bottom, left, right),
        header=(h_left, h_centre, h_right),
        footer=(f_left, f_centre, f_right),
        legend=enum_in(LegendOn, r["page_legend"]),
        legend_text=r["page_legend_text"],
        print_notes=flag(r["page_print_notes"]),
    )


def add_columns(conn: sqlite3.Connection) -> None:
    """v25 -> v26: the ``page_*`` columns, each with the default a v25 plan printed with."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")
