"""The printed Gantt titles its columns as the task sheet does.

Found printing the demo plan: the sheet's 'People' and '% Complete' columns
came out as 'Resources' and '% Done' on paper and in the PDF, a title MS
Project never uses, so the client's copy did not read like the PM's screen.
"""

from __future__ import annotations

from app.report.columns import COLUMNS
from app.ui.models.task_edits import HEADERS
from app.ui.sheet_tables import REPORT_KEYS


def test_every_printed_column_the_sheet_has_keeps_the_sheets_title():
    for column, key in REPORT_KEYS.items():
        assert COLUMNS[key].title == HEADERS[column], key  # 'Fixed Cost', not 'Fixed cost'
