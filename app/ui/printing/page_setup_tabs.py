"""Page Setup's Margins, Header, Footer and Legend tabs, as MS Project's Page Setup has them.

What they edit is kept with the plan (:class:`app.domain.page_setup.PageSetup`). Margins
show in millimetres, or in inches where the locale measures in them (the US); the header
and footer texts take fields typed as MS Project's buttons insert them (``&[Page]``),
listed under the boxes, or inserted at the cursor from the list beside them
(app/ui/printing/field_insert_row.py). An unknown field, a negative margin or margins that leave no room
on the paper are said under the tabs and the dialog stays open.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from app.domain.page_setup import FIELDS, PARTS, LegendOn, PageSetup, checked
from app.report.page_layout import MM_PER_INCH, checked_margins
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.printing.field_insert_row import FieldInsertRow
from app.ui.printing.logo_row import LogoRow
from app.ui.project_commands import SetProjectCommand

SIDES = ("Top", "Bottom", "Left", "Right")
FIELDS_TEXT = "Fields: " + "  ".join(f"&[{name}]" for name in FIELDS)


def keep_page_setup(document: Document, setup: PageSetup) -> bool:
    """Give the plan ``setup`` as one undoable step ("Page Setup" on Undo), saved with it;
    False when it has it already."""
    project = document.plan.project
    if project.page_setup == setup:
        return False
    command = SetProjectCommand(document, replace(project, page_setup=setup))
    command.setText("Page Setup")
    execute(document, command)
    return True


def inches_here() -> bool:
    """Whether the user's locale measures paper in inches (MS Project shows its margins so)."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


class PageSetupTabs(QTabWidget):
    """The tabs editing a :class:`PageSetup`; :meth:`setup` reads it (AppError when it
    cannot be printed on ``paper``)."""

    def __init__(self, setup: PageSetup, legend_shown: bool, inches: bool | None = None) -> None:
        super().__init__()
        self._base = setup
        self.inches = inches_here() if inches is None else inches
        self._per_unit = MM_PER_INCH if self.inches else 1.0

        # Margins
        margins = QWidget()
        form = QFormLayout(margins)
        self.margins: list[QDoubleSpinBox] = []
        for side, mm in zip(SIDES, setup.margins_mm, strict=True):
            box = QDoubleSpinBox()
            box.setDecimals(2 if self.inches else 1)
            box.setRange(-1000.0, 1000.0)  # a negative one is said, not silently cut
            box.setSingleStep(0.1 if self.inches else 1.0)
            box.setSuffix(" in" if self.inches else " mm")
            box.setValue(mm / self._per_unit)
            form.addRow(side, box)
            self.margins.append(box)
        self.addTab(margins, "Margins")

        # Header and Footer: a left, centre and right text each, and their fields to insert
        self.header, self.header_fields = self._texts("Header", setup.header)
        self.footer, self.footer_fields = self._texts("Footer", setup.footer)
        self.logo = LogoRow(setup.logo, setup.logo_part)
        header_page = self.header[0].parentWidget()  # the Header tab
        assert header_page is not None
        header_form = header_page.layout()
        assert isinstance(header_form, QFormLayout)
        header_form.addRow("Picture", self.logo)

        # Legend
        legend = QWidget()
        form = QFormLayout(legend)
        self.legend_on = QComboBox()
        for place in LegendOn:
            self.legend_on.addItem(place.label, place)
        self._legend_first = setup.legend if legend_shown else LegendOn.NONE
        self.legend_on.setCurrentIndex(list(LegendOn).index(self._legend_first))
        self.legend_text = QLineEdit(setup.legend_text)
        self.legend_text.setPlaceholderText("printed left of the legend's entries")
        form.addRow("Legend", self.legend_on)
        form.addRow("Text", self.legend_text)
        self.legend_fields = FieldInsertRow([self.legend_text], "legend text")
        form.addRow(self.legend_fields)
        hint = QLabel(FIELDS_TEXT)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.print_notes = QCheckBox("Print notes (the tasks' notes on pages at the end)")
        self.print_notes.setChecked(setup.print_notes)
        form.addRow(self.print_notes)
        self.addTab(legend, "Legend and notes")

    def _texts(
        self, title: str, texts: tuple[str, str, str]
    ) -> tuple[list[QLineEdit], FieldInsertRow]:
        page = QWidget()
        form = QFormLayout(page)
        edits = []
        for part, text in zip(PARTS, texts, strict=True):
            edit = QLineEdit(text)
            edit.setAccessibleName(f"{title} {part}")
            form.addRow(part.capitalize(), edit)
            edits.append(edit)
        fields = FieldInsertRow(edits, title.lower(), first=PARTS.index("centre"))
        form.addRow(fields)
        hint = QLabel(FIELDS_TEXT)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.addTab(page, title)
        return edits, fields

    def legend_choice(self, legend_shown: bool) -> tuple[bool, LegendOn]:
        """Whether a legend prints and where it is kept to go: as they came, unless the
        Legend box was changed (None: no legend, the place kept as it was)."""
        chosen: LegendOn = self.legend_on.currentData()
        if chosen is self._legend_first:
            return legend_shown, self._base.legend
        if chosen is LegendOn.NONE:
            return False, self._base.legend
        return True, chosen

    def setup(self, paper: str, landscape: bool | None, legend: LegendOn) -> PageSetup:
        """The page setup as the tabs show it; AppError (one line) when it cannot print."""
        mm = [box.value() * self._per_unit for box in self.margins]
        if self.inches:  # an inch typed as 1.00 is 25.4 mm, not 25.400000000000002
            mm = [round(value, 3) for value in mm]
        unchanged = [
            round(m / self._per_unit, 2) == round(box.value(), 2)
            for m, box in zip(self._base.margins_mm, self.margins, strict=True)
        ]
        top, bottom, left, right = (
            base if same else new
            for base, new, same in zip(self._base.margins_mm, mm, unchanged, strict=True)
        )
        h_left, h_centre, h_right = (e.text() for e in self.header)
        f_left, f_centre, f_right = (e.text() for e in self.footer)
        setup = replace(
            self._base,
            margins_mm=(top, bottom, left, right),
            header=(h_left, h_centre, h_right),
            footer=(f_left, f_centre, f_right),
            legend=legend,
            legend_text=self.legend_text.text(),
            print_notes=self.print_notes.isChecked(),
            logo=self.logo.path,
            logo_part=self.logo.part.currentIndex(),
        )
        checked(setup)
        for way in (False, True) if landscape is None else (landscape,):
            checked_margins(setup, paper, way)  # Automatic may turn the page either way
        return setup
