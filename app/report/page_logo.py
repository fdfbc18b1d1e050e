"""Page Setup's header picture (MS Project's Header tab "Insert Picture..."): a PNG or JPEG
kept with the plan by its path (app/domain/page_setup.py), printed at the header's left,
centre or right, scaled to the header's height.

The plan keeps the path, not the picture: a file moved or unreadable since prints the page
without it, and ``gantry convert`` says so once (:func:`logo_problem`).
"""

from __future__ import annotations

import os
from functools import lru_cache

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPainter

from app.domain.page_setup import PageSetup
from app.domain.quoting import quoted

LOGO_GAP = 6.0  # between the picture and the header's text beside it
LOGO_MOST = 1 / 3  # of the header's width, the picture takes at most this


@lru_cache(maxsize=8)
def _read(path: str, stamp: float) -> QImage | None:
    """The picture at ``path`` as it was at ``stamp`` (read once for every page)."""
    image = QImage(path)
    return None if image.isNull() else image


def logo_image(path: str) -> QImage | None:
    """The picture at ``path``; None when none is given or it is missing or unreadable."""
    if not path:
        return None
    try:
        stamp = os.stat(path).st_mtime
    except OSError:
        return None
    return _read(path, stamp)


def logo_problem(path: str) -> str | None:
    """Why the header picture at ``path`` does not print, in words (None: it prints)."""
    if not path or logo_image(path) is not None:
        return None
    name = quoted(os.path.basename(path))  # the folder's path would push the name out
    if not os.path.isfile(path):
        return f"the header picture {name} is not there: the pages print without it"
    return f"the header picture {name} cannot be read as a PNG or JPEG: the pages print without it"


def logo_size(image: QImage, width: float, height: float) -> QSizeF:
    """The picture's printed size: ``height`` tall, its width as its shape makes it, at most
    :data:`LOGO_MOST` of the header's ``width`` (smaller then, keeping its shape)."""
    aspect = image.width() / max(image.height(), 1)
    wide = min(height * aspect, width * LOGO_MOST)
    return QSizeF(wide, wide / aspect if aspect else height)


def paint_logo(
    p: QPainter, setup: PageSetup, width: float, height: float, shift: float = 0.0
) -> float:
    """Paint the header picture at its part of a header ``width`` wide and ``height`` tall
    (``shift``: a centred one that much further left, to stand beside the centre text);
    the room it takes from the header's texts on its side (0: none printed)."""
    image = logo_image(setup.logo)
    if image is None:
        return 0.0
    size = logo_size(image, width, height)
    lefts = (0.0, (width - size.width()) / 2 - shift, width - size.width())
    top = (height - size.height()) / 2
    p.drawImage(QRectF(lefts[setup.logo_part], top, size.width(), size.height()), image)
    return size.width() + LOGO_GAP


def picture_width(setup: PageSetup, width: float, height: float) -> float:
    """The room the header picture takes with its gap (0: none printed), as painted."""
    image = logo_image(setup.logo)
    return 0.0 if image is None else logo_size(image, width, height).width() + LOGO_GAP
