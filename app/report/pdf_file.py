"""One PDF file written by Gantry: the writer every printout opens (the Gantt, the status
report, the Budget and Usage printouts), its title, creator and resolution, and the one
line that says a file could not be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPdfWriter

from app.domain.errors import AppError


def paint_pdf(
    path: Path, title: str, layout: QPageLayout, paint: Callable[[QPdfWriter], int]
) -> int:
    """Open a 300 dpi PDF at ``path`` titled ``title`` on ``layout``'s pages, let ``paint``
    draw its pages on it and return their count. The file is flushed even when ``paint``
    raises; none written at all is refused in one line."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Gantry")
    writer.setResolution(300)
    writer.setPageLayout(layout)
    try:
        pages = paint(writer)
    finally:
        del writer  # flushes the file
    if not path.exists():
        raise AppError(f"{path}: could not write the PDF")
    return pages
