"""``gantry schedule plan.xml --json`` as issue 3 times it: the process loads none of the
heavy libraries, and the read without its loop check (app/cli/plan_io.read_and_schedule_xml)
gives what the checked read gave: the same JSON, the same notes once each, a loop still
left out and said."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.io.mspdi_long_texts import NAME_LIMIT

ROOT = Path(__file__).resolve().parents[1]
NS = "http://schemas.microsoft.com/project"
HEAVY = ("numpy", "openpyxl", "reportlab", "PySide6", "shiboken6", "pyqtgraph", "sqlite3")


def _task(uid: int, name: str, *preds: int, level: int = 1) -> str:
    links = "".join(
        f"<PredecessorLink><PredecessorUID>{p}</PredecessorUID><Type>1</Type></PredecessorLink>"
        for p in preds
    )
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name>"
        f"<OutlineLevel>{level}</OutlineLevel><Duration>PT8H0M0S</Duration>{links}</Task>"
    )


def _file(tmp_path: Path, *tasks: str) -> Path:
    path = tmp_path / "client.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-01-05T08:00:00</StartDate><Tasks>" + "".join(tasks) + "</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["schedule", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_schedule_json_loads_no_heavy_library(tmp_path):
    path = _file(tmp_path, _task(1, "Scope"), _task(2, "Build", 1))
    probe = (
        "import io, sys\n"
        "from app.cli import main\n"
        "sys.stdout = io.StringIO()\n"
        f"code = main(['schedule', {str(path)!r}, '--json'])\n"
        "sys.stdout = sys.__stdout__\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"


def test_a_loop_is_still_left_out_and_said_once_with_the_other_notes(tmp_path, capsys):
    long_name = "N" * (NAME_LIMIT + 10)  # a note of its own, said before the loop's
    path = _file(tmp_path, _task(2, long_name, 3), _task(3, "Sponsor", 2), _task(4, "Plan", 3))
    code, out, err = _run(capsys, str(path), "--json")
    assert code == 0
    lines = err.splitlines()
    assert len([x for x in lines if "longer than MS Project keeps" in x]) == 1
    loop = [x for x in lines if "left out: it closed a loop" in x]
    assert len(loop) == 1
    assert "link ID 2 -> ID 1 FS (UID 3 -> 2)" in loop[0]
    tasks = {t["uid"]: t for t in json.loads(out)["tasks"]}
    # Scope starts the plan (its link from Sponsor is out), Sponsor follows it, Plan Sponsor
    assert tasks[2]["start"] == "2026-01-05T08:00:00"
    assert tasks[3]["start"] == "2026-01-06T08:00:00"
    assert tasks[4]["start"] == "2026-01-07T08:00:00"


def test_a_plan_without_loops_says_its_notes_once(tmp_path, capsys):
    long_name = "N" * (NAME_LIMIT + 10)
    path = _file(tmp_path, _task(1, long_name), _task(2, "Build", 1))
    code, out, err = _run(capsys, str(path), "--json")
    assert code == 0
    assert len([x for x in err.splitlines() if "longer than MS Project keeps" in x]) == 1
    names = [t["name"] for t in json.loads(out)["tasks"]]
    assert len(names[0]) == NAME_LIMIT
    assert names[0].endswith("\u2026")
    assert names[1] == "Build"


def test_a_gantry_file_named_xml_is_still_read_as_what_it_is(tmp_path, capsys):
    demo = ROOT / "resources" / "demo" / "crm-rollout.gantry"
    named = tmp_path / "demo.xml"
    named.write_bytes(demo.read_bytes())
    code, out, err = _run(capsys, str(named), "--json")
    assert code == 0, err
    assert "demo.xml is an SQLite database (Gantry's plan format)" in err
    assert json.loads(out)["tasks"]
