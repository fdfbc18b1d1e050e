"""``gantry report A B C --combined`` had no totals and added euros and dollars without a
word, and its ``--json`` was refused (tester s31xp, finding 6). The first page now ends the
Plans table with a total per currency, says that the currencies are not added together, and
``--json`` prints the plans, the totals per currency and the people over-allocated across
plans as one object (with or without the PDF)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """Two plans in euros (the demo and a copy moved on) and one in US dollars."""
    folder = tmp_path_factory.mktemp("s31pf_combined")
    a, b, us = folder / "north.gantry", folder / "south.gantry", folder / "west.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(b)]) == 0
    plan = formats.read_plan(a)
    plan.project = replace(plan.project, currency="USD", currency_symbol="$")
    formats.write_plan(plan, us)
    return a, b, us


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout


def test_s31pf_json_gives_plans_totals_per_currency_and_people(three, capsys):
    a, b, us = three
    assert main(["report", str(a), str(b), str(us), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["label"] for p in data["plans"]] == ["north", "south", "west"]
    assert data["plans"][0]["file"] == str(a)
    one = data["plans"][0]["cost"]["forecast"]
    assert one > 0
    totals = {t["currency"]: t for t in data["totals"]}
    assert set(totals) == {"EUR", "USD"}  # never one sum across currencies
    assert totals["EUR"]["plans"] == 2
    assert totals["EUR"]["cost"] == pytest.approx(
        data["plans"][0]["cost"]["forecast"] + data["plans"][1]["cost"]["forecast"]
    )
    assert totals["USD"]["cost"] == pytest.approx(data["plans"][2]["cost"]["forecast"])
    assert totals["EUR"]["finish"] == max(p["project"]["finish"] for p in data["plans"][:2])
    assert data["notes"] == [
        "Totals are per currency: EUR and USD are not added together "
        "(Gantry knows no exchange rate)."
    ]
    people = {p["name"]: p for p in data["over_allocated_across_plans"]}
    assert "Priya Nair" in people
    assert set(people["Priya Nair"]["plans"]) <= {"north", "south", "west"}
    assert people["Priya Nair"]["peak_units"] > people["Priya Nair"]["max_units"]


def test_s31pf_two_plans_and_json_read_the_second_as_a_plan(three, capsys):
    a, b, _us = three
    assert main(["report", str(a), str(b), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["currency"] for t in data["totals"]] == ["EUR"]
    assert data["notes"] == []


def test_s31pf_pdf_ends_the_plans_table_with_a_total_per_currency(three, tmp_path, capsys):
    a, b, us = three
    out = tmp_path / "portfolio.pdf"
    assert main(["report", str(a), str(b), str(us), "--combined", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)  # printed with the PDF written
    assert len(data["plans"]) == 3
    text = _pdf_text(out)
    assert "Total EUR (2 plans)" in text
    assert "Total USD (1 plan)" in text
    eur = next(t for t in data["totals"] if t["currency"] == "EUR")
    assert f"{eur['cost']:,.0f} EUR" in text
    flat = " ".join(text.split())
    assert "EUR and USD are not added together" in flat
    assert "south (CRM roll-out for Northwind Logistics)" in flat  # wrapped, not cut


def test_s31pf_a_bad_pdf_name_prints_no_json(three, tmp_path, capsys):
    a, b, _us = three
    assert main(["report", str(a), str(b), "--combined", str(tmp_path / "x.xlsx"), "--json"]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert "name it .pdf" in said.err
