"""What MS Project keeps of the values we write in MS Project XML, and the note that says so.

MS Project's schema types a task's <PercentComplete> and <PercentWorkComplete> as
integers (MS Project keeps a whole percent: 37.5 typed becomes 38), and MS Project
keeps at most 255 characters of a task's, a resource's or a calendar's name (512 of
the project's title and of a calendar exception's name). The writer (mspdi_write,
mspdi_write_tasks, mspdi_write_resources, mspdi_write_calendars) writes them so;
:func:`limits_not_kept` is the line ``formats.not_kept`` gives for a plan that loses
something by it. A percentage lag is kept as a whole percent (:func:`whole_lag`).
"""

from __future__ import annotations

import math

from app.domain.percent_shown import kept_in_minutes
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list
from app.domain.task import Task

MAX_NAME = 255  # characters of a name MS Project keeps (UTF-16 units, as it counts them)
# What the schema and MS Project keep of the other names (see fit_name): the <Name> of a
# calendar exception or work week and the project's <Title> take 512 characters, the
# project's <Name> (its file name) 255 (mspdi_pj12.xsd), as do a task's, a resource's and
# a calendar's (the Name element's reference: MS Project keeps 255 though the schema
# allows 512 there)
MAX_LONG_NAME = 512


def whole_percent(value: float) -> int:
    """A percent as MS Project keeps it: the nearest whole number, halves up, in 0..100."""
    return min(100, max(0, math.floor(float(value) + 0.5)))


def whole_lag(percent: float) -> int:
    """A percentage lag as MSPDI holds it: <LinkLag> of LagFormat 19/20 (51/52) is the whole
    percent itself (the schema types it an integer; -75 in Software-Development-Plan.xml is
    a 75 % lead, as MPXJ reads and writes it), the nearest, halves away from 0 (12.5: 13)."""
    whole = math.floor(abs(percent) + 0.5)
    return -whole if percent < 0 else whole


def fit_name(name: str, limit: int = MAX_NAME) -> str:
    """``name`` cut to what MS Project keeps: at most ``limit`` UTF-16 units, never half
    of a character (a character past U+FFFF counts two, as MS Project counts it)."""
    if len(name) <= limit // 2:  # fits whatever its characters are
        return name
    units = 0
    for at, char in enumerate(name):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return name[:at]
    return name


def limits_not_kept(plan: Plan, ext: str) -> str:
    """The line that says a save as MS Project XML cuts long names and rounds fractional
    % complete and percentage lags, counting the tasks, resources and links it touches;
    "" when it changes none."""
    if ext.lower() != ".xml":
        return ""
    said = []
    tasks = sum(1 for t in plan.tasks if fit_name(t.name) != t.name)
    people = sum(1 for r in plan.resources if fit_name(r.name) != r.name)
    calendars = sum(1 for c in plan.calendars.values() if fit_name(c.name) != c.name)
    cut = ((tasks, "task"), (people, "resource"), (calendars, "calendar"))
    if tasks or people or calendars:
        parts = [counted(n, what) for n, what in cut if n]
        names = joined_list(parts)
        said.append(f"{ext} keeps names of at most {MAX_NAME} characters: {names} cut")
    if fit_name(plan.project.name, MAX_LONG_NAME) != plan.project.name:
        said.append(f"{ext} keeps a project title of at most {MAX_LONG_NAME} characters: cut")
    rounded = sum(1 for t in plan.tasks if not _percent_kept(plan, t))
    if rounded:
        said.append(f"{ext} keeps whole percents: % complete of {counted(rounded, 'task')} rounded")
    lags = [
        lk
        for lk in plan.links
        if lk.lag_percent is not None and whole_lag(lk.lag_percent) != lk.lag_percent
    ]
    if lags:
        links = counted(len(lags), "link")
        said.append(f"{ext} keeps percentage lags as whole numbers: the lag of {links} rounded")
    return "; ".join(said)


def _percent_kept(plan: Plan, task: Task) -> bool:
    """``task``'s % complete reads back from the file as it is: a whole one, or a task's
    exact one behind a typed actual or remaining duration, which <ActualDuration> keeps to
    the minute (app.io.mspdi_progress); a summary's rolls up from its subtasks."""
    percent = task.percent_complete
    if float(percent).is_integer():
        return True
    return not plan.is_summary(task.uid) and kept_in_minutes(task.duration_minutes, percent)
