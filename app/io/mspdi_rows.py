"""The task rows of an MSPDI file, taken while the parser reads the rest of it."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from app.domain.project import Project
from app.io.mspdi_fast import GHOST, PreLink, RowReader, UnusualRowError, children
from app.io.mspdi_plain import PADDING, PlainLayouts, named_only, unescaped
from app.io.mspdi_recurring import is_recurring
from app.io.mspdi_row_patterns import RowPatterns
from app.io.mspdi_settings_lost import TaskMarks
from app.io.mspdi_task_fields import Row, read_task, task_reader
from app.io.mspdi_values import NS, Q
from app.io.xml_safety import parse_fragment, tags_alternate

TASKS = Q + "Tasks"
_TASK = Q + "Task"
_UID = Q + "UID"
_NOTES = Q + "Notes"
_PREDECESSOR_LINK = Q + "PredecessorLink"
_BASELINE = Q + "Baseline"
_STOP = Q + "Stop"
_RESUME = Q + "Resume"
_EXTENDED = Q + "ExtendedAttribute"
_TIMEPHASED = Q + "TimephasedData"


def _says_recurring(text: str | None) -> bool:
    """A row's <Recurring> text marks MS Project's recurring task summary (as is_recurring)."""
    return text is not None and text.strip() in ("1", "true")


class TaskRows:
    """The task rows of a file, taken as the parser finishes them (or all at once).

    Ordinary rows are read at once on the fast path and their element dropped;
    any other row keeps its element and is read by the checked Reader after the
    whole file parsed, so its errors come after the file's own.
    """

    row = "Task"  # a row's element, for the plain rows' text (xml_safety.PlainRows)

    __slots__ = (
        "_plain",
        "_prev",
        "_shapes",
        "_taken",
        "custom",
        "elapsed_delays",
        "fast",
        "ghost_rows",
        "ghosts",
        "in_text",
        "marks",
        "negative",
        "notes",
        "recurring",
        "stops",
    )

    def __init__(self) -> None:
        self.fast = RowReader()
        self.ghosts: set[int] = set()  # other projects' tasks shown for cross-project links
        self.ghost_rows: list[Element] = []  # and their rows (kept: mspdi_external)
        self.notes: str | None = None  # of the project summary task (UID 0)
        # (position, UID) of the first row left out of the plan with a negative UID
        self.negative: tuple[int, int] | None = None
        # a row read, (position, element) of a row to read later, or None for a row left out
        self._taken: list[Row | tuple[int, Element] | None] = []
        # UID -> (<Stop>, <Resume>) of a task in progress: apart, its remaining work resumes
        # after a pause (mspdi_splits.stop_resume_pauses)
        self.stops: dict[int, tuple[str, str]] = {}
        # UIDs of summaries marked <Recurring>1</Recurring>; only a row followed by a deeper
        # one (a summary) is looked at, so ordinary rows cost nothing more
        self.recurring: set[int] = set()
        # (UID, outline level, <Recurring> text) of the last row read on the fast path
        self._prev: tuple[int, int, str | None] | None = None
        # UID -> the row's <ExtendedAttribute> children (custom field values, mspdi_custom_fields)
        self.custom: dict[int, list[Element]] = {}
        # UID -> a leveling delay the file gives in elapsed minutes (mspdi_task_fields)
        self.elapsed_delays: dict[int, int] = {}
        self._plain = PlainLayouts()
        self._shapes = RowPatterns()
        # hidden and rolled-up bars, tasks leveling can't split: noted on reading as not
        # kept (mspdi_settings_lost), counted in the text when the rows come as text
        self.marks = TaskMarks()
        self.in_text = False

    def restart(self) -> None:
        """Forget every row taken: the file is read again from its first row."""
        self.__init__()  # type: ignore[misc]

    def take_text(self, text: str) -> None:
        """Read the task rows in ``text``, a piece of the text of ``<Tasks>`` ending with a
        row's ``</Task>`` (or the last piece), as :meth:`take` reads their elements.

        Plain rows (app.io.mspdi_plain) are read from their text: by a shape learned from
        an earlier row (app.io.mspdi_row_patterns), else split. Any other row, and any row
        the fast path would not read, is parsed alone and taken as an element. A row is
        split only when its '<' and '>' open and close tags in turn (no text holds one).
        ``text`` holds no control character XML refuses (xml_safety._take); when it holds
        ']]>', which a text may not (outside CDATA), no row is read by a shape.
        Raises FragmentError for a row that is not well-formed alone.
        """
        self.marks.count_text(text)
        self.in_text = True  # the rows parsed from it are counted already
        try:
            self._take_text(text)
        finally:
            self.in_text = False

    def _take_text(self, text: str) -> None:
        amp = "&" in text
        patterns = "]" not in text or "]]>" not in text  # one memchr, mostly
        layouts, shapes, fast, taken = self._plain, self._shapes, self.fast, self._taken
        values_of, link_of = fast.values, fast.link_of_texts
        at = 0
        waiting = -1  # where the rows left to the parser start, parsed together when a
        # plain row comes (or the text ends): one parse for a run of them, not one each
        while True:
            start = at
            shaped = shapes.read(text, start) if patterns else None
            if shaped is not None:
                texts, link_texts, end = shaped
            else:
                end = text.find("</Task>", start)
                if end < 0:  # the last piece: anything but blanks is parsed
                    if waiting < 0 and text[start:].strip():
                        waiting = start
                    break
            at = end + 7  # past the row's "</Task>"
            refs = amp and text.find("&", start, end) >= 0
            if refs and not named_only(text, start, end):  # the parser reads the others
                waiting = start if waiting < 0 else waiting
                continue
            if shaped is None:
                p: list[Any] = text[start:end].replace(">", "<").split("<")
                layout = layouts.layout(p)
                if layout is None or not tags_alternate(text[start:end]):
                    waiting = start if waiting < 0 else waiting
                    continue
                shapes.learn(p)
                p += PADDING
                pick_task, pick_links = layout
                texts = pick_task(p)
                link_texts = [pick(p) for pick in pick_links]
            if "" in texts:  # <A></A>: None, as the parser gives
                texts = tuple([t or None for t in texts])
            if refs:
                texts = unescaped(texts)
            if waiting >= 0:  # the rows before this one first, in order
                self.take(parse_fragment(text[waiting:start], NS))
                waiting = -1
            n = len(taken) + 1
            try:
                # an XML integer only (whole_int): any other text ('1x', '\uff11', '1_0') goes
                # to the parser, and the checked Reader names the element
                uid_text = texts[0]  # whole_int, inline (a call a row)
                if uid_text is None or not uid_text.isascii() or "_" in uid_text:
                    raise UnusualRowError
                uid = int(uid_text)
                if uid == 0:  # the project summary row (its notes): read from the element
                    raise UnusualRowError
                # the links before the values: a row the fast path leaves to the parser must
                # not have noted anything yet (a refused hyperlink would be noted twice)
                links: list[PreLink] = []
                for t in link_texts:  # not a comprehension: a function made and called a row
                    links.append((link_of(t, uid), t))
                uid, row_id, _, values = values_of(texts, n)
                if values is None:
                    raise UnusualRowError
            except (UnusualRowError, ValueError, KeyError, TypeError, OverflowError):
                waiting = start
                continue
            taken.append((row_id, values, f"Task #{row_id} (UID {uid})", n, links, [], values[9]))
            stop, resume, recurring = texts[14:17]
            if values[16] is not None and stop and resume:
                self._stop_resume(uid, stop, resume)
            prev = self._prev
            if prev is not None and values[2] > prev[1] and _says_recurring(prev[2]):
                self.recurring.add(prev[0])
            self._prev = (uid, values[2], recurring)
        if waiting >= 0:
            self.take(parse_fragment(text[waiting:], NS))

    def take(self, elems: list[Element]) -> None:
        """Read the task rows among ``elems`` (children of ``<Tasks>``, in order)."""
        task_row, pre_links = self.fast.task_row, self.fast.pre_links
        taken = self._taken
        marks = None if self.in_text else self.marks
        for elem in elems:
            if elem.tag != _TASK:
                continue
            if marks is not None:
                marks.count_row(elem)
            n = len(taken) + 1
            try:
                uid, row_id, skip, values, kids, layout, stop, resume, recurring = task_row(elem, n)
            except (UnusualRowError, ValueError, KeyError, TypeError):
                taken.append((n, elem))  # for the checked reader
                continue
            if uid == 0:
                self._note(elem)
            if values is None:
                if skip == GHOST:
                    self.ghosts.add(uid)
                    self.ghost_rows.append(elem)
                if uid < 0 and self.negative is None:
                    self.negative = (n, uid)
                taken.append(None)
                continue
            # the children of each group, found by the row's layout: no findall per row
            _, link_at, baseline_at, extended_at, _ = layout
            taken.append(
                (
                    row_id,
                    values,
                    f"Task #{row_id} (UID {uid})",
                    n,
                    pre_links(children(kids, link_at), uid) if link_at else [],
                    children(kids, baseline_at),
                    values[9],  # the Start the file stores
                )
            )
            if values[16] is not None and stop and resume:  # started: paused, resumed later?
                self._stop_resume(uid, stop, resume)
            if extended_at:
                self.custom[uid] = children(kids, extended_at)
            prev = self._prev
            if prev is not None and values[2] > prev[1] and _says_recurring(prev[2]):
                self.recurring.add(prev[0])
            self._prev = (uid, values[2], recurring)

    def _unread(self, elem: Element, where: str) -> None:
        """The types of the timephased values of a row read by the checked Reader (as the
        fast path's RowReader.unread)."""
        for td in elem.iterfind(_TIMEPHASED):
            self.fast.unread.append(((td.findtext(Q + "Type") or "").strip(), where))

    def _stop(self, uid: int, elem: Element) -> None:
        stop, resume = elem.findtext(_STOP), elem.findtext(_RESUME)
        if stop and resume:
            self._stop_resume(uid, stop, resume)

    def _stop_resume(self, uid: int, stop: str, resume: str) -> None:
        if stop.strip() != resume.strip():
            self.stops[uid] = (stop.strip(), resume.strip())

    def _note(self, elem: Element) -> None:
        """Keep the notes of the first row whose UID is 0 (MS Project's project notes)."""
        if self.notes is None and (elem.findtext(_UID) or "").strip() == "0":
            self.notes = (elem.findtext(_NOTES) or "").strip()

    def finish(self, project: Project) -> list[Row]:
        """Every task row in file order, the unusual ones read now by the checked Reader."""
        out: list[Row] = []
        for item in self._taken:
            if item is None:
                continue
            if len(item) == 7:
                out.append(item)
                continue
            n, elem = item
            self._note(elem)
            r = task_reader(elem, n)
            uid = r.required_int("UID")
            if uid < 0 and (self.negative is None or n < self.negative[0]):
                self.negative = (n, uid)
            row_id = r.integer("ID", n) or n
            if uid == 0 and (r.integer("OutlineLevel", 0) or 0) == 0:
                continue  # the project summary task
            if r.flag("IsNull"):
                continue
            if r.flag("ExternalTask"):
                self.ghosts.add(uid)
                self.ghost_rows.append(elem)
                continue
            # its settings never reached the fast path's notes when its UID stopped it first
            self.fast.can_split_texts.add(r.text("LevelingCanSplit") or "1")
            task = read_task(r, uid, project, self.fast.refused_links, self.elapsed_delays)
            number = r.text("OutlineNumber")
            if not task.wbs and number is not None and r.text("WBS") is not None:
                self.fast.numbers[uid] = number.strip()  # as the fast path's (numbers)
            if 0 < task.percent_complete < 100:  # mspdi_progress.with_file_actuals
                self.fast.actuals[uid] = (r.text("ActualDuration"), r.text("RemainingDuration"))
            leveled = r.text("PreLeveledStart")
            if leveled is not None:  # mspdi_preleveled.with_leveling_marks
                self.fast.preleveled[uid] = (leveled, r.text("PreLeveledFinish"))
            self._unread(elem, r.where)
            if task.actual_start is not None:
                self._stop(uid, elem)
            if is_recurring(elem):
                self.recurring.add(uid)
            extended = elem.findall(_EXTENDED)
            if extended:
                self.custom[uid] = extended
            links = self.fast.pre_links(elem.findall(_PREDECESSOR_LINK), uid)
            baselines = elem.findall(_BASELINE)
            out.append((row_id, task, r.where, n, links, baselines, r.date("Start")))
        return out
