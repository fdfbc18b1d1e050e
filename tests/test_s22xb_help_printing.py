"""The guide's Printing section says what Page Setup's header and footer hold, where baseline
bars print, and that the status report's forecast leaves late work before the status date
until Update Project reschedules it (a PM reading 'Finish variance 0d' beside late tasks)."""

from __future__ import annotations

from app.assets import resource_path


def _printing() -> str:
    text = resource_path("help", "guide.html").read_text(encoding="utf-8")
    section = text[text.index('<a name="printing">') :]
    return section[: section.index("</ul>")]


def test_s22xb_page_setup_says_what_the_header_and_footer_hold():
    printing = _printing()
    # typed since s22pg (the Header and Footer tabs, kept with the plan)
    assert "a left, a centre and a right text each, typed with fields" in printing
    assert "the margins in millimetres" in printing
    assert "gantry convert</tt> prints them with <tt>--table tracking</tt>" in printing


def test_s22xb_status_report_says_how_to_forecast_with_the_delays():
    printing = _printing()
    assert "Reschedule uncompleted work to start after" in printing
    assert "gantry update FILE --through DATE --reschedule" in printing
    assert "gantry report --landscape" in printing
