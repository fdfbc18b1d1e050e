"""Page Setup opened again on the options it gave: OK without touching anything must
print the same pages (the date range used to grow by a day each time)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.report.options import PrintOptions
from app.ui.printing.page_setup import PageSetupDialog

START = datetime(2026, 1, 5, 8, 0)
FINISH = datetime(2026, 3, 27, 17, 0)


def test_reopened_page_setup_keeps_the_date_range(qtbot):
    first = PageSetupDialog(PrintOptions(), START, FINISH)
    qtbot.addWidget(first)
    first.whole_project.setChecked(False)
    first.date_from.setDate(first.date_from.date().addDays(7))  # Mon 2026-01-12
    first.date_to.setDate(first.date_to.date().addDays(-7))  # Fri 2026-03-20
    chosen = first.options()
    assert chosen.date_from == datetime(2026, 1, 12)
    assert chosen.date_to == datetime(2026, 3, 21)  # through the whole of the 20th
    again = PageSetupDialog(chosen, START, FINISH)
    qtbot.addWidget(again)
    assert again.date_to.date().toPython().isoformat() == "2026-03-20"
    assert again.options() == chosen
    third = PageSetupDialog(again.options(), START, FINISH)
    qtbot.addWidget(third)
    assert third.options() == chosen


def test_reopened_page_setup_keeps_every_other_choice(qtbot):
    chosen = replace(
        PrintOptions(),
        paper="A3",
        landscape=True,
        pages_wide=3,
        pages_tall=2,
        columns=("name", "start"),
        legend=False,
    )
    dialog = PageSetupDialog(chosen, START, FINISH)
    qtbot.addWidget(dialog)
    assert dialog.options() == chosen
