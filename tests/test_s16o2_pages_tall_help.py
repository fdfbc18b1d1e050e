"""``gantry convert --help`` says what --pages-tall does: at most M pages down.

The layout fits the rows to N pages wide and uses fewer pages down than asked when
they fit (a 7-task plan given --pages-tall 3 prints on one), so "fit to M pages
tall" promised pages that never came.
"""

from __future__ import annotations

import re

from app.cli import main


def test_the_help_says_at_most(capsys):
    assert main(["convert", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    found = re.search(r"--pages-tall M (PDF: .*?) --", text)
    assert found is not None
    assert found.group(1).startswith("PDF: at most M pages down")
    assert "fit to M pages tall" not in text
