"""A hint when a fitted printout shrinks its text past reading: Fit to 1 x 1 of a
300-row plan prints about 1 pt text. MS Project shrinks as asked too; ``gantry convert``
says so on stderr (the window's preview shows it), with what gives bigger text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.report.gantt_pages import GanttPageLayout

SMALL_TEXT_SCALE = 0.5  # below half its size (8 pt text at 4 pt), the text is hard to read


def small_text_hint(scale: float, name: str) -> str | None:
    """What to tell of a printout at ``scale`` (None: its text reads well enough)."""
    if scale >= SMALL_TEXT_SCALE:
        return None
    return (
        f"{name}: the text prints at {scale:.0%} of its size, too small to read; print "
        "fewer rows (--outline-level N, --filter) or on more pages (--pages-tall M, "
        "--pages-wide N, a larger --paper)"
    )


def tell_small_text(layout: GanttPageLayout, path: Path, tell: Callable[[str], None]) -> None:
    """Tell ``tell`` the hint for ``layout``'s scale, when fitting to pages shrank it so (a
    scale typed is the user's own choice)."""
    if layout.options.scale is not None:
        return
    hint = small_text_hint(layout.scale, path.name)
    if hint is not None:
        tell(hint)
