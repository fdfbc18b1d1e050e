"""Export PDF, the status report and the Budget chart ask before replacing a file the dialog never asked about.

The save dialog asks about the name typed ('status'); the extension is added after it,
so status.pdf (or status.png) already there was replaced without a word. All three now
go through File > New's Save As step, which asks first and, on No, asks for a name again.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui.budget.view import BudgetView
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.printing.actions import ask_pdf_path
from app.ui.printing.status_report import ask_report_path
from tests.gui.conftest import build_plan

_PDF = "PDF (*.pdf)"
_PNG = "PNG (*.png)"


def _typing(monkeypatch, answers, chosen):
    """The real save dialog typed ``answers`` in turn (``chosen`` filter), then Cancel."""
    asked: list[str] = []

    def dialog(parent, caption, start, filters):
        asked.append(start)
        return (str(answers.pop(0)), chosen) if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def _confirming(monkeypatch, agreed):
    confirmed = []

    def confirm(cls, parent, path):
        confirmed.append(path)
        return agreed

    monkeypatch.setattr(FileMenu, "confirm_replace", classmethod(confirm))
    return confirmed


def _pdf(tmp_path):
    return ask_pdf_path(None, str(tmp_path / "Plan.pdf"))


def _report(tmp_path):
    return ask_report_path(None, str(tmp_path / "Plan status.pdf"))


@pytest.mark.parametrize("ask", [_pdf, _report], ids=["export_pdf", "status_report"])
@pytest.mark.parametrize("agreed", [True, False])
def test_pdf_saves_ask_before_replacing_the_pdf_named_without_its_extension(
    tmp_path, monkeypatch, ask, agreed
):
    existing = tmp_path / "status.pdf"
    existing.write_bytes(b"last week's report")
    asked = _typing(monkeypatch, [tmp_path / "status"], _PDF)
    confirmed = _confirming(monkeypatch, agreed)
    path = ask(tmp_path)
    assert confirmed == [existing]
    if agreed:
        assert path == existing
    else:
        assert path is None  # asked again, then cancelled
        assert asked[1] == str(existing)


@pytest.mark.parametrize("ask", [_pdf, _report], ids=["export_pdf", "status_report"])
def test_pdf_saves_ask_nothing_more_when_the_dialog_asked_or_the_file_is_new(
    tmp_path, monkeypatch, ask
):
    existing = tmp_path / "status.pdf"
    existing.write_bytes(b"last week's report")
    confirmed = _confirming(monkeypatch, False)
    _typing(monkeypatch, [existing], _PDF)  # the dialog itself asked about status.pdf
    assert ask(tmp_path) == existing
    _typing(monkeypatch, [tmp_path / "fresh"], _PDF)
    assert ask(tmp_path) == tmp_path / "fresh.pdf"
    assert confirmed == []


@pytest.fixture
def budget(qtbot):
    view = BudgetView(Document(build_plan()))
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return view


@pytest.mark.parametrize("agreed", [True, False])
def test_budget_chart_asks_before_replacing_the_png_named_without_its_extension(
    budget, tmp_path, monkeypatch, agreed
):
    existing = tmp_path / "status.png"
    existing.write_bytes(b"last week's chart")
    _typing(monkeypatch, [tmp_path / "status"], _PNG)
    confirmed = _confirming(monkeypatch, agreed)
    written = budget.export_chart()
    assert confirmed == [existing]
    if agreed:
        assert written == str(existing)
        assert existing.read_bytes().startswith(b"\x89PNG")
    else:
        assert written is None
        assert existing.read_bytes() == b"last week's chart"
    assert list(tmp_path.iterdir()) == [existing]


def test_budget_chart_typed_without_extension_is_saved_as_png(budget, tmp_path, monkeypatch):
    confirmed = _confirming(monkeypatch, False)
    _typing(monkeypatch, [tmp_path / "fresh"], _PNG)
    assert budget.export_chart() == str(tmp_path / "fresh.png")
    assert (tmp_path / "fresh.png").read_bytes().startswith(b"\x89PNG")
    assert confirmed == []


@pytest.mark.parametrize("ask", [_pdf, _report], ids=["export_pdf", "status_report"])
def test_a_dialog_naming_no_filter_still_gets_the_pdf_extension(tmp_path, monkeypatch, ask):
    """Some platforms' dialogs give back no chosen filter: the first offered is meant, as
    the PDF saves assumed before they went through the Save As step."""
    existing = tmp_path / "status.pdf"
    existing.write_bytes(b"last week's report")
    confirmed = _confirming(monkeypatch, False)
    _typing(monkeypatch, [tmp_path / "status"], "")
    assert ask(tmp_path) is None  # asked about status.pdf, refused, then cancelled
    assert confirmed == [existing]
