"""Plain MSPDI task rows read from their text, without an XML tree.

Most rows of a large file are plain: ``<Task>`` holding elements that hold
only text, and ``<PredecessorLink>`` elements holding only such elements; no
attribute, no entity or character reference, no comment. The parser builds
~40 elements a row for them, the bulk of reading a 10k-task file; here a row
is one ``str.split`` instead, and the texts of its fields are picked by the
positions its layout (the sequence of its tags) gives.

The row's text has ``>`` turned into ``<`` and is split at ``<``: tags are
the odd pieces, the text after each tag the even one. A layout is read once
per distinct tag sequence and checks what makes the row plain; the caller
checks the rest for each row (no ``>`` in a text, no reference but XML's five
named ones, replaced in the texts picked: :func:`named_only`,
:func:`unescaped`). A row that is not plain is handed to the parser.
Texts are what the parser gives: ``<A></A>`` and ``<A/>`` have None.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any
from xml.etree.ElementTree import Element, SubElement

from app.io.mspdi_fast import LINK_FIELDS, TASK_FIELDS
from app.io.mspdi_values import Q

_ROW = "Task"
_LINK = "PredecessorLink"
_LINK_END = "/" + _LINK
# The children of a task row that hold only text (MS Project's schema, and what MPXJ and
# ProjectLibre write): a plain row's leaves must be among them. Any other name, a group
# written empty (<PredecessorLink/>, <Baseline></Baseline>) above all, means the row is
# not plain: the parser reads it (a baseline entry, a link without <PredecessorUID>).
_OTHER_TEXTS = """GUID CreateDate Contact WBS WBSLevel OutlineNumber Summary DisplayAsSummary Critical
    IsSubproject IsSubprojectReadOnly SubprojectName ExternalTaskProject ManualStart
    ManualFinish ManualDuration Work ResumeValid OverAllocated EarlyStart EarlyFinish LateStart
    LateFinish StartVariance FinishVariance WorkVariance FreeSlack TotalSlack StartSlack
    FinishSlack Cost OvertimeCost OvertimeWork ActualDuration ActualCost ActualOvertimeCost
    ActualWork ActualOvertimeWork ActualWorkProtected ActualOvertimeWorkProtected RegularWork
    RemainingDuration RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork
    ACWP CV SV BCWS BCWP LevelAssignments LevelingDelayFormat PreLeveledStart PreLeveledFinish
    HideBar Rollup IsPublished StatusManager
    CommitmentStart CommitmentFinish CommitmentType FreeformDurationFormat StartText FinishText
    DurationText PercentWorkComplete BoardStatusColumnOrderingID SprintColumnOrderingID
    NextAvailableBoardStatusColumnOrderingID NextAvailableSprintOrderingID"""
TEXT_FIELDS = frozenset([name for name, _ in TASK_FIELDS] + _OTHER_TEXTS.split())
# The children of a <PredecessorLink> (all text in the schema).
LINK_TEXT_FIELDS = frozenset(
    [name for name, _ in LINK_FIELDS] + ["CrossProjectName", "PredecessorGUID"]
)

# Appended to a row's pieces before picking: the text an absent task field stands
# for, then an absent link field's, then None (an empty element's text).
PADDING = [default for _, default in TASK_FIELDS] + [d for _, d in LINK_FIELDS] + [None]
_LINK_BASE = len(TASK_FIELDS)
_EMPTY = len(PADDING) - 1

# How to read a plain row: the picker of its task texts (one per TASK_FIELDS), and one
# picker of link texts (one per LINK_FIELDS) per <PredecessorLink>, in order.
Layout = tuple[Any, tuple[Any, ...]]

_MAX_LAYOUTS = 4096  # distinct layouts kept (beyond: rows of a new one read by the parser)


class PlainLayouts:
    """The layouts of the plain rows of one file, each worked out once."""

    __slots__ = ("_known",)

    def __init__(self) -> None:
        # a row's tags joined by '<' (which no piece holds) -> its layout, None if not plain
        self._known: dict[str, Layout | None] = {}

    def layout(self, pieces: list[str]) -> Layout | None:
        """The layout of a row split as the module says, or None when it is not plain."""
        tags = pieces[1::2]
        # one string compared, not a hundred: most rows of a file share a few layouts
        key = "<".join(tags)
        known = self._known
        if key in known:
            return known[key]
        layout = _layout(tags, len(pieces))
        if len(pieces) % 2 and len(known) < _MAX_LAYOUTS:  # an even count is never plain
            known[key] = layout
        return layout


def _layout(tags: list[str], size: int) -> Layout | None:
    """The layout of a row whose tags (odd pieces) are ``tags`` among ``size`` pieces."""
    if not tags or tags[0] != _ROW or size != 2 * len(tags) + 1:
        return None
    fields: dict[str, int] = {}
    links: list[dict[str, int]] = []
    k, count = 1, len(tags)
    while k < count:
        if tags[k] == _LINK:
            link: dict[str, int] = {}
            k += 1
            while k < count and tags[k] != _LINK_END:
                k = _leaf(tags, k, link, LINK_TEXT_FIELDS)
                if k < 0:
                    return None
            if k >= count:
                return None
            links.append(link)
            k += 1
            continue
        k = _leaf(tags, k, fields, TEXT_FIELDS)
        if k < 0:
            return None
    task = _picker(fields, TASK_FIELDS, size, 0)
    return task, tuple(_picker(link, LINK_FIELDS, size, _LINK_BASE) for link in links)


def _leaf(tags: list[str], k: int, into: dict[str, int], names: frozenset[str]) -> int:
    """Note the element of text at tag ``k`` (the first of a name wins, as the parser's
    ``find``); the index of the tag after it, -1 when it is no such element or its name is
    not among ``names`` (the fields of text)."""
    tag = tags[k]
    if tag.endswith("/"):  # <Name/>
        name = tag[:-1]
        if name not in names:
            return -1
        into.setdefault(name, -1)
        return k + 1
    if k + 1 < len(tags) and tags[k + 1] == "/" + tag and tag in names:
        into.setdefault(tag, 2 * k + 2)  # the piece after its start tag
        return k + 2
    return -1


def _picker(
    found: dict[str, int], fields: tuple[tuple[str, str | None], ...], size: int, base: int
) -> Any:
    """An itemgetter of the pieces (padded with PADDING) giving one text per field."""
    at = []
    for j, (name, _) in enumerate(fields):
        where = found.get(name)
        if where is None:
            at.append(size + base + j)
        elif where < 0:
            at.append(size + _EMPTY)
        else:
            at.append(where)
    return itemgetter(*at)


def link_element(texts: tuple[str | None, ...]) -> Element:
    """A ``<PredecessorLink>`` holding a plain row's link texts (one per LINK_FIELDS), for
    the checked reader of a link the fast path's values leave to it (its predecessor is
    not in the file, say). An absent field has its default text, which reads the same."""
    elem = Element(Q + "PredecessorLink")
    for (name, _), text in zip(LINK_FIELDS, texts, strict=True):
        SubElement(elem, Q + name).text = text
    return elem


# XML's five named references, '&amp;' last: replaced in this order, '&amp;lt;' gives '&lt;'.
_REFERENCES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


def named_only(text: str, start: int, end: int) -> bool:
    """Every '&' of ``text[start:end]`` starts one of XML's five named references (any
    other, a character reference say, is left to the parser)."""
    found = text.count("&", start, end)
    return found == sum(text.count(ref, start, end) for ref, _ in _REFERENCES)


def unescaped(texts: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """``texts`` with XML's named references replaced by what they stand for."""
    return tuple([_unescape(t) if t and "&" in t else t for t in texts])


def _unescape(text: str) -> str:
    for ref, char in _REFERENCES:
        text = text.replace(ref, char)
    return text
