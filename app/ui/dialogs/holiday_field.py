"""The Public holidays field of Project Information and Change Working Time: a country picked
by name ("Germany (DE)") or typed (``Germany``, ``DE``, ``DE-BY``), then a region of it
("Bayern (BY)"); "None" for no public holidays, and on a calendar based on another "As
<base>" for its base's (app/domain/holiday_places.py reads what is typed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.calendar import Calendar
from app.domain.calendars import holiday_place
from app.domain.errors import AppError
from app.domain.holiday_places import (
    WHOLE_COUNTRY,
    country_names,
    place_text,
    read_place,
    region_names,
)

NONE = "none"  # item data of "None" (codes are upper case)
BASE = "base"  # item data of "As <base calendar>"
Setting = tuple[str | None, str | None, bool]  # holiday_country, _subdivision, no_public_holidays


def _where(place: tuple[str, str | None] | None) -> str:
    return "none" if place is None else "-".join(filter(None, place))


def _combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMaxVisibleItems(20)
    box.setAccessibleName(name)
    # typing completes in the line, in any case: Germ gives Germany (DE)
    return box


def _edit(box: QComboBox) -> QLineEdit:
    edit = box.lineEdit()
    assert edit is not None  # an editable combo's
    return edit


class HolidayField(QWidget):
    """A calendar's public holidays: a country (or None, or its base's), then a region."""

    #: a country or region picked, or typing finished in either
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = _combo("Public holidays, country")
        self.country.setToolTip(
            "Pick a country or type its name or code (DE, or DE-BY with a region); "
            "None: the calendar's days are worked on public holidays"
        )
        self.country.setMinimumContentsLength(22)
        self.setFocusProxy(self.country)  # the label's access key goes to the country
        self.region = _combo("Public holidays, region")
        self.region.setMinimumContentsLength(14)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.country, 2)
        row.addWidget(QLabel("Region"))
        row.addWidget(self.region, 1)
        self._based = False
        self._regions_of: str | None = None  # the country whose regions are listed
        self.country.activated.connect(self._picked)
        _edit(self.country).editingFinished.connect(self._picked)
        self.region.activated.connect(self.changed)
        _edit(self.region).editingFinished.connect(self.changed)

    # ------------------------------------------------------------------ showing

    def show_calendar(self, calendar: Calendar, calendars: Mapping[int, Calendar]) -> None:
        """Offer ``calendar``'s choices (its base's too when it has one) and show its own."""
        base = calendars.get(calendar.base_uid) if calendar.base_uid is not None else None
        self._based = base is not None
        self.blockSignals(True)
        self.country.clear()
        if base is not None:
            shown = _where(holiday_place(base, calendars))
            self.country.addItem(f"As {base.name} ({shown})", BASE)
        self.country.addItem("None", NONE)
        for code, name in country_names().items():
            self.country.addItem(place_text(code, name), code)
        if calendar.holiday_country:
            self._select(calendar.holiday_country, calendar.holiday_subdivision)
        else:
            own = NONE if calendar.no_public_holidays or base is None else BASE
            self.country.setCurrentIndex(self.country.findData(own))
            self._fill_regions()
        self.blockSignals(False)

    def _select(self, country: str, region: str | None) -> None:
        """Show a known place as the lists name it; else as typed."""
        at = self.country.findData(country)
        if at >= 0:
            self.country.setCurrentIndex(at)
        else:
            self.country.setEditText(country)
        self._fill_regions()
        at = self.region.findData(region) if region else 0
        if at >= 0:
            self.region.setCurrentIndex(at)
        else:
            self.region.setEditText(region or "")

    def _fill_regions(self) -> None:
        """The regions of the country shown (kept as they are for the same country)."""
        try:
            choice = self._country_choice()
        except AppError:
            choice = None  # typed, unknown: refused on OK
        country = choice[0] if isinstance(choice, tuple) else None
        self.region.setEnabled(country is not None)
        if country == self._regions_of and self.region.count():
            return
        self._regions_of = country
        self.region.clear()
        if country is None:
            return
        self.region.addItem(WHOLE_COUNTRY, None)
        for code, name in region_names(country).items():
            self.region.addItem(place_text(code, name), code)

    def _country_choice(self) -> str | tuple[str, str | None]:
        """BASE, NONE or the country (with a region typed after a dash) shown; a PlanError
        names what no list holds."""
        typed = self.country.currentText().strip()
        at = self.country.findText(typed, Qt.MatchFlag.MatchFixedString)
        data = self.country.itemData(at) if at >= 0 else None
        if data in (BASE, NONE):
            return cast("str", data)
        if self._based and typed.casefold() in {"base", "as base"}:
            return BASE
        place = read_place(typed)
        return NONE if place is None else place

    def _picked(self) -> None:
        """A country picked or typed: shown as the list names it, with its regions."""
        try:
            choice = self._country_choice()
        except AppError:
            self._fill_regions()
            self.changed.emit()  # refused on OK, or on leaving the calendar
            return
        self.blockSignals(True)
        if isinstance(choice, tuple) and (choice[1] or self.country.findData(choice[0]) < 0):
            self._select(*choice)  # typed: DE-BY shown as Germany (DE), Bayern (BY)
        elif isinstance(choice, tuple):
            self.country.setCurrentIndex(self.country.findData(choice[0]))
            self._fill_regions()
        else:
            self._fill_regions()
        self.blockSignals(False)
        self.changed.emit()

    # ------------------------------------------------------------------ reading

    def typed(self) -> tuple[str, str]:
        """What the field shows, as text (to tell whether the user changed it)."""
        return self.country.currentText().strip(), self.region.currentText().strip()

    def setting(self) -> Setting:
        """``(country, region, none)`` as shown; a PlanError names what no list holds."""
        choice = self._country_choice()
        if choice == BASE:
            return None, None, False
        if choice == NONE or not isinstance(choice, tuple):
            return None, None, self._based
        country, region = choice
        typed = self.region.currentText().strip() if self.region.isEnabled() else ""
        if region is None and typed:
            place = read_place(country, typed)  # refuses a region the country has not
            region = place[1] if place else None
        return country, region, False

    def applied(self, calendar: Calendar) -> Calendar:
        """``calendar`` with the public holidays shown; a PlanError for an unknown place."""
        country, region, none = self.setting()
        return replace(
            calendar,
            holiday_country=country,
            holiday_subdivision=region,
            no_public_holidays=none and calendar.base_uid is not None,
        )

    def text(self) -> str:
        """The place shown as a code (``DE-BY``), "" for none or the base's; what was typed
        when no list holds it."""
        try:
            country, region, _none = self.setting()
        except AppError:
            return self.country.currentText().strip()
        return "-".join(filter(None, (country, region)))

    def setText(self, text: str) -> None:  # as QLineEdit's, which it replaced
        """Type ``text`` as the whole place (``DE-BY``, ``Germany``, empty for none)."""
        self.country.setEditText(text)
        self.region.setCurrentIndex(0)  # the whole country, unless typed after a dash
        self._picked()
