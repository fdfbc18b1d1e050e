"""Page Setup's Page tab (paper, orientation, fit, dates, columns, repeat) is kept with
the plan as MS Project keeps a view's Page Setup: one undoable step, printed by the
window and by gantry convert; Print Preview's "Page setup" opens Gantry's Page Setup; the
window's printout draws the today line as the chart shows it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPageSize

from app.report.options import PrintOptions
from app.report.page_kept import page_kept, with_page
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.preview_setup import page_setup_action
from app.ui.printing.print_choices import chosen_options
from tests.gui.test_usage_printing import session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window, staffed_plan


def _wall_chart(options: PrintOptions) -> PrintOptions:
    return replace(
        options,
        paper="A3",
        landscape=True,
        pages_wide=3,
        pages_tall=2,
        repeat_columns=False,
        columns=("id", "name", "start"),
    )


def _answer(monkeypatch, change) -> None:
    monkeypatch.setattr(
        PageSetupDialog, "ask", classmethod(lambda cls, parent, options, a, b: change(options))
    )


def test_page_setup_s_page_tab_is_kept_with_the_plan_and_undone(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    document = window.document
    _answer(monkeypatch, _wall_chart)
    assert actions.page_setup(window, document) is not None
    kept = document.plan.project.page_setup
    assert (kept.paper, kept.landscape, kept.pages_wide, kept.pages_tall) == ("A3", True, 3, 2)
    assert kept.repeat_columns is False
    assert kept.columns == ("id", "name", "start")
    printed = chosen_options(window, document)
    assert (printed.paper, printed.pages_wide, printed.repeat_columns) == ("A3", 3, False)
    assert printed.columns == ("id", "name", "start")
    document.undo_stack.undo()  # "Page Setup" is one step
    assert document.plan.project.page_setup.paper == "A4"
    assert chosen_options(window, document).pages_wide == 1


def test_page_kept_and_with_page_carry_every_field_of_the_page_tab() -> None:
    options = _wall_chart(PrintOptions(scale=None, header=False, blank_pages=False))
    back = with_page(PrintOptions(), page_kept(options))
    for name in ("paper", "landscape", "pages_wide", "pages_tall", "columns", "header"):
        assert getattr(back, name) == getattr(options, name), name
    assert (back.repeat_columns, back.blank_pages) == (False, False)


def test_print_preview_s_page_setup_opens_gantry_s_and_keeps_its_choice(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    document = window.document
    dialog = actions.make_preview(window, document)
    action = page_setup_action(dialog)
    assert action is not None
    _answer(monkeypatch, _wall_chart)
    action.trigger()  # Gantry's Page Setup (patched), not Qt's generic page dialog
    assert document.plan.project.page_setup.paper == "A3"
    printer = dialog._gantry_printer
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3
    dialog.close()


def test_the_window_prints_the_today_line(session, qtbot, tmp_path) -> None:  # noqa: F811
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    assert actions.print_options(window, window.document).chart.today is not None


def test_a_negative_margin_turns_page_setup_to_its_margins_tab(qtbot) -> None:
    from datetime import datetime

    dialog = PageSetupDialog(PrintOptions(), datetime(2026, 1, 5), datetime(2026, 3, 1))
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Page"
    dialog.tabs.margins[2].setValue(-5.0)
    dialog.accept()  # refused: the dialog stays open, the box to mend shown
    assert "margin" in dialog.problem.text()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Margins"
