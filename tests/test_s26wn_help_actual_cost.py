"""The help guide explains the Usage view's Actual Cost detail row (a PM reconciling what
was spent per month looks it up there)."""

from __future__ import annotations

import re

from app.assets import resource_path
from app.domain.usage_detail_rows import Detail


def _paragraphs() -> list[str]:
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    return re.findall(r"<li>(.*?)</li>", text, flags=re.S)


def test_s26wn_the_guide_has_a_paragraph_on_the_usage_actual_cost_detail():
    found = [p for p in _paragraphs() if "Details &gt; Actual Cost" in p]
    assert len(found) == 1
    paragraph = found[0]
    assert "Usage" in paragraph
    word = re.search(r"--details ([\w,-]+)", paragraph)
    assert word is not None
    assert Detail.ACTUAL_COST in Detail.parse(word.group(1))  # the CLI takes the word shown
