"""The guide's Printing section says what Page Setup's Margins, Header, Footer and Legend
tabs hold, that the plan keeps them, and the convert options that stand in for them."""

from __future__ import annotations

from app.assets import resource_path


def test_s22pg_the_guide_says_what_page_setup_keeps() -> None:
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    section = text[text.index('<a name="printing">') :]
    printing = section[: section.index("</ul>")]
    assert "the margins are fixed" not in printing
    assert "Its Margins, Header, Footer and Legend tabs are kept with the plan" in printing
    assert "&amp;[Page], &amp;[Pages]" in printing
    assert "on the last page (a page of its own at the end) or none" in printing
    assert "<i>Print notes</i>" in printing
    for option in ("--margins", "--header", "--footer", "--legend", "--legend-text", "--notes"):
        assert f"<tt>{option}" in printing
