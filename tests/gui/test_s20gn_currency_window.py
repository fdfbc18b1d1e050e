"""The window and the command line show the same currency for a file that names none.

The user's (en_GB: pounds), as MS Project takes Windows'; where the locale names none, no
symbol at all in either (tests/test_s20gn_currency.py has the commands).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app.cli import main
from app.ui.app import Session

HOUSE = "ganttproject-HouseBuildingSample.gan"


@pytest.fixture
def british() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _opened(session, monkeypatch, tmp_path: Path, source: Path, qtbot):
    """File > Open of a .gan: kept as a new .gantry file, its window returned."""
    target = tmp_path / "opened.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _info_cost(capsys, path: Path) -> str:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Cost:"))
    return line.removeprefix("Cost:").strip()


def test_s20gn_status_bar_and_info_agree_in_pounds(
    session, monkeypatch, tmp_path, qtbot, capsys, shared_data, british
):
    source = shared_data / "gan" / HOUSE
    win = _opened(session, monkeypatch, tmp_path, source, qtbot)
    win.show()
    qtbot.waitUntil(lambda: win.status_cost.text() != "")
    assert win.status_cost.text() == "Cost: £47,400.00"
    win.statusBar().grab().save("/tmp/s20gn_status_gb.png")
    assert _info_cost(capsys, source) == "£47,400.00 (GBP)"
    # the .gantry the window keeps states the currency it showed: info says the same
    assert _info_cost(capsys, tmp_path / "opened.gantry") == "£47,400.00 (GBP)"


def test_s20gn_no_symbol_in_either_where_the_locale_names_none(
    session, monkeypatch, tmp_path, qtbot, capsys, shared_data
):
    source = shared_data / "gan" / HOUSE
    win = _opened(session, monkeypatch, tmp_path, source, qtbot)
    win.show()
    qtbot.waitUntil(lambda: win.status_cost.text() != "")
    assert win.status_cost.text() == "Cost: 47,400.00"
    win.statusBar().grab().save("/tmp/s20gn_status_c.png")
    assert _info_cost(capsys, source) == "47,400.00"
