"""A page is laid out only once its orientation is decided: Automatic is never portrait unasked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QPageLayout

from app.report.options import PrintOptions
from app.report.render import page_layout


def test_s21me_an_undecided_orientation_is_refused():
    with pytest.raises(ValueError, match="Automatic"):
        page_layout(PrintOptions(landscape=None))


@pytest.mark.parametrize("landscape", [False, True])
def test_s21me_a_decided_orientation_is_the_page_s(landscape):
    layout = page_layout(replace(PrintOptions(), landscape=landscape))
    wanted = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    assert layout.orientation() == wanted
