"""``gantry level FILE`` with nothing to level leaves FILE alone.

A client's two-column CSV (or an MS Project XML file) that needed no leveling was rewritten
in place in Gantry's own layout (13 columns, a start date it made up), and an XML file lost
what Gantry does not read, though no task moved. MS Project's Level All on such a plan
changes nothing; now so does ``gantry level``. With -o the file asked for is written.
"""

from __future__ import annotations

import shutil
import stat

from app.cli import main


def test_s19x_level_in_place_with_nothing_to_level_leaves_the_file(tmp_path, capsys):
    client = tmp_path / "client.csv"
    client.write_text("Name,Duration\nA,3d\nB,2d\n", encoding="utf-8")
    written = client.read_bytes()
    assert main(["level", str(client)]) == 0
    said = capsys.readouterr().out
    assert "Nothing had to move" in said
    assert "written to" not in said
    assert "client.csv left as it was" in said
    assert client.read_bytes() == written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.csv"]


def test_s19x_level_in_place_leaves_an_ms_project_file_that_needs_nothing(
    tmp_path, capsys, shared_data
):
    source = tmp_path / "sample.xml"
    shutil.copy(shared_data / "mspdi" / "mspdirelations.xml", source)
    source.chmod(source.stat().st_mode | stat.S_IWUSR)  # shared files are 444: a user's copy
    written = source.read_bytes()
    assert main(["level", str(source)]) == 0
    assert "left as it was" in capsys.readouterr().out
    assert source.read_bytes() == written


def test_s19x_level_with_output_writes_it_though_nothing_moved(tmp_path, capsys):
    client = tmp_path / "client.csv"
    client.write_text("Name,Duration\nA,3d\n", encoding="utf-8")
    out = tmp_path / "leveled.csv"
    assert main(["level", str(client), "-o", str(out)]) == 0
    assert f"written to {out}" in capsys.readouterr().out
    assert out.exists()
