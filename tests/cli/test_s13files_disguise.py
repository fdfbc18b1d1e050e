"""A file whose name says one format and whose content is another.

A user who renamed an MS Project XML to ``.mpp`` wants it to open: it is read
as XML and stderr says so in one line. The same for a workbook named
``.gantry``, CSV text named ``.xlsx``, a binary .mpp named ``.xml``. What
Gantry reads in no form (an empty file, a PDF, an SVG) is refused in one
line that says what it really is, exit 1, nothing written.
"""

from __future__ import annotations

import json
import shutil

import pytest

from app.cli import main


def _run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_mspdi_renamed_mpp_is_read_as_xml_and_said(shared_data, tmp_path, capsys):
    source = shared_data / "mspdi" / "sample.xml"
    renamed = tmp_path / "sample.mpp"
    shutil.copyfile(source, renamed)
    status, out, err = _run(capsys, "schedule", renamed, "--json")
    assert status == 0
    # every line a note; the disguise said once (sample.xml's own round-trip notes, hidden
    # bars and settings, are tested in test_s31rt_settings_notes)
    assert all(line.startswith("gantry: note: ") for line in err.splitlines())
    assert err.count("sample.mpp is MS Project XML") == 1
    _, expected, _ = _run(capsys, "schedule", source, "--json")
    assert json.loads(out) == json.loads(expected)


def test_workbook_named_gantry_is_read_as_a_workbook(shared_data, tmp_path, capsys):
    renamed = tmp_path / "plan.gantry"
    shutil.copyfile(shared_data / "xlsx" / "packt-tpm-handbook-project-plan.xlsx", renamed)
    status, out, err = _run(capsys, "info", renamed)
    assert status == 0
    assert "plan.gantry is an Excel workbook (.xlsx)" in err
    assert "Tasks:" in out


def test_csv_text_named_xlsx_is_read_as_csv(tmp_path, capsys):
    renamed = tmp_path / "tasks.xlsx"
    renamed.write_text("Name,Duration,Predecessors\nDig,2d,\nPour,3d,1\n", encoding="utf-8")
    status, out, err = _run(capsys, "schedule", renamed, "--json")
    assert status == 0
    assert "tasks.xlsx is CSV text" in err
    names = [t["name"] for t in json.loads(out)["tasks"]]
    assert names == ["Dig", "Pour"]


def test_binary_mpp_named_xml_is_read_as_mpp(shared_data, tmp_path, capsys):
    pytest.importorskip("mpxj")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    renamed = tmp_path / "SampleProject.xml"
    shutil.copyfile(shared_data / "mpp" / "SampleProject.mpp", renamed)
    status, out, err = _run(capsys, "info", renamed)
    assert status == 0
    assert "binary MS Project file (.mpp)" in err
    assert "Tasks:" in out


def test_ganttproject_named_xml_is_read_as_gan(shared_data, tmp_path, capsys):
    renamed = tmp_path / "house.xml"
    shutil.copyfile(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan", renamed)
    status, out, err = _run(capsys, "schedule", renamed, "--json")
    assert status == 0
    assert "house.xml is a GanttProject file" in err
    assert len(json.loads(out)["tasks"]) > 10


@pytest.mark.parametrize("ext", [".mpp", ".xml", ".gantry", ".xlsx", ".csv", ".gan"])
def test_empty_file_is_named_empty(tmp_path, capsys, ext):
    empty = tmp_path / f"plan{ext}"
    empty.write_bytes(b"")
    status, _, err = _run(capsys, "info", empty)
    assert status == 1
    assert err.count("\n") == 1
    assert "empty file" in err
    assert "internal error" not in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"%PDF-1.7\n1 0 obj\n", "a PDF document"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', "SVG"),
        (b"<a><b><c/></b></a>", "root <a>"),
    ],
)
def test_other_content_named_mpp_says_what_it_is(tmp_path, capsys, content, said):
    path = tmp_path / "plan.mpp"
    path.write_bytes(content)
    out_file = tmp_path / "out.xml"
    status, _, err = _run(capsys, "convert", path, out_file)
    assert status == 1
    assert err.count("\n") == 1
    assert said in err
    assert "not a binary MS Project file" in err
    assert not out_file.exists()


def test_move_does_not_write_a_gantry_file_over_a_disguised_workbook(shared_data, tmp_path, capsys):
    renamed = tmp_path / "plan.gantry"
    shutil.copyfile(shared_data / "xlsx" / "packt-tpm-handbook-project-plan.xlsx", renamed)
    before = renamed.read_bytes()
    status, _, err = _run(capsys, "move", renamed, "--start", "2027-01-04")
    assert status == 1
    assert "-o" in err
    assert renamed.read_bytes() == before


def test_an_mpx_text_export_is_read_through_mpxj(shared_data, tmp_path, capsys):
    pytest.importorskip("mpxj")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    from app.io.mpp import convert_in_child

    mpx = tmp_path / "blank.mpx"  # (Java in a child: never in the tests' Qt process)
    convert_in_child(shared_data / "mpp" / "Blank2010.mpp", mpx, "MPX")
    status, out, err = _run(capsys, "info", mpx)
    assert status == 0
    assert "blank.mpx is an MPX file" in err
    assert "Tasks:          5" in out


def test_diff_weighs_a_disguised_file_by_what_it_is(shared_data, tmp_path, capsys):
    source = shared_data / "mspdi" / "sample.xml"
    as_gan = tmp_path / "sample.gan"
    assert main(["convert", str(source), str(as_gan)]) == 0
    renamed = tmp_path / "sample-copy.xml"  # a GanttProject file named .xml
    shutil.copyfile(as_gan, renamed)
    capsys.readouterr()
    _, plain, _ = _run(capsys, "diff", source, as_gan, "--json")
    status, disguised, err = _run(capsys, "diff", source, renamed, "--json")
    assert status == 0
    assert "GanttProject" in err
    assert json.loads(disguised) == json.loads(plain)  # only what .gan cannot hold
