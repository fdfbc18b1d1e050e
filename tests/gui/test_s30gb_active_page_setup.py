"""Page Setup's dates set the chart's span and kept every row: a foreman's three-week
look-ahead printed every task of the plan. "Only tasks active in these dates" (the Dates
box) keeps the rows with a bar in the dates, their summaries with them, and the page
header says "Active FROM to TO", as ``gantry convert --active-only`` prints them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.report.options import PrintOptions
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.print_choices import chosen_options
from tests.gui.conftest import build_plan
from tests.gui.test_usage_printing import session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window

# build_plan: 1 Design (2 Specs Mar 2-4, 3 Review Mar 5), 4 Build (5 Code Mar 6-12,
# 6 Test Mar 13-16), 7 Go-live (milestone, Mar 16)
FROM, TO = datetime(2026, 3, 13), datetime(2026, 4, 1)  # 2026-03-13 to 2026-03-31


def _answer(monkeypatch, active: bool) -> None:
    def change(options: PrintOptions) -> PrintOptions:
        return replace(options, date_from=FROM, date_to=TO, active_only=active)

    monkeypatch.setattr(
        PageSetupDialog, "ask", classmethod(lambda cls, parent, options, a, b: change(options))
    )


def test_s30gb_ticked_prints_only_the_tasks_active_in_the_dates(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = open_window(session, qtbot, tmp_path, build_plan())
    document = window.document
    _answer(monkeypatch, active=True)
    assert actions.page_setup(window, document) is not None
    printed = chosen_options(window, document)
    assert printed.rows == (4, 6, 7)  # Build above Test, and Go-live
    assert printed.view_note == "Active 2026-03-13 to 2026-03-31"
    _answer(monkeypatch, active=False)  # unticked: every row, as MS Project prints
    assert actions.page_setup(window, document) is not None
    printed = chosen_options(window, document)
    assert printed.rows == (1, 2, 3, 4, 5, 6, 7)
    assert "Active" not in printed.view_note


def test_s30gb_the_dialog_offers_it_beside_the_dates(qtbot) -> None:
    options = PrintOptions(date_from=FROM, date_to=TO, active_only=True)
    dialog = PageSetupDialog(options, FROM, TO)
    qtbot.addWidget(dialog)
    assert dialog.active_only.text() == "Only tasks active in these dates"
    assert dialog.active_only.isChecked()
    assert dialog.options().active_only
    dialog.active_only.setChecked(False)
    assert not dialog.options().active_only
    dialog.active_only.setChecked(True)
    dialog.whole_project.setChecked(True)  # no dates: nothing to keep the rows to
    assert not dialog.active_only.isEnabled()
    assert not dialog.options().active_only
