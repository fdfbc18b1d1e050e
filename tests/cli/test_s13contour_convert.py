"""``gantry convert`` keeps work contours: MS Project XML -> .gantry -> MS Project XML."""

from __future__ import annotations

import defusedxml.ElementTree as SafeET

from app.cli import main

_Q = "{http://schemas.microsoft.com/project}"


def _contours(path) -> dict[int, int]:
    root = SafeET.parse(path).getroot()
    out: dict[int, int] = {}
    for a in root.iter(_Q + "Assignment"):
        code = a.findtext(_Q + "WorkContour")
        if code and code != "0":
            out[int(a.findtext(_Q + "UID"))] = int(code)
    return out


def test_convert_to_gantry_and_back_keeps_every_contour(tmp_path, shared_data, capsys):
    source = shared_data / "mspdi" / "mspditimephasedsegments.xml"
    saved = _contours(source)
    assert set(saved.values()) == set(range(1, 9))  # every shape and a hand-made one
    plan_file = tmp_path / "segments.gantry"
    back = tmp_path / "back.xml"
    assert main(["convert", str(source), str(plan_file)]) == 0
    assert main(["convert", str(plan_file), str(back)]) == 0
    assert _contours(back) == saved
    capsys.readouterr()


def test_usage_csv_of_a_contoured_plan_follows_the_bell(tmp_path, shared_data, capsys):
    source = shared_data / "mspdi" / "mspditimephasedsegments.xml"
    out = tmp_path / "usage.csv"
    assert main(["usage", str(source), "--by", "week", "--tasks", "--csv", str(out)]) == 0
    rows = [line.split(",") for line in out.read_text(encoding="utf-8-sig").splitlines()]
    bell = next(r for r in rows if r[0] == "Task Fourteen" and r[1])  # its assignment row
    weeks = [float(v) for v in bell[5:] if v]
    # Bell, 80 h at 100 %: 10/20/40/80/100 % then back down, by two-day parts
    assert weeks == [8.0, 32.0, 32.0, 8.0]
    capsys.readouterr()
