"""Reading a field's command-line name: the one normalising rule the sort and group fields share.

``--sort "Total Slack"``, ``--group resource_names`` and ``--sort total-slack`` all
name the same field: case, spaces and underscores do not count, and a few short
aliases ("slack", "resource") stand for the full name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

from app.domain.errors import InputError

E = TypeVar("E", bound=Enum)


def field_from_name(
    cls: type[E], aliases: Mapping[str, str], name: str, unknown: Callable[[], str]
) -> E:
    """The member of ``cls`` whose value ``name`` stands for, once lower-cased with spaces
    and underscores as dashes and looked up in ``aliases``; InputError(``unknown()``) if none."""
    text = name.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return cls(aliases.get(text, text))
    except ValueError:
        raise InputError(unknown()) from None
