"""Printing the Usage view of a big plan shows progress and can be cancelled.

Resource Usage by week of a 10,000-task plan is 7,000 pages: Export PDF and
Print Preview froze the window for about a minute with no way to stop, where
the Gantt's printing says how far it is and offers Cancel.
"""

from __future__ import annotations

from app.domain.usage import Scale
from app.ui.printing import actions
from tests.gui.test_usage_printing import session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window, staffed_plan


class _CancelAfter:
    """A progress dialog stand-in that says Cancel once ``pages`` pages are done."""

    def __init__(self, pages):
        self.pages = pages
        self.calls = []
        self.closed = False

    def __call__(self, done, total):
        self.calls.append((done, total))
        return done < self.pages

    def close(self):
        self.closed = True


def test_export_pdf_of_the_usage_view_stops_on_cancel(session, qtbot, tmp_path, monkeypatch):  # noqa: F811
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    window.views["usage"].set_scale(Scale.DAYS)  # several pages across
    progress = _CancelAfter(1)
    monkeypatch.setattr(actions, "_progress", lambda parent, text: progress)
    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    actions.export_pdf(window, window.document)
    assert progress.calls[0][1] >= 2  # the total pages are told
    assert [done for done, _total in progress.calls] == [1]  # nothing painted after Cancel
    assert progress.closed


def test_every_page_is_reported_when_not_cancelled(session, qtbot, tmp_path, monkeypatch):  # noqa: F811
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    window.views["usage"].set_scale(Scale.DAYS)
    progress = _CancelAfter(10**6)
    monkeypatch.setattr(actions, "_progress", lambda parent, text: progress)
    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    total = progress.calls[-1][1]
    assert progress.calls == [(k, total) for k in range(1, total + 1)]
    assert progress.closed
