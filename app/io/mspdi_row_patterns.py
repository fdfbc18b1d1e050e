"""Plain MSPDI task rows matched whole by a pattern learned from earlier rows.

Splitting a plain row's text (app.io.mspdi_plain) makes some 200 strings of
it, most never read: the tags, and the texts of fields such as
``<EarlyStart>`` the reader leaves out. The rows of a file share a few
shapes, which differ mostly in how many ``<PredecessorLink>`` they hold. So
once enough rows were split with the same shape of their own part (up to
their links), or of a link, it becomes a regular expression compiled once:
the tags and the text between them as written, each field's text ``[^<]*``,
captured only for the fields read (TASK_FIELDS, LINK_FIELDS). A later row is
then read by one match of its own part and one per link, up to ``</Task>``.

A match checks what the split checks: the row's tags are the learned row's,
one by one, and no text holds '<' (a '>' is text, as the parser reads it:
the caller's text holds no ']]>', nor a control character). References are
checked by the caller as for a split row. A row no pattern matches is split
as before.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from app.io.mspdi_fast import LINK_FIELDS, TASK_FIELDS

_ROW, _LINK = "Task", "PredecessorLink"
_END = "</Task>"
# A field's text: no '<' ('>' is text, as the parser reads it: the caller's text holds no
# ']]>' and no control character)
_TEXT = "[^<]*"  # a text the row does not read
_READ = "([^<]*)"  # a text it reads
# what follows a row's own part and each of its links
_NEXT = f"(?=<{_LINK}>|{_END})"
_TASK_NAMES = frozenset(name for name, _ in TASK_FIELDS)
_LINK_NAMES = frozenset(name for name, _ in LINK_FIELDS)
# appended to a match's texts before picking: an absent field's text, then None (<A/>)
_TASK_PADDING = (*(default for _, default in TASK_FIELDS), None)
_LINK_PADDING = (*(default for _, default in LINK_FIELDS), None)
_MAX_PATTERNS = 8  # kept of each kind, the last used first
# A pattern costs some fifty split rows to compile: a shape is learned once this many of
# the file's rows were split with it, so a small file with many shapes compiles none.
_LEARN_AFTER = 32
_MAX_SHAPES_SEEN = 4096  # shapes counted (beyond: a new one is never learned)


# A shape: a part of a row as its tags and the texts between them, in order, each text
# given as written (a tail between tags: whitespace, mostly none) or None (a field's text).
_Key = tuple[str | None, ...]


class _Shape:
    """One compiled part of a row: its pattern and the picker of its field texts (one per
    field, in field order) from the match's groups followed by the padding."""

    __slots__ = ("key", "match", "padding", "pick")

    def __init__(
        self,
        key: _Key,
        fields: tuple[tuple[str, str | None], ...],
        read: frozenset[str],
        padding: tuple[Any, ...],
    ) -> None:
        self.key = key
        self.padding = padding
        parts: list[str] = [re.escape(key[0] or "")]
        at: dict[str, int] = {}  # field -> its group, or -1 for <A/> (first of a name wins)
        groups = 0
        for k in range(1, len(key), 2):
            tag, text = key[k] or "", key[k + 1]
            parts.append(f"<{tag}>")
            if text is not None:
                parts.append(re.escape(text))
                if tag.endswith("/"):
                    at.setdefault(tag[:-1], -1)
            elif tag in read and tag not in at:
                at[tag] = groups
                groups += 1
                parts.append(_READ)
            else:
                parts.append(_TEXT)
        parts.append(_NEXT)
        self.match = re.compile("".join(parts)).match
        picks = []
        for j, (name, _) in enumerate(fields):
            where = at.get(name)
            if where is None:  # absent: the field's default text
                picks.append(groups + j)
            else:  # an empty element (None), or its group
                picks.append(groups + len(fields) if where < 0 else where)
        self.pick = itemgetter(*picks)


def _key(pieces: list[str], first: int, last: int) -> _Key:
    """The shape of the tags ``first`` to ``last`` (excluded) of a split row's ``pieces``
    (tag i is piece 2i + 1), with the text before the first."""
    key: list[str | None] = [pieces[2 * first]]
    for i in range(first, last):
        tag = pieces[2 * i + 1]
        leaf = i + 1 < last and pieces[2 * i + 3] == "/" + tag
        key += (tag, None if leaf else pieces[2 * i + 2])
    return tuple(key)


class RowPatterns:
    """The shapes of the plain rows of one file, learned from rows split before."""

    __slots__ = ("_links", "_own", "_seen")

    def __init__(self) -> None:
        self._own: list[_Shape] = []
        self._links: list[_Shape] = []
        self._seen: dict[_Key, int] = {}  # shape -> parts of split rows with it

    def read(
        self, text: str, pos: int
    ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], int] | None:
        """The texts of the row at ``pos`` of ``text`` (one per TASK_FIELDS), of each of its
        links (one per LINK_FIELDS, as written) and where its ``</Task>`` starts; None when
        no learned shape reads it. Task texts are as written too: an empty element's
        text is '' or None as a split row's."""
        # the shape used last first, inline (most rows of a file share it): _first_match,
        # a call and a loop more, when it does not match
        own = self._own
        found = own[0].match(text, pos) if own else None
        if found is not None:
            shape = own[0]
            texts, pos = shape.pick(found.groups() + shape.padding), found.end()
        else:
            read = _first_match(own, text, pos, 1)
            if read is None:
                return None
            texts, pos = read
        links: list[tuple[Any, ...]] = []
        shapes = self._links
        while not text.startswith(_END, pos):
            found = shapes[0].match(text, pos) if shapes else None
            if found is not None:
                shape = shapes[0]
                links.append(shape.pick(found.groups() + shape.padding))
                pos = found.end()
                continue
            read = _first_match(shapes, text, pos, 1)
            if read is None:
                return None
            links.append(read[0])
            pos = read[1]
        return texts, links, pos

    def learn(self, pieces: list[str]) -> None:
        """Learn the shapes of a row found plain from its split ``pieces`` (tags the odd
        ones): its own part, then links only (a row with fields after its links is not
        learned)."""
        tags = pieces[1::2]
        count = len(tags)
        first = tags.index(_LINK) if _LINK in tags else count
        links: list[_Key] = []
        k = first
        while k < count:
            if tags[k] != _LINK:
                return
            end = tags.index("/" + _LINK, k) + 1
            links.append(_key(pieces, k, end)[1:])  # its text before: the part before's
            k = end
        own = _key(pieces, 0, first)
        if self._often(own) and own not in (s.key for s in self._own):
            _keep(self._own, _Shape(own, TASK_FIELDS, _TASK_NAMES, _TASK_PADDING))
        for link in links:
            if self._often(link) and link not in (s.key for s in self._links):
                _keep(self._links, _Shape(("", *link), LINK_FIELDS, _LINK_NAMES, _LINK_PADDING))

    def _often(self, shape: _Key) -> bool:
        """Count one more part of a split row with ``shape``: True once it is worth a
        pattern."""
        seen = self._seen.get(shape, 0) + 1
        if seen > 1 or len(self._seen) < _MAX_SHAPES_SEEN:
            self._seen[shape] = seen
        return seen >= _LEARN_AFTER


def _keep(shapes: list[_Shape], shape: _Shape) -> None:
    shapes.insert(0, shape)
    del shapes[_MAX_PATTERNS:]


def _first_match(
    shapes: list[_Shape], text: str, pos: int, skip: int
) -> tuple[tuple[Any, ...], int] | None:
    """The field texts of the first of ``shapes`` (the first ``skip`` left out: tried
    already) that matches ``text`` at ``pos`` and where its match ends (None: none does);
    the shape that matched moves to the front, so a plan's one common shape is tried first."""
    for i in range(skip, len(shapes)):
        shape = shapes[i]
        found = shape.match(text, pos)
        if found is not None:
            if i:
                shapes.insert(0, shapes.pop(i))
            return shape.pick(found.groups() + shape.padding), found.end()
    return None
