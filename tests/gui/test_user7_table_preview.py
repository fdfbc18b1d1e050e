"""Print Preview of a table view shows the pages Print and Export PDF make.

On Friday a PM previewed the Budget and the Risks register: the preview showed
portrait pages with the mitigations and figures cut ('Relay hosting…'), while the
PDF written next came out landscape with everything whole.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtGui import QPageLayout

from app.domain.risk import Risk
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()
    plan.add_risk(
        Risk(
            2,
            "Relay hosting contract signed late by the provider",
            0.4,
            12000.0,
            owner="Ana",
            mitigation="Sign the hosting contract by March and keep a second provider warm",
            contingency=5000.0,
            task_uids=(5, 6),
        )
    )
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _pdf_landscape(path) -> bool:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    size = next(x for x in out.stdout.splitlines() if x.startswith("Page size:")).split()
    return float(size[2]) > float(size[4])


@pytest.mark.parametrize("view", ["budget", "risks", "team"])
def test_the_preview_of_a_table_has_the_orientation_of_its_pdf(window, tmp_path, monkeypatch, view):
    window.show_view(view)
    target = tmp_path / f"{view}.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    dialog = actions.make_preview(window, window.document)
    try:
        layout = dialog._gantry_printer.pageLayout()
        previewed = layout.orientation() is QPageLayout.Orientation.Landscape
        assert previewed == _pdf_landscape(target)
    finally:
        dialog.deleteLater()
