"""Values quoted in messages, cut to a readable length.

A message quotes what it could not read so the user can find it, but a 1 MB number in
a file or a 32,000-character cell quoted whole made a one-line message of the same size
(the window's message box froze for seconds laying it out). Messages quote values with
:func:`quoted`; :func:`capped` is the last guard on a whole message (AppError applies it
to every message, the window's error boxes to any text they show).
"""

from __future__ import annotations

QUOTE_LIMIT = 60  # characters of a value a message quotes
NAME_LIMIT = 40  # characters of a task's name an undo text or a status line quotes
MESSAGE_LIMIT = 1000  # characters of a whole message shown

_ELLIPSIS = "\u2026"


def clipped(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line (line breaks and tabs as spaces), its first ``limit``
    characters and "…" when longer."""
    if len(text) > limit:
        text = text[:limit] + _ELLIPSIS
    if any(c < " " for c in text):
        text = "".join(" " if c < " " else c for c in text)
    return text


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as a message quotes it: in single quotes, cut after ``limit`` characters
    with "…" ('aaaa…')."""
    return f"'{clipped(str(value), limit)}'"


def capped(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """A whole message of at most about ``limit`` characters: a longer one keeps its
    beginning (where it names the file, row or element) and its end (what is wrong), the
    middle cut to "…"."""
    if len(message) <= limit:
        return message
    tail = limit // 4
    return message[: limit - tail] + _ELLIPSIS + message[-tail:]
