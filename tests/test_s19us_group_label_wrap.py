"""A printed group header's label wider than the Task Name column was cut with "…" ("Resource
Names: Ana Maria Fernanda Rodr…") while task names wrap onto three lines (a008b2b): a
label wraps now the same way, its row as tall as its lines, pages cut by the rows'
heights. A grouped plan whose labels fit prints as before, one line a row."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.grouping_rows import GROUP_KEY_LIMIT
from app.domain.resource import Resource
from app.report.gantt_pages import ROW_H, GanttPageLayout
from app.report.group_rows import group_row_heights
from app.report.name_rows import NAME_LINES
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.test_usage_view import staffed_plan

LONG = "Ana Maria Fernanda Rodrigues da Silva Carvalho de Albuquerque Mendes Junqueira"


def _window(qtbot, tmp_path, name: str):
    plan = staffed_plan()
    plan.resources[0] = Resource(1, name)
    path = tmp_path / "grouped.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.action_collection["group_resource"].trigger()
    return session, win


@pytest.fixture
def window(qtbot, tmp_path):
    session, win = _window(qtbot, tmp_path, LONG)
    yield win
    for w in list(session.windows):
        w.close()


def _layout(window) -> tuple[GanttPageLayout, list[int]]:
    document = window.document
    options = actions.print_options(window, document)
    layout = GanttPageLayout(document.plan, document.schedule, options, 770.0, 523.0)
    return layout, [i for i, uid in enumerate(layout.uids) if uid < GROUP_KEY_LIMIT]


def test_s19us_a_long_group_label_takes_a_taller_row(window):
    layout, headers = _layout(window)
    assert layout.heights is not None
    labels = {layout.options.groups[layout.uids[i]].label: layout.heights[i] for i in headers}
    long_row = labels[f"Resource Names: {LONG}"]
    assert ROW_H < long_row <= ROW_H * NAME_LINES  # two or three lines
    assert all(h == ROW_H for label, h in labels.items() if LONG not in label)
    assert layout.tops[-1] == pytest.approx(sum(layout.heights))


def test_s19us_short_labels_stay_one_line(qtbot, tmp_path):
    session, win = _window(qtbot, tmp_path, "Ana")
    try:
        layout, headers = _layout(win)
        assert headers
        assert layout.heights is None  # every row one line, as before
        options = layout.options
        assert group_row_heights(options.groups, layout.uids, layout.columns, None, ROW_H) is None
        assert group_row_heights(options.groups, layout.uids, (), [1.0], ROW_H) == [1.0]
    finally:
        for w in list(session.windows):
            w.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_s19us_the_pdf_has_the_whole_label(window, tmp_path, monkeypatch):
    target = tmp_path / "grouped.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    window.splitter.setSizes([1300, 100])  # every column left of the divider prints (s25su)
    assert actions.export_pdf(window, window.document) == target
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    assert "Junqueira" in words  # the label's last word, on its third line
    assert "Resource Names: Ana Maria" in words
