"""A task's hyperlink (MS Project's Insert > Hyperlink): text to display, address, sub-address.

MS Project keeps one hyperlink per task. The address is what a click opens: a web page
(http, https), an e-mail (mailto), a file (file: or a path, relative to the plan or a
drive path); the sub-address names a place inside it (a bookmark, a sheet's cell). An
address of any other scheme (``javascript:``, ``data:``, ``vbscript:``...) is refused: a
click on a link a plan received from someone else must not run code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.custom_fields import control_character, one_line
from app.domain.errors import InputError
from app.domain.plural_words import counted
from app.domain.quoting import quoted

# MS Project's limits: text to display 255 characters as any text field; an address as
# long as a browser takes (2,048 is Internet Explorer's and Office's URL length limit).
TEXT_LIMIT = 255
ADDRESS_LIMIT = 2048
SUB_ADDRESS_LIMIT = 255

SCHEMES = ("http", "https", "mailto", "file")

# "name:" at the start of an address: its scheme (RFC 3986: a letter, then letters,
# digits, + - .). One letter before ":\" or ":/" is a Windows drive ("C:\plans").
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True, slots=True)
class Hyperlink:
    """One task's hyperlink; build it with :func:`hyperlink` to have it checked."""

    text: str = ""
    address: str = ""
    sub_address: str = ""

    @property
    def shown(self) -> str:
        """What the link reads as: its text, else its address (and sub-address)."""
        return self.text or self.target

    @property
    def target(self) -> str:
        """The address with its sub-address (``address#sub``), as a tooltip shows it."""
        if self.sub_address:
            return f"{self.address}#{self.sub_address}" if self.address else self.sub_address
        return self.address

    def __str__(self) -> str:
        """``Text <address#sub>`` (how ``gantry diff`` shows a hyperlink)."""
        if self.text and self.text != self.target:
            return f"{self.text} <{self.target}>"
        return self.target


def scheme_of(address: str) -> str | None:
    """The scheme an address names ("http"), lower case; None for a path (relative, a
    drive's or a share's)."""
    if _DRIVE.match(address):
        return None
    found = _SCHEME.match(address)
    return found.group(1).lower() if found else None


def address_problem(address: str) -> str | None:
    """Why ``address`` cannot be a hyperlink's address (one phrase), None when it can."""
    scheme = scheme_of(address)
    if scheme is not None and scheme not in SCHEMES:
        return (
            f"the address {quoted(address)} is a {scheme}: link, which Gantry does not "
            "open; use an http, https, mailto or file address or a path"
        )
    return None


def hyperlink(
    text: str, address: str, sub_address: str = "", shown: str = "Hyperlink"
) -> Hyperlink | None:
    """The checked hyperlink of typed (or read) parts; None when all three are empty.

    Texts become one line without outer spaces. InputError, naming ``shown``, for a
    control character, a part over its limit, text with no address or sub-address, or an
    address of a scheme Gantry does not open (:func:`address_problem`).
    """
    parts = (
        _checked(text, shown, "the text to display", TEXT_LIMIT),
        _checked(address, shown, "the address", ADDRESS_LIMIT),
        _checked(sub_address, shown, "the sub-address", SUB_ADDRESS_LIMIT),
    )
    text, address, sub_address = parts
    if not any(parts):
        return None
    if not address and not sub_address:
        raise InputError(f"{shown}: give an address (a web page, an e-mail or a file)")
    problem = address_problem(address)
    if problem is not None:
        raise InputError(f"{shown}: {problem}")
    return Hyperlink(text, address, sub_address)


def _checked(text: str, shown: str, what: str, limit: int) -> str:
    text = one_line(text)
    bad = control_character(text) or _half_pair(text)
    if bad is not None:
        raise InputError(f"{shown}: {what} holds the character {bad}, which a plan cannot keep")
    if len(text) > limit:
        raise InputError(f"{shown}: {what} is {len(text):,} characters long (at most {limit:,})")
    return text


def _half_pair(text: str) -> str | None:
    """The first lone surrogate (half a UTF-16 pair, no character) ``text`` holds, as
    "U+D800", else None: no file encoding holds one."""
    for c in text:
        if "\ud800" <= c <= "\udfff":
            return f"U+{ord(c):04X}"
    return None


def opened_address(link: Hyperlink) -> str:
    """The address a click opens, as a URL: a path as given (the caller resolves it
    against the plan's folder), ``www.`` names as http pages, with ``#sub-address``."""
    address = link.address
    if scheme_of(address) is None and address.lower().startswith("www."):
        address = "http://" + address
    return f"{address}#{link.sub_address}" if link.sub_address and address else address


def hyperlinks_not_kept(plan_tasks: Iterable[object], fmt: str) -> str:
    """The line saying a save as ``fmt`` (a format without task hyperlinks: .csv, .gan)
    leaves the tasks' hyperlinks out; "" when no task has one."""
    links = [t for t in plan_tasks if getattr(t, "hyperlink", None) is not None]
    if not links:
        return ""
    first = getattr(links[0], "name", "")
    n = len(links)
    return (
        f"{fmt} keeps no hyperlinks: {counted(n, 'task hyperlink')} not saved "
        f"(the first on {quoted(first)})"
    )
