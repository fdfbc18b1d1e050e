"""A roster paste refused for a bad rate said ``column Std rate: Std. rate: 'abc' is not an
amount`` (s27rw finding 10): the column is now named once."""

from __future__ import annotations

from tests.gui.test_s27rp_roster_sheet_paste import _excel_text, _paste, window

__all__ = ["window"]  # the fixture, used by name


def test_s27rf_the_refused_column_is_named_once(window) -> None:
    plan, said = _paste(window, _excel_text([["Name", "Std rate"], ["Zed", "abc"]]))
    assert "Zed" not in [r.name for r in plan.resources]
    assert said == "Nothing pasted: row 2, column Std rate: 'abc' is not an amount", said
