"""A calendar's own public holidays written for MS Project (s24ho): MSPDI has no holiday
country and a derived calendar there takes its base's exceptions too, so Claire (French
holidays, or none, on a calendar based on the DE-BY Standard) is written with the Bavarian
holidays she works as working exceptions; the file read back schedules her tasks as Gantry
does."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from tests.test_s24ho_holidays import BASTILLE_DAY, CORPUS_CHRISTI, munich_plan


@pytest.mark.parametrize(
    ("fields", "starts"),
    [
        ({"holiday_country": "FR"}, [CORPUS_CHRISTI, date(2027, 7, 15)]),
        ({"no_public_holidays": True}, [CORPUS_CHRISTI, BASTILLE_DAY]),
        ({}, [date(2027, 5, 28), BASTILLE_DAY]),  # the project's: written as before
    ],
)
def test_s24ho_ms_project_xml_keeps_a_persons_own_holidays(tmp_path, fields, starts):
    path = tmp_path / "munich.xml"
    write_plan(munich_plan(**fields), path)
    again = read_plan(path)
    result = schedule(again)
    assert [result[uid].start.date() for uid in (1, 2)] == starts
