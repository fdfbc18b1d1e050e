"""Task uids as the internal ids of Qt model indexes, negative ones included.

Qt keeps an index's internal id as an unsigned pointer-sized number. PySide6
takes a negative Python int there for a pointer to a Python object instead,
which Qt then keeps without a reference: a plan whose file gave a task a
negative UID crashed the window. Every model that keys its indexes by task
uid goes through these two functions.
"""

from __future__ import annotations

_SPAN = 1 << 64


def index_id(uid: int) -> int:
    """The internal id that stands for ``uid`` (its two's complement when negative)."""
    return uid % _SPAN


def uid_of(internal_id: int) -> int:
    """The uid an internal id made by :func:`index_id` stands for."""
    return internal_id - _SPAN if internal_id >= _SPAN >> 1 else internal_id
