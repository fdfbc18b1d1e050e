"""A task row's hyperlink in MS Project XML: <Hyperlink>, <HyperlinkAddress>,
<HyperlinkSubAddress> (the text to display, the address, the place inside it).

Read by both task row readers (mspdi_fast, mspdi_task_fields), so they give the same
plan. A hyperlink Gantry refuses (an address of a scheme it does not open, a part over
its limit) is left out of the plan, with its message kept for the read's notes.
"""

from __future__ import annotations

from app.domain.errors import InputError
from app.domain.hyperlinks import Hyperlink, hyperlink

TAGS = ("Hyperlink", "HyperlinkAddress", "HyperlinkSubAddress")


def read_hyperlink(
    text: str | None,
    address: str | None,
    sub_address: str | None,
    where: str,
    refused: list[str],
) -> Hyperlink | None:
    """The hyperlink of a row's three texts (None when none is there); one Gantry refuses
    is None, and its message (naming ``where``) goes to ``refused``."""
    if text is None and address is None and sub_address is None:
        return None
    try:
        return hyperlink(text or "", address or "", sub_address or "", where)
    except InputError as exc:
        refused.append(str(exc))
        return None


def hyperlink_elements(link: Hyperlink | None) -> list[tuple[str, str]]:
    """The (tag, text) children a task row is written with for ``link`` (none for None)."""
    if link is None:
        return []
    return [
        (tag, text)
        for tag, text in zip(TAGS, (link.text, link.address, link.sub_address), strict=True)
        if text
    ]
