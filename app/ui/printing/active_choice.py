"""Page Setup's "Only tasks active in these dates": a look-ahead printout from the window.

MS Project's Page Setup dates set the chart's span and keep every row; ticked, only the
rows with a bar in the dates print, their summaries with them, and the page header
says "Active FROM to TO" (app/report/active_only.py, as ``gantry convert --active-only``).
The choice is the window session's, per plan: the plan's file does not keep it.
"""

from __future__ import annotations

import weakref

from app.ui.document import Document

_ACTIVE: weakref.WeakKeyDictionary[Document, bool] = weakref.WeakKeyDictionary()


def active_chosen(document: Document) -> bool:
    """Whether the plan's printouts keep only the tasks active in Page Setup's dates."""
    return _ACTIVE.get(document, False)


def choose_active(document: Document, on: bool) -> None:
    """Page Setup's OK: print the plan so from now on (this session)."""
    _ACTIVE[document] = on
