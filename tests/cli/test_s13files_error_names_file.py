"""The one error line of a command names the file: ``gantry diff a.xml b.xml`` said
"Task #1 (UID 1): <Duration> 'XT8H' is not a duration" without saying which of the two."""

from __future__ import annotations

from app.cli import main

_NS = "http://schemas.microsoft.com/project"
_GOOD = (
    f'<Project xmlns="{_NS}"><Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name>'
    "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task></Tasks></Project>"
)


def _err(capsys, *args):
    status = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    return err


def test_diff_says_which_file_has_the_bad_element(tmp_path, capsys):
    good, bad = tmp_path / "sent.xml", tmp_path / "returned.xml"
    good.write_text(_GOOD, encoding="utf-8")
    bad.write_text(_GOOD.replace("PT8H0M0S", "XT8H0M0S"), encoding="utf-8")
    err = _err(capsys, "diff", good, bad)
    assert err.startswith("gantry: returned.xml: ")
    assert "<Duration>" in err


def test_a_sheet_cell_error_names_the_file(tmp_path, capsys):
    path = tmp_path / "client.csv"
    path.write_text("Name,Duration\nDig,soon\n", encoding="utf-8")
    err = _err(capsys, "schedule", path)
    assert err.startswith("gantry: client.csv: ")
    assert "B2" in err


def test_a_message_naming_the_file_already_is_left_alone(tmp_path, capsys):
    path = tmp_path / "broken.xml"
    path.write_text("<a>", encoding="utf-8")
    err = _err(capsys, "convert", path, tmp_path / "out.xlsx")
    assert err.count("broken.xml") == 1
    assert not (tmp_path / "out.xlsx").exists()
