"""The chart drag's box says a refusal as a sentence, as the status bar does; the keyboard
table heads the keys no menu holds (the chart's) with a heading of their own, not "Menu"."""

from __future__ import annotations

import re
from html import unescape

import pytest

from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.proposals import Proposal
from app.ui.help_window import shortcuts_html
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan
from tests.test_s18dr_leaver_drag import _drag, _plan


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(_plan("person")), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    win.gantt.set_zoom("days")
    yield win
    win.close()


def test_s23ps_the_drag_box_starts_its_refusal_with_a_capital(window, qtbot):
    shown = _drag(qtbot, window.gantt, 1, "middle", 21)  # past the leaver's last day
    assert shown[-1].startswith("Task 1 'Build', worked by 'Jonas Weber'")
    assert window.statusBar().currentMessage() == shown[-1]  # the drop says the same


def test_s23ps_a_refusal_with_a_name_first_keeps_it_as_it_is():
    box = Proposal(("Build",), None, "'build' is started").html()
    assert "<i>&#x27;build&#x27; is started</i>" in box


def test_s23ps_the_keys_no_menu_holds_have_a_heading_of_their_own(qtbot):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    rows = re.findall(r"<tr>(.*?)</tr>", shortcuts_html(win))
    cells = [
        [unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<t[dh][^>]*>.*?</t[dh]>", r)]
        for r in rows
    ]
    headings = [n for n, r in enumerate(rows) if "<th" in r]
    assert [cells[n][0] for n in headings] == ["Menu", "Where"]
    chart = next(n for n, c in enumerate(cells) if c[0] == "Gantt chart")
    assert chart == headings[1] + 1  # right under its own heading
    assert all(c[0] != "Gantt chart" for c in cells[: headings[1]])  # none under "Menu"
    win.close()
