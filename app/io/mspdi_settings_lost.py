"""What a plan read from MS Project XML does not keep of the client's settings, told as notes.

A PM who opens a client's file and sends it back expects the client's Gantt to look as it
did. Gantry has no place for these, and its MS Project XML leaves them out, so MS Project
falls back to its defaults on the file sent back:

* tasks whose Gantt bar is hidden (<HideBar> 1) or rolled up on their summary (<Rollup> 1);
* tasks marked "leveling can't split" (<LevelingCanSplit> 0) when other tasks may be split:
  the plan keeps one choice for all (a file whose every task says 0 keeps it);
* project settings that differ from MS Project's defaults: the week's first day, the fiscal
  year's start, new tasks' fixed cost accrual and estimated mark, splitting in-progress
  tasks, autolink, "updating task status updates resource status";
* seconds in times of day (09:08:24 read 09:08), the plan keeping minutes;
* every person's Can Level off: read as on (app/io/mspdi_resources.py _can_level_default,
  a converter's default, not a choice), so the file sent back says on.

The task marks are counted from the text of the task rows (:class:`TaskMarks`), which the
fast reader never parses: one ``str.count`` per piece of text, nothing per row.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from app.domain.plan import Plan
from app.domain.plural_words import counted, verb
from app.io.mspdi_values import Q

_HIDDEN = "<HideBar>1</HideBar>"
_ROLLED = "<Rollup>1</Rollup>"
_NO_SPLIT = "<LevelingCanSplit>0</LevelingCanSplit>"
_MARKS = (_HIDDEN, _ROLLED, _NO_SPLIT)
# a date and time whose seconds are not 0 (2006-09-08T09:08:24): the plan keeps minutes.
# Found by its seconds first (':24<', a literal to search for: a 9 MB text in some 40 ms,
# twenty times faster than the whole pattern), then checked whole. Counting first instead
# (``text.count(':') == 2 * text.count(':00<')``: every ':' a time's, none with seconds)
# would not be exact, two texts 'at 10:00' balancing one 09:08:24, and its two scans cost
# more than this search (10k tasks' 16 MB: some 15 + 18 ms against 12 ms, s31cx).
_SECONDS_END = re.compile(r":(?!00)\d\d<")
_SECONDS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:(?!00)\d\d(?=<)")
_BEFORE = 16  # the characters of '2006-09-08T09:08' before the seconds' ':'
_TAGS = (("HideBar", "1"), ("Rollup", "1"), ("LevelingCanSplit", "0"))  # as in _MARKS


def _numbered(names: tuple[str, ...] | list[str], first: int) -> list[tuple[str, str]]:
    """(number text, name) pairs numbering ``names`` from ``first``."""
    return [(str(n), name) for n, name in enumerate(names, start=first)]


# <Project> settings Gantry does not keep: element, MS Project's default (what it takes when
# the element is absent), what the setting is, and how each value reads.
_WEEK_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ACCRUALS = {"1": "Start", "2": "End", "3": "Prorated"}
_ON_OFF = {"0": "off", "1": "on"}
_SETTINGS: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    ("WeekStartDay", "0", "week starts on", dict(_numbered(_WEEK_DAYS, 0))),
    ("FYStartDate", "1", "fiscal year starts in", dict(_numbered(_MONTHS, 1))),
    ("DefaultFixedCostAccrual", "3", "default fixed cost accrual", _ACCRUALS),
    ("NewTasksEstimated", "1", "new tasks have estimated durations", _ON_OFF),
    ("SplitsInProgressTasks", "1", "split in-progress tasks", _ON_OFF),
    ("Autolink", "1", "autolink inserted or moved tasks", _ON_OFF),
    ("TaskUpdatesResource", "1", "updating task status updates resource status", _ON_OFF),
)


class TaskMarks:
    """How many task rows hide their bar, roll it up, or may not be split by leveling."""

    __slots__ = ("counts", "seconds")

    def __init__(self) -> None:
        self.counts = dict.fromkeys(_MARKS, 0)
        self.seconds = ""  # the first time of day with seconds, '' while none is seen

    def count_text(self, text: str) -> None:
        """Count the marks in ``text``, a piece of the text of <Tasks> (whole rows)."""
        counts = self.counts
        for mark in _MARKS:
            if mark in text:
                counts[mark] += text.count(mark)
        if not self.seconds:
            self.seconds = first_seconds(text)

    def count_row(self, elem: Element) -> None:
        """Count the marks of one task row's element (a file read without its text)."""
        for mark, (tag, value) in zip(_MARKS, _TAGS, strict=True):
            if (elem.findtext(Q + tag) or "").strip() == value:
                self.counts[mark] += 1
        if not self.seconds:
            for tag in ("Start", "Finish"):
                if found := first_seconds((elem.findtext(Q + tag) or "").strip() + "<"):
                    self.seconds = found


def first_seconds(text: str) -> str:
    """The first date and time in ``text`` (element texts, each followed by '<') whose
    seconds are not 0, '' when there is none."""
    at = 0
    while found := _SECONDS_END.search(text, at):
        start = found.start() - _BEFORE
        if start >= 0 and (whole := _SECONDS.match(text, start)):
            return whole.group()
        at = found.end()
    return ""


def settings_lost(root: Element, plan: Plan, marks: TaskMarks) -> list[str]:
    """The lines (without the file's name) saying what of ``root``'s settings the plan read
    from it does not keep; none when the file holds none of them."""
    out: list[str] = []
    hidden, rolled, no_split = (marks.counts[m] for m in _MARKS)
    if hidden:
        out.append(
            f"{counted(hidden, 'task')} {verb(hidden, 'has its', 'have their')} Gantt bar hidden "
            "(<HideBar>): Gantry draws every bar, and a file saved back shows them"
        )
    if rolled:
        out.append(
            f"{counted(rolled, 'task')} {verb(rolled)} rolled up to "
            f"{verb(rolled, 'its', 'their')} summary bar (<Rollup>): Gantry keeps no rolled-up "
            "bars, and a file saved back has none"
        )
    if no_split and plan.project.leveling.split_remaining:
        out.append(
            f"{counted(no_split, 'task')} {verb(no_split, 'says', 'say')} leveling can't split "
            f"{verb(no_split, 'it', 'them')} (<LevelingCanSplit> 0): Gantry keeps one choice for the whole plan "
            "(Leveling Options: splits in remaining work, on), a file saved back says 1"
        )
    differ = [_setting_text(root, s) for s in _SETTINGS]
    said = [text for text in differ if text]
    if said:
        out.append(
            f"project settings not kept: {'; '.join(said)}: a file saved back has "
            "MS Project's defaults"
        )
    if line := _can_level_line(root, plan):
        out.append(line)
    seconds = marks.seconds or _project_seconds(root)
    if seconds:
        out.append(
            f"times are kept to the minute: {seconds} (the first with seconds) is read "
            f"and saved back as {seconds[:-3]}:00"
        )
    return out


def _project_seconds(root: Element) -> str:
    """The project's start or finish when its time of day has seconds, else ''."""
    for tag in ("StartDate", "FinishDate"):
        if found := first_seconds((root.findtext(Q + tag) or "").strip() + "<"):
            return found
    return ""


def _setting_text(root: Element, setting: tuple[str, str, str, dict[str, str]]) -> str:
    """'week starts on Monday' for a setting whose value differs from MS Project's
    default, '' for one at the default or absent."""
    tag, default, what, names = setting
    text = (root.findtext(Q + tag) or "").strip()
    if not text or text == default:
        return ""
    return f"{what} {names.get(text, text)}"


def _can_level_line(root: Element, plan: Plan) -> str:
    """The line for a file whose every person has Can Level off, read as on."""
    people = [
        row
        for row in root.iterfind(f"{Q}Resources/{Q}Resource")
        if (row.findtext(Q + "Type") or "1").strip() == "1"
        and (row.findtext(Q + "UID") or "").strip() != "0"
        and (row.findtext(Q + "IsNull") or "0").strip() not in ("1", "true")
    ]
    if not people or any(
        (row.findtext(Q + "CanLevel") or "1").strip() not in ("0", "false") for row in people
    ):
        return ""
    if not any(r.can_level for r in plan.resources):
        return ""
    n = len(people)
    return (
        f"Can Level was off for every person ({counted(n, 'person', 'people')}): read as on, "
        "as a converted .mpp says off for everyone; leveling moves their work, and a file "
        "saved back says on (turn it off in a person's Resource Information)"
    )
