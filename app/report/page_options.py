"""``gantry convert``'s Page Setup options: margins, header, footer, legend and notes.

Each given option stands in for what the plan keeps (app/domain/page_setup.py) for this
printout only, as ``--paper`` does for the paper. No Qt here: the command line judges the
values with it before it reads the plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.errors import InputError
from app.domain.page_setup import LegendOn, PageSetup, checked
from app.domain.quoting import quoted
from app.report.page_layout import parse_margins

PART_SEPARATOR = "|"  # between the left, centre and right texts of --header / --footer


def three_parts(text: str, flag: str) -> tuple[str, str, str]:
    """``--header``/``--footer``'s text as its left, centre and right parts: one text is
    centred (MS Project's default place), ``LEFT|CENTRE|RIGHT`` gives all three."""
    parts = str(text).split(PART_SEPARATOR)
    if len(parts) == 1:
        return ("", parts[0], "")
    if len(parts) == 3:
        return (parts[0], parts[1], parts[2])
    raise InputError(
        f"{flag} {quoted(text)}: give one text (centred) or three, LEFT|CENTRE|RIGHT, "
        f"not {len(parts)}"
    )


def legend_on(word: str) -> LegendOn:
    """``--legend``'s word (every, last, none) as where the legend prints."""
    for place in LegendOn:
        if place.value == str(word).strip().lower():
            return place
    words = ", ".join(place.value for place in LegendOn)
    raise InputError(f"--legend {quoted(word)}: use one of {words}")


def page_setup_given(setup: PageSetup, options: Mapping[str, Any]) -> PageSetup:
    """``setup`` with the options given in its place (``margins``, ``header``, ``footer``,
    ``legend``, ``legend_text``, ``notes``, ``logo``); InputError naming a value it cannot print."""
    given: dict[str, Any] = {}
    if options.get("margins") is not None:
        given["margins_mm"] = parse_margins(options["margins"])
    if options.get("header") is not None:
        given["header"] = three_parts(options["header"], "--header")
    if options.get("footer") is not None:
        given["footer"] = three_parts(options["footer"], "--footer")
    if options.get("legend") is not None:
        given["legend"] = legend_on(options["legend"])
    if options.get("legend_text") is not None:
        given["legend_text"] = str(options["legend_text"])
    if options.get("logo") is not None:  # --logo: the header's picture, at its kept part
        given["logo"] = str(options["logo"])
    if options.get("notes") is not None:
        given["print_notes"] = bool(options["notes"])
    return checked(replace(setup, **given)) if given else setup
