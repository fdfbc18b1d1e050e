"""The countries and regions whose public holidays a calendar may keep, by name and code.

The ``holidays`` package knows them by code (DE, DE-BY, US-NY); a newcomer types
"Germany", or picks "Germany (DE)" then "Bayern (BY)" from a list. :func:`read_place`
reads any of these and refuses what no list holds with calendars.public_holidays' message.
"""

from __future__ import annotations

import re
import warnings
from functools import cache

from app.domain.calendars import public_holidays
from app.domain.errors import PlanError
from app.domain.quoting import quoted

NONE_WORDS = frozenset({"", "none", "no public holidays"})
WHOLE_COUNTRY = "Whole country"
_NAMED = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[^()]+)\)\s*$")  # Germany (DE)
_SMALL_WORDS = frozenset({"and", "of", "the", "da"})


@cache
def country_names() -> dict[str, str]:
    """Every country with public holidays, code -> English name, ordered by name."""
    from holidays import registry  # slow import, only needed when listing

    names: dict[str, str] = {}
    for key, (_cls, code, *_rest) in registry.COUNTRIES.items():
        words = key.split("_")
        names[code] = " ".join(w if w in _SMALL_WORDS else w.capitalize() for w in words)
    return dict(sorted(names.items(), key=lambda item: item[1]))


@cache
def region_names(country: str) -> dict[str, str]:
    """A country's regions, code -> name as the country writes it (Bayern, New York); the
    code alone where the ``holidays`` package names none. {} for an unknown country."""
    import holidays  # slow import, only needed when listing

    try:
        found = holidays.country_holidays(country)
    except (NotImplementedError, KeyError):
        return {}
    names = {code: code for code in found.subdivisions}
    for name, code in found.subdivisions_aliases.items():
        if names.get(code) == code and not (name.isupper() and len(name) <= 3):
            names[code] = name  # the first alias that is a name, not another code
    return names


def place_text(country: str, name: str) -> str:
    """A country or region as the lists show it: ``Germany (DE)``, ``Bayern (BY)``."""
    return country if name == country else f"{name} ({country})"


def read_place(country_text: str, region_text: str = "") -> tuple[str, str | None] | None:
    """The country and region typed or picked: a code (``de``, ``DE-BY``), a name
    (``Germany``, ``Bayern``) or a list's line (``Germany (DE)``); None for none. A country
    or region the ``holidays`` package does not know is a PlanError (public_holidays')."""
    typed = country_text.strip()
    if typed.casefold() in NONE_WORDS:
        return None
    country, dash, region = typed.partition("-")
    if not dash or _code(country, country_names()) is None:
        country, region = typed, region_text  # a name with a dash (Timor-Leste)
    code = _code(country, country_names()) or country.strip()
    if region.strip().casefold() in {"", WHOLE_COUNTRY.casefold()}:
        subdiv = None
    else:
        regions = region_names(code)
        subdiv = _code(region, regions)
        if subdiv is None:  # the package takes some made-up regions (FR-GES): national only
            raise PlanError(_unknown_region(code, region.strip(), regions))
    with warnings.catch_warnings():  # a year some list does not cover: still known
        warnings.simplefilter("ignore")
        public_holidays(code, subdiv, 2027)  # refuses what the package does not know
    return code, subdiv


def _unknown_region(country: str, region: str, regions: dict[str, str]) -> str:
    """The refusal of a region ``country``'s holiday list knows not, naming those it knows."""
    where = f"country {quoted(country)}, region {quoted(region)}"
    known = (
        f"{country}'s regions are {', '.join(sorted(regions))}"
        if regions
        else (f"{country} has no regions")
    )
    return (
        f"no public-holiday list for {where}: type the country's code, such as US, DE or FR, "
        f"and a region after a dash (DE-BY); {known}"
    )


def _code(text: str, names: dict[str, str]) -> str | None:
    """The code ``text`` names among ``names`` (code -> name), else None."""
    typed = text.strip()
    matched = _NAMED.match(typed)
    if matched:
        typed = matched["code"].strip()
    if typed.upper() in names:
        return typed.upper()
    folded = typed.casefold()
    return next((code for code, name in names.items() if name.casefold() == folded), None)
