"""The guide's Printing section says Page Setup's margins, header and footer print on every
view, not the Gantt alone, and that the legend and notes are the Gantt's."""

from __future__ import annotations

from app.assets import resource_path


def test_s22p2_the_guide_says_page_setup_prints_on_every_view() -> None:
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    section = text[text.index('<a name="printing">') :]
    printing = section[: section.index("</ul>")]
    assert "The margins, header and footer print on every view" in printing
    assert "the Team, Budget, Risks and Usage printouts too" in printing
    assert "the legend and the notes are the Gantt's" in printing
