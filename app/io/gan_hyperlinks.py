"""GanttProject's task web link (``<task webLink="...">``) as the task's hyperlink.

GanttProject keeps one link per task, URL-encoded as an HTML form encodes it (Java's
URLEncoder: ``https%3A%2F%2Fexample.com%2Fa+b``; UTF-8 since GanttProject 2.8, ISO-8859-1
before). It has no text to display: a link read becomes a hyperlink with that address,
its ``#fragment`` as the sub-address (how MS Project and Gantry keep a place in the
target); "http://" is GanttProject's empty link field and means none. A link Gantry
refuses (a ``javascript:`` address...) is left out and noted. Writing puts the address
and sub-address back as one encoded link; the text to display has no place in the file,
which :func:`texts_not_kept` says.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote_plus, unquote_plus
from xml.etree.ElementTree import Element

from app.domain.errors import InputError
from app.domain.hyperlinks import Hyperlink, hyperlink
from app.domain.plural_words import counted, verb
from app.domain.quoting import quoted
from app.domain.task import Task

ATTRIBUTE = "webLink"
EMPTY_LINKS = ("", "http://", "https://")  # GanttProject's link field as a new task has it


def decoded(value: str) -> str:
    """A webLink attribute's text as the link GanttProject shows (UTF-8, else ISO-8859-1)."""
    try:
        return unquote_plus(value, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        return unquote_plus(value, encoding="latin-1")


def encoded(link: Hyperlink) -> str:
    """The webLink attribute of a hyperlink: its address (with ``#sub-address``), encoded as
    GanttProject's URLEncoder writes it; "" for a link with neither."""
    target = link.target
    return quote_plus(target, safe="*", encoding="utf-8") if target else ""


def read_weblinks(
    file_name: str, tasks: Iterable[tuple[Element, Task]]
) -> tuple[dict[int, Hyperlink], list[str]]:
    """Each task's hyperlink read from its webLink (by uid), and the notes on links left out
    (one line, counting them and naming the first by the ID the sheet will show it at, its
    place in ``tasks`` from 1, as every other note names a task: GanttProject's own id
    attribute counts from 0 and skips deleted tasks)."""
    links: dict[int, Hyperlink] = {}
    refused: list[str] = []
    for row, (el, task) in enumerate(tasks, start=1):
        raw = el.get(ATTRIBUTE)
        if raw is None:
            continue
        text = decoded(raw).strip()
        if text in EMPTY_LINKS:
            continue
        address, _sep, sub = text.partition("#")
        where = f"task {quoted(task.name)} (ID {row})"
        try:
            link = hyperlink("", address, sub, shown=f"the webLink of {where}")
        except InputError as exc:
            refused.append(str(exc))
            continue
        if link is not None:
            links[task.uid] = link
    notes = []
    if refused:
        n = len(refused)
        notes.append(
            f"{file_name}: {counted(n, 'task web link')} {verb(n)} left out (first: {refused[0]})"
        )
    return links, notes


def texts_not_kept(tasks: Iterable[Task]) -> str:
    """The line saying a .gan save leaves out the text to display of task hyperlinks that
    have one (GanttProject keeps the address only); "" when none has."""
    named = [
        t
        for t in tasks
        if t.hyperlink is not None and t.hyperlink.text not in ("", t.hyperlink.target)
    ]
    if not named:
        return ""
    n = len(named)
    return (
        f".gan keeps a hyperlink's address only: the text to display of "
        f"{counted(n, 'task hyperlink')} not saved (the first on {quoted(named[0].name)})"
    )
