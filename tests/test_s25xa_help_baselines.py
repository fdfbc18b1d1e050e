"""The guide tells an auditor what the window and the command line really do with baselines:
View > Tables lists the Delay table the menu has, and `gantry convert` prints baseline bars
with the Tracking Gantt or --baseline-bars (it used to say it never printed them)."""

from __future__ import annotations

from app.assets import resource_path
from app.report.tables import TABLES


def _guide() -> str:
    return resource_path("help", "guide.html").read_text(encoding="utf-8")


def test_s25xa_tables_line_names_every_built_in_table():
    text = _guide()
    line = text[text.index("<b>View &gt; Tables</b>") :]
    line = line[: line.index("</li>")]
    for table in TABLES:
        assert table.name.replace("&", "") in line, table.name


def test_s25xa_convert_prints_baseline_bars_as_its_options_say():
    text = _guide()
    assert "prints the chart without them" not in text
    assert "<tt>--table tracking</tt>" in text
    assert "<tt>--baseline-bars</tt>" in text
