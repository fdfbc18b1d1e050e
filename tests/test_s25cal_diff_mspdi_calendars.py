"""gantry diff a.xml b.xml names a changed calendar (s25cal): both MS Project files keep
days off as exceptions, so they are compared as between .gantry files (the diff said
nothing before). Real file: MS Project 2016's calendar of 27 repeating exceptions."""

from __future__ import annotations

from app.cli import main

FILE = "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml"


def test_s25cal_diff_of_two_xml_files_names_a_changed_exception(shared_data, tmp_path, capsys):
    text = (shared_data / FILE).read_text(encoding="utf-8")
    old, new = tmp_path / "a.xml", tmp_path / "b.xml"
    old.write_text(text, encoding="utf-8")
    assert text.count("<Name>Yearly Absolute 1</Name>") == 1
    new.write_text(text.replace("Yearly Absolute 1<", "Company day<"), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "'Standard': Days off" in out
    assert "Company day 2005-01-01 to 2007-02-01 (repeats yearly by date)" in out


def test_s25cal_diff_of_the_same_xml_says_no_calendar_change(shared_data, capsys):
    path = str(shared_data / FILE)
    assert main(["diff", path, path]) == 0
    assert "Days off" not in capsys.readouterr().out
