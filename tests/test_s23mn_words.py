"""German and French link types and unit words, as MS Project there takes them: ``10EA+2t``
(Ende-Anfang) and ``10AA+1,5t``, French ``4DD+2 sem``, units with their closing dot
(``3 Std.``, ``2 Wo.``), German elapsed days ``2ft``, and rates per ``Std`` or ``Tag``. The
sheet writes them back in English, as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.link import LinkType
from app.domain.notation import format_link, parse_duration, parse_predecessors
from app.domain.project import Project
from app.domain.resource import RateUnit, Resource
from app.domain.typed_rates import typed_rate
from app.ui.document import Document
from app.ui.locale_durations import typed_duration
from app.ui.models.task_edits import Column, command_for_cell
from tests.gui.conftest import build_plan

DAY, WEEK = 480, 2400


@pytest.fixture(params=["de_DE", "fr_FR", "en_US"])
def locale(request):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("typed", "minutes", "elapsed"),
    [
        ("3 Std.", 180, False),
        ("4 Min.", 4, False),
        ("2 Wo", 2 * WEEK, False),
        ("2 Wo.", 2 * WEEK, False),
        ("1 Mon.", 20 * DAY, False),
        ("3 T.", 3 * DAY, False),
        ("2 sem", 2 * WEEK, False),
        ("2ft", 2 * 1440, True),
        ("3 fStd.", 180, True),
        ("1 fWo", 7 * 1440, True),
    ],
)
def test_s23mn_german_and_french_units_read_in_every_locale(locale, typed, minutes, elapsed):
    duration = typed_duration(typed, Project())
    assert (duration.minutes, duration.elapsed) == (minutes, elapsed)


@pytest.mark.parametrize("typed", ["5.", "2 Wo..", "3 xy.", "2f"])
def test_s23mn_what_is_no_unit_stays_refused(typed):
    with pytest.raises(InputError):
        parse_duration(typed, Project())


@pytest.mark.parametrize(
    ("typed", "kind", "lag"),
    [
        ("10EA+2t", LinkType.FS, 2 * DAY),
        ("10AA+1,5t", LinkType.SS, 720),
        ("10EE-1 Wo.", LinkType.FF, -WEEK),
        ("10AE", LinkType.SF, 0),
        ("10FD+2j", LinkType.FS, 2 * DAY),
        ("10DD+2 sem", LinkType.SS, 2 * WEEK),
        ("10FF", LinkType.FF, 0),
        ("10DF+3 Std.", LinkType.SF, 180),
    ],
)
def test_s23mn_german_and_french_link_types_read(typed, kind, lag):
    (ref,) = parse_predecessors(typed, Project())
    assert (ref.ref, ref.type, ref.lag_minutes) == ("10", kind, lag)


def test_s23mn_the_sheet_takes_a_german_predecessor_and_shows_it_in_english(locale):
    document = Document(build_plan())
    plan = document.plan
    command = command_for_cell(document, 6, Column.PREDECESSORS, "5AA+1,5t")
    assert command is not None
    command.redo()
    (link,) = [link for link in plan.links if link.successor == 6]
    assert (link.predecessor, link.type, link.lag_minutes) == (5, LinkType.SS, 720)
    assert format_link("5", link, plan.project) == "5SS+1.5d"


@pytest.mark.parametrize(
    ("typed", "hourly", "unit"),
    [
        ("150/Std", 150.0, RateUnit.HOUR),
        ("150/Std.", 150.0, RateUnit.HOUR),
        ("1200/Tag", 150.0, RateUnit.DAY),
        ("1.200/T", 150.0, RateUnit.DAY),
        ("600/jours", 75.0, RateUnit.DAY),
        ("2.400/Woche", 60.0, RateUnit.WEEK),
    ],
)
def test_s23mn_german_and_french_rate_units_read(typed, hourly, unit):
    rate = typed_rate(typed, Resource(1, "Pierre"), Project(), "Std. rate", ("€",), (".", ","))
    assert rate == (pytest.approx(hourly), unit)


def test_s23mn_a_lone_j_is_no_rate_unit():
    """A day in French, a year in German: no unit is better than a wrong one."""
    with pytest.raises(InputError, match="a rate is per"):
        typed_rate("600/j", Resource(1, "Pierre"), Project(), "Std. rate")
