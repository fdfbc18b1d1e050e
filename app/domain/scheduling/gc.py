"""Pause Python's cyclic garbage collector around bulk work that creates no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic collector off (restored afterwards, even on error).

    Building tens of thousands of small objects triggers repeated full
    collections over everything already alive; reference counting still
    frees what the block discards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
