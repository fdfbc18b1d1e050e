"""gantry report --json's over_allocated key and report A B C --combined OUT.pdf (s26xa 5)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture(scope="module")
def two_clients(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pool_report")
    a, c = folder / "clientA.gantry", folder / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    return a, c


def test_s26pf_report_json_names_the_over_allocated_people(two_clients, capsys):
    a, _c = two_clients
    assert main(["report", str(a), "--json", "--status-date", "2027-01-04"]) == 0
    data = json.loads(capsys.readouterr().out)
    people = {p["name"]: p for p in data["over_allocated"]}
    jonas = people["Jonas Weber"]
    assert jonas["peak_units"] > jonas["max_units"] == 1.0
    assert jonas["weeks"]
    assert all(len(w) == 10 for w in jonas["weeks"])
    assert jonas["tasks"]


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("pdftotext is not installed")
    return done.stdout


def _pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip("pdfinfo is not installed")
    line = next(x for x in done.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def test_s26pf_combined_report_has_a_page_of_plans_then_each_report(two_clients, tmp_path):
    a, c = two_clients
    out = tmp_path / "agency.pdf"
    single = tmp_path / "a.pdf"
    assert main(["report", str(a), str(c), "--combined", str(out)]) == 0
    assert main(["report", str(a), str(single)]) == 0
    first = _pdf_text(out)
    assert "clientA" in first
    assert "clientC" in first
    assert "+25d" in first  # client C finishes 25 days after the baseline it was copied with
    assert "Priya Nair" in first  # over-allocated only with the two plans added up
    assert _pages(out) == 1 + 2 * _pages(single)


def test_s26pf_combined_report_refuses_bad_input_in_one_line(two_clients, tmp_path, capsys):
    a, c = two_clients
    assert main(["report", str(a), str(a), "--combined", str(tmp_path / "x.pdf")]) == 1
    assert "the same plan is given twice" in capsys.readouterr().err
    assert main(["report", str(a), str(c), "--combined", str(tmp_path / "x.xlsx")]) == 1
    assert "name it .pdf" in capsys.readouterr().err
    assert main(["report", str(a), "--combined", str(tmp_path / "x.pdf")]) == 2
    assert main(["report", str(a), str(c), str(tmp_path / "y.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
