"""A file's error said as a sentence in the window: ``notes.txt is a text file, …``.

The readers word their errors for the command line, ``<file>: <what is wrong>`` (the
CLI's one-line contract, which scripts match). In a message box the colon before "is"
read as a stray one ("notes.txt: is a text file…").
"""

from __future__ import annotations

import re

# "<name>: is …" / "<name>: are …" at the start, the name holding no ": " of its own
_SUBJECT_IS = re.compile(r"^((?:(?!: ).)+): (is|are) ")


def plainly(message: str) -> str:
    """The message with ``name: is`` written ``name is``; any other message as it is."""
    return _SUBJECT_IS.sub(r"\1 \2 ", message, count=1)
