"""How a .gan reader's messages name what they refuse: an element by the attributes that tell
it from its siblings, and what an unsafe file declares (never the text it points at)."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

# The attributes that tell one element from its siblings, by tag (else its id).
_KEYS = {"allocation": ("task-id", "resource-id"), "vacation": ("resourceid", "start")}


def describe(el: Element) -> str:
    """An element as a message names it: ``<task id="3">``,
    ``<allocation task-id="9" resource-id="1">``."""
    keys = [k for k in _KEYS.get(el.tag, ("id",)) if el.get(k) is not None]
    return "<" + " ".join([el.tag, *(f'{k}="{el.get(k)}"' for k in keys)]) + ">"


def unsafe_text(exc: DefusedXmlException) -> str:
    """What a refused file declares, and where: never the text it points at."""
    if isinstance(exc, EntitiesForbidden):
        what = f"<!ENTITY {exc.name}>"
    elif isinstance(exc, DTDForbidden):
        what = f"<!DOCTYPE {exc.name}>"
    elif isinstance(exc, ExternalReferenceForbidden):
        what = "an external reference"
    else:
        what = "an XML feature"
    line = getattr(exc, "line", 0)
    where = f" (line {line})" if line else ""
    return (
        f"{what}{where} is refused for safety: it could read other files or grow without "
        "end, and GanttProject never writes one"
    )
