"""How the CPM passes read calendars: plain dicts of what is known, the memos after a miss.

A pass subscripts its row's calendar lookups (``index[t]``, ``at_start[w]``,
``at_end[w]``): first the plain dicts of :attr:`WorkTime.known`, CPython's
quickest lookup, which raise KeyError for a key no schedule has asked for yet.
The pass then asks :meth:`Misses.after` what to read from there on (from the
row that missed, which stores nothing before its lookups): the plain dicts
again, brought up to date with what the memos learnt (once per calendar and
pass), or, when that was done already (a first schedule, whose memos fill as
it goes) or the memos are too big to be worth a copy (a plan of 100k tasks),
the memos themselves, which work out what they miss.
"""

from __future__ import annotations

from app.domain.worktime import WorkTime


class Misses:
    """One pass's record of the calendars it brought up to date."""

    __slots__ = ("_learnt",)

    def __init__(self) -> None:
        self._learnt: set[WorkTime] = set()

    def after(self, cal: WorkTime) -> bool:
        """Whether the pass may go on with ``cal``'s plain dicts after one of them missed
        (brought up to date now), else it reads the memos from there on.

        A pass reading the memos already raises the KeyError again instead: they miss
        nothing, so another dict raised it.
        """
        if cal in self._learnt:
            return False
        self._learnt.add(cal)
        return cal.learn()  # False: memos too big to copy (see WorkTime.learn)
