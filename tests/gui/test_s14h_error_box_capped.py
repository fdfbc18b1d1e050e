"""The window's error boxes show a huge message cut to a readable length."""

from __future__ import annotations

from app.domain.quoting import MESSAGE_LIMIT
from app.ui import app as app_module
from app.ui.app import Session
from app.ui.exchange import actions
from app.ui.exchange.actions import ExchangeDialogs


def test_error_boxes_cap_a_megabyte_message(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    assert actions.QMessageBox is app_module.QMessageBox
    message = "plan.xml: <Duration> '" + "9" * 1_000_000 + "' is not a duration"
    Session.show_error(None, message)
    ExchangeDialogs.error(None, message)
    assert len(shown) == 2
    for text in shown:
        assert len(text) <= MESSAGE_LIMIT + 1
        assert text.startswith("plan.xml: <Duration>")
        assert text.endswith("is not a duration")
