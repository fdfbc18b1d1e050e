"""The page header gives a project name the room right of the centre before cutting it.

Friday's status report printed 'CRM roll-out fo… — Status report' beside a centred status
date with a wide blank gap before the printed date: the name would have fitted whole.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.report.page_frame import HEADER_GAP, PageInfo, header_layout

STATUS = datetime(2027, 2, 12, 17)


def _info(name: str, title: str = "Status report") -> PageInfo:
    return PageInfo(name, STATUS, date(2026, 11, 26), 1, 1, 1, 1, title)


def test_a_name_that_fits_left_of_a_moved_status_date_stays_whole(qapp):
    head = header_layout(_info("CRM roll-out for Northwind Logistics"), 540.0)
    assert head.name == "CRM roll-out for Northwind Logistics — Status report"
    assert head.status_rect is not None
    assert head.name_rect.right() + HEADER_GAP <= head.status_rect.left() + 0.01
    assert head.status_rect.right() + HEADER_GAP <= head.printed_rect.left() + 0.01
    assert head.status_rect.center().x() > 270.0  # moved right of the centre to make room


def test_a_short_name_keeps_the_status_date_centred(qapp):
    head = header_layout(_info("Harbour"), 540.0)
    assert head.status_rect is not None
    assert head.status_rect.center().x() == pytest.approx(270.0)
