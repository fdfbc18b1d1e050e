"""``gantry convert``'s progress while it writes a long PDF: a 10,000-task plan takes half
a minute and said nothing. A line on stderr says the page it is at, rewritten in place,
when stderr is a terminal, or, written to a log, once a page after a few seconds and
every :data:`LOG_EVERY` pages (the window shows its own progress bar)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

SLOW_SECONDS = 3.0  # a PDF written faster than this says nothing
LOG_EVERY = 100  # pages between the lines a log gets


class PdfProgress:
    """The ``progress(done, total)`` the PDF writer calls after each page; never cancels."""

    def __init__(self, name: str, stream: TextIO | None = None) -> None:
        self.name = name
        self.stream = stream if stream is not None else sys.stderr
        self.began = time.monotonic()
        self.shown = False  # a line was written (a terminal's is ended when done)
        isatty = getattr(self.stream, "isatty", None)
        self.terminal = bool(isatty()) if callable(isatty) else False

    def __call__(self, done: int, total: int) -> bool:
        slow = time.monotonic() - self.began >= SLOW_SECONDS
        if not slow:
            return True
        text = f"gantry: writing {self.name}: page {done:,} of {total:,}"
        if self.terminal:
            self.stream.write(f"\r{text}")
            if done >= total:
                self.stream.write("\n")
        elif not self.shown or done % LOG_EVERY == 0 or done >= total:
            self.stream.write(text + "\n")
        self.stream.flush()
        self.shown = True
        return True
