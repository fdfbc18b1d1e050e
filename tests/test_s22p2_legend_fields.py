"""Page fields typed in the legend's text (&[Page], &[Pages]) print on each page the legend
prints on, as in the header and footer: they printed as nothing on the every-page legend."""

from __future__ import annotations

import shutil

import pytest

from tests.test_s22pg_print import _convert, _pages, _plan

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils missing",
)
TEXT = "Key, sheet &[Page] of &[Pages]"


def test_s22p2_page_fields_print_in_the_legend_on_every_page(tmp_path) -> None:
    pdf = _convert(tmp_path, _plan(tasks=150), "--pages-tall", "2", "--legend-text", TEXT)
    pages = _pages(pdf)
    assert len(pages) == 2
    for number, page in enumerate(pages, 1):
        assert "Legend:" in page
        assert f"Key, sheet {number} of 2" in page


def test_s22p2_page_fields_print_in_the_legend_on_its_own_page(tmp_path) -> None:
    pdf = _convert(tmp_path, _plan(), "--legend", "last", "--legend-text", TEXT)
    pages = _pages(pdf)
    assert len(pages) == 2
    assert "Key, sheet" not in pages[0]
    assert "Key, sheet 2 of 2" in pages[1]
