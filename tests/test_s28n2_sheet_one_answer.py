"""A --no-roundtrip workbook gives one answer in every place a PM reads the changes.

sample.xml's Second Task (100d, one person on a night shift) finishes 2003-03-18 08:00 in
the file; its untouched workbook reads back 2003-03-17 17:00, the same working moment on
the project calendar, and with a Duration of 50d that follows the Finish the sheet shows.
``gantry diff``'s text said the project's Finish moved a calendar day, and Compare with
Plan listed the Duration 100d -> 50d the text leaves out with one note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def _sheet(shared_data: Path, tmp_path: Path) -> tuple[Path, Path]:
    source = shared_data / "mspdi" / "sample.xml"
    sheet = tmp_path / "sample.xlsx"
    assert main(["convert", str(source), str(sheet), "--no-roundtrip"]) == 0
    return source, sheet


def test_the_same_working_moment_is_no_move_of_the_finish(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, sheet = _sheet(shared_data, tmp_path)
    capsys.readouterr()
    assert main(["diff", str(source), str(sheet)]) == 0
    # was: project: Finish 2003-03-18 08:00 -> 2003-03-17 17:00 (-1 calendar day)
    # (s29d3: the night-shift person's 500h read back as 100d at 100%: the sheet keeps no
    # person's work, and the figures line says what that costs: nothing else is listed)
    out = capsys.readouterr().out.strip()
    assert out.startswith("figures: Cost £3,526.25 -> £7,026.25")
    assert len(out.splitlines()) == 1
    report = tmp_path / "r.csv"
    assert main(["diff", str(source), str(sheet), "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8-sig")
    assert "2003-03-17 17:00" not in text  # no Finish moved row
    assert text.rstrip().endswith("no changes")


def test_compare_with_plan_leaves_out_the_duration_the_sheet_shows(
    shared_data: Path, tmp_path: Path
) -> None:
    from app.cli.diff_document import report_between

    source, sheet = _sheet(shared_data, tmp_path)
    report = report_between(source, sheet)
    # was: changed ID 2 'Second Task': Duration 100d -> 50d, with its Work and Cost
    assert not any("Second Task" in " ".join(row) for row in report.rows)
    notes = [fact[1] for fact in report.facts if fact[0] == "Not compared"]
    said = [n for n in notes if "keeps the Start and Finish the Plan sheet shows" in n]
    assert len(said) == 1
    assert "(first: 'Second Task')" in said[0]
