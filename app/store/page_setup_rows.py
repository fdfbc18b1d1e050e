"""Page Setup's margins, header, footer, legend and notes in the project row (schema v26),
and its Page tab (v42).

:class:`~app.domain.page_setup.PageSetup` <-> the ``page_*`` columns of ``project``:
margins in millimetres, the header's and footer's three texts as typed (fields and all),
the legend's place by its :class:`~app.domain.page_setup.LegendOn` name and its text,
and "Print notes" as 0/1. A file before v26 gets the defaults: it prints as it printed.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from app.domain.page_setup import (
    DEFAULT_FOOTER,
    DEFAULT_HEADER,
    DEFAULT_MARGIN_MM,
    LegendOn,
    PageSetup,
)
from app.store.convert import dt_in, dt_out, enum_in, flag, opt_float

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
# the Page tab's columns v42 adds: the paper's name, the orientation (NULL: Automatic,
# else 'PORTRAIT' or 'LANDSCAPE'), fit to wide x tall (tall NULL: as needed) or a scale
# (NULL: fit), the dates printed (ISO; NULL: the whole project), the task columns (their
# keys as a JSON list; NULL: the sheet's), and the page's switches as 0/1
PAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("page_paper", "TEXT NOT NULL DEFAULT 'A4'"),
    ("page_orientation", "TEXT"),
    ("page_pages_wide", "INTEGER NOT NULL DEFAULT 1"),
    ("page_pages_tall", "INTEGER"),
    ("page_scale", "REAL"),
    ("page_date_from", "TEXT"),
    ("page_date_to", "TEXT"),
    ("page_columns", "TEXT"),
    ("page_repeat_columns", "INTEGER NOT NULL DEFAULT 1"),
    ("page_repeat_timescale", "INTEGER NOT NULL DEFAULT 1"),
    ("page_print_header", "INTEGER NOT NULL DEFAULT 1"),
    ("page_print_footer", "INTEGER NOT NULL DEFAULT 1"),
    ("page_blank_pages", "INTEGER NOT NULL DEFAULT 1"),
    ("page_usage_blank_pages", "INTEGER NOT NULL DEFAULT 0"),
)
# v49: Page > "First page number" (NULL: Auto), Header > "Insert Picture..." (the file's
# path, '' none) and the header part it prints in ('left', 'center', 'right')
V49_COLUMNS: tuple[tuple[str, str], ...] = (
    ("page_first_number", "INTEGER"),
    ("page_logo", "TEXT NOT NULL DEFAULT ''"),
    ("page_logo_part", "TEXT NOT NULL DEFAULT 'left'"),
)
# v50: Print's "Manual page breaks" (on) and "Only tasks active in these dates" (off)
V50_COLUMNS: tuple[tuple[str, str], ...] = (
    ("page_manual_breaks", "INTEGER NOT NULL DEFAULT 1"),
    ("page_active_only", "INTEGER NOT NULL DEFAULT 0"),
)
_SWITCHES = (
    "repeat_columns",
    "repeat_timescale",
    "print_header",
    "print_footer",
    "blank_pages",
    "usage_blank_pages",
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
    return row | _page_row(setup)


def _page_row(setup: PageSetup) -> dict[str, Any]:
    """The Page tab's columns (v42) for ``setup``."""
    orientation = None if setup.landscape is None else _ORIENTATION[setup.landscape]
    columns = None if setup.columns is None else json.dumps(list(setup.columns))
    row: dict[str, Any] = {
        "page_paper": setup.paper,
        "page_orientation": orientation,
        "page_pages_wide": setup.pages_wide,
        "page_pages_tall": setup.pages_tall,
        "page_scale": setup.scale,
        "page_date_from": dt_out(setup.date_from),
        "page_date_to": dt_out(setup.date_to),
        "page_columns": columns,
    }
    row |= {
        "page_first_number": setup.first_page_number,
        "page_logo": setup.logo,
        "page_logo_part": _PARTS[setup.logo_part],
    }
    row |= {
        "page_manual_breaks": int(setup.manual_page_breaks),
        "page_active_only": int(setup.active_only),
    }
    return row | {f"page_{name}": int(getattr(setup, name)) for name in _SWITCHES}


_ORIENTATION = {False: "PORTRAIT", True: "LANDSCAPE"}


def _page_in(r: sqlite3.Row) -> dict[str, Any]:
    """The Page tab's fields of a project row (keyword arguments of PageSetup); an
    orientation or columns this version cannot read print as Automatic and the sheet's."""
    landscape = {v: k for k, v in _ORIENTATION.items()}.get(r["page_orientation"])
    try:
        keys = None if r["page_columns"] is None else json.loads(r["page_columns"])
    except ValueError:
        keys = None
    columns = tuple(str(k) for k in keys) if isinstance(keys, list) and keys else None
    fields: dict[str, Any] = {
        "paper": str(r["page_paper"]),
        "landscape": landscape,
        "pages_wide": max(int(r["page_pages_wide"]), 1),
        "pages_tall": None if r["page_pages_tall"] is None else max(int(r["page_pages_tall"]), 1),
        "scale": opt_float(r["page_scale"]),
        "date_from": dt_in(r["page_date_from"]),
        "date_to": dt_in(r["page_date_to"]),
        "columns": columns,
    }
    switches = {name: flag(r[f"page_{name}"]) for name in _SWITCHES}
    return fields | _v49_in(r) | _v50_in(r) | switches


def _v50_in(r: sqlite3.Row) -> dict[str, Any]:
    """Print's "Manual page breaks" and "Only tasks active in these dates" of a project row
    (a row before v50: on and off, as it printed)."""
    keys = r.keys()
    return {
        "manual_page_breaks": flag(r["page_manual_breaks"])
        if "page_manual_breaks" in keys
        else True,
        "active_only": flag(r["page_active_only"]) if "page_active_only" in keys else False,
    }


def _v49_in(r: sqlite3.Row) -> dict[str, Any]:
    """The first page number and the header picture of a project row (a row before v49, or a
    number below 1 or a part this version does not know, reads as Auto and left)."""
    keys = r.keys()
    first = r["page_first_number"] if "page_first_number" in keys else None
    part = r["page_logo_part"] if "page_logo_part" in keys else "left"
    return {
        "first_page_number": int(first) if first is not None and int(first) >= 1 else None,
        "logo": str(r["page_logo"] or "") if "page_logo" in keys else "",
        "logo_part": _PARTS.index(part) if part in _PARTS else 0,
    }


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
        **_page_in(r),
    )


def add_columns(conn: sqlite3.Connection) -> None:
    """v25 -> v26: the ``page_*`` columns, each with the default a v25 plan printed with."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")


def add_page_columns(conn: sqlite3.Connection) -> None:
    """v41 -> v42: the Page tab's columns, each with what a v41 plan printed with (A4,
    Automatic, 1 page wide, the whole project, the sheet's columns, everything repeated)."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in PAGE_COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")


def add_v49_columns(conn: sqlite3.Connection) -> None:
    """v48 -> v49: the first page number and the header picture; a v48 plan prints as it
    printed (numbered from 1, no picture)."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in V49_COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")


def add_v50_columns(conn: sqlite3.Connection) -> None:
    """v49 -> v50: Print's "Manual page breaks" and "Only tasks active in these dates" on the
    project, each task's Insert Page Break; a v49 plan prints as it printed (no task has a
    break, so the switch changes nothing; every row in the dates prints)."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    for name, declaration in V50_COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE project ADD COLUMN {name} {declaration}")
    if "page_break" not in {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}:
        conn.execute("ALTER TABLE tasks ADD COLUMN page_break INTEGER NOT NULL DEFAULT 0")
