"""A person's days off and working time name them in the Undo menu as every other command
does (app.ui.commands.quoted): a long name is cut after 40 characters with '…', a short one
reads as before."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import Calendar
from app.ui.commands import execute
from app.ui.dialogs.working_time_people import PersonCalendarCommand
from app.ui.team.commands import AddVacationCommand, RemoveVacationCommand
from tests.test_s19q_name_quotes import ANA, PEOPLE, _document


@pytest.mark.parametrize(("person", "shown"), PEOPLE)
def test_s19me_days_off_and_working_time_quote_the_person(person, shown):
    document = _document(person=person)
    add = AddVacationCommand(document, ANA, date(2027, 3, 1), date(2027, 3, 5))
    execute(document, add)
    assert add.text() == f"Add vacation for {shown}"
    remove = RemoveVacationCommand(document, ANA, 0)
    assert remove.text() == f"Remove days off of {shown}"
    week = PersonCalendarCommand(document, ANA, Calendar(uid=0, name=person))
    assert week.text() == f"Change working time of {shown}"
