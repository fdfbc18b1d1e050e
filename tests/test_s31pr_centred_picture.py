"""A header picture at the centre was drawn over the centre text (a typed header's, or
Gantry's own status date): the picture and that text now stand side by side, centred
together, the side texts outside them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.page_setup import PageSetup
from app.report.page_frame import PageInfo, header_layout
from app.report.page_texts import page_header
from app.report.render import ensure_gui_app

WIDTH, HEIGHT = 600, 40


def _logo(tmp_path: Path) -> str:
    ensure_gui_app()
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#00ff00"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return str(path)


def _header(setup: PageSetup, status: datetime | None) -> QImage:
    """The header painted on a white strip, one point a pixel."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    info = PageInfo("Rollout", status, date(2027, 1, 5), 1, 1, 1, 1)
    p = QPainter(image)
    try:
        page_header(p, setup, info, {"Project": "Rollout"}, WIDTH)
    finally:
        p.end()
    return image


def _green_columns(image: QImage) -> range:
    middle = 14  # the picture's middle row
    xs = [x for x in range(WIDTH) if image.pixelColor(x, middle) == QColor("#00ff00")]
    assert xs, "the picture is printed"
    return range(xs[0], xs[-1] + 1)


def _dark(image: QImage, xs: range) -> int:
    return sum(
        1 for x in xs for y in range(HEIGHT - 10) if image.pixelColor(x, y).lightness() < 110
    )


def test_a_typed_centre_text_stands_beside_the_centred_picture(tmp_path):
    setup = PageSetup(logo=_logo(tmp_path), logo_part=1, header=("Left", "Centre text", "Right"))
    image = _header(setup, None)
    green = _green_columns(image)
    assert _dark(image, green) == 0  # no text drawn over the picture
    assert _dark(image, range(green.stop, green.stop + 80)) > 0  # the centre text after it
    text_end = max(x for x in range(WIDTH // 2, WIDTH - 60) if _dark(image, range(x, x + 1)))
    # picture and text centred together (within a few points)
    assert abs((green.start + text_end) / 2 - WIDTH / 2) < 6


def test_gantrys_status_date_stands_beside_the_centred_picture(tmp_path):
    setup = PageSetup(logo=_logo(tmp_path), logo_part=1)
    image = _header(setup, datetime(2027, 1, 5, 17))
    green = _green_columns(image)
    assert _dark(image, green) == 0
    info = PageInfo("Rollout", datetime(2027, 1, 5, 17), date(2027, 1, 5), 1, 1, 1, 1)
    head = header_layout(info, WIDTH, 50.0)
    assert head.name_rect.right() <= head.picture_left
    assert head.status_rect is not None
    assert head.picture_left + 50.0 <= head.status_rect.left()
    plain = header_layout(info, WIDTH)  # no picture: laid out as before
    assert plain.status_rect is not None
    assert plain.status_rect.center().x() == WIDTH / 2


def test_a_centred_picture_without_a_centre_text_stays_centred(tmp_path):
    setup = PageSetup(logo=_logo(tmp_path), logo_part=1, header=("Left", "", "Right"))
    green = _green_columns(_header(setup, None))
    assert abs((green.start + green.stop) / 2 - WIDTH / 2) < 2
