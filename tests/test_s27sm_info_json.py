"""``gantry info FILE --json``: what the text lines tell, as one object a script reads, with
the file's kind and the notes its read said; a workbook that does not tell its money gives
``null`` and a note, never 0."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from app import formats
from app.cli import main
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo" / "crm-rollout.gantry"
KEYS = {
    "file",
    "file_kind",
    "left_out",
    "project",
    "status_date",
    "percent_complete",
    "baseline_finish",
    "finish_variance_minutes",
    "counts",
    "baselines",
    "interim_plans",
    "over_allocated",
    "currency",
    "cost",
    "budget",
    "budget_cost",  # s31fx: the budget resources' Budget Cost (keys added)
    "budget_resources",
    "actual_cost",
    "work_minutes",
    "earned_value",
    "notes",
}


def _json(capsys, path: Path, *extra: str) -> dict:
    assert main(["info", str(path), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _text(capsys, path: Path) -> dict[str, str]:
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in lines)}


def test_s27sm_info_json_gives_what_the_text_lines_tell(capsys):
    data = _json(capsys, DEMO)
    assert set(data) == KEYS
    text = _text(capsys, DEMO)
    assert data["file_kind"] == "gantry"
    assert data["left_out"] == []
    assert data["project"] == {
        "name": text["Plan"],
        "manager": text["Manager"],
        "start": "2027-01-04T08:00:00",
        "finish": "2027-06-01T17:00:00",
        "honor_constraints": True,  # no 'Constraint dates' line: honored
    }
    assert "Constraint dates" not in text
    counts = data["counts"]
    assert f"{counts['tasks']} ({counts['summaries']} summaries" in text["Tasks"]
    assert str(counts["links"]) == text["Links"]
    assert str(counts["people"]) == text["People"]
    assert str(counts["risks"]) == text["Risks"]
    assert text["Critical tasks"].startswith(f"{counts['critical_tasks']} (")
    assert data["baselines"] == [text["Baselines"]]
    assert counts["baselines"] == 1
    assert data["over_allocated"] == ["Jonas Weber"]
    assert data["status_date"] is None
    assert data["currency"] == "EUR"
    assert data["cost"] == data["budget"] == 207210.0
    plan = formats.read_plan(DEMO)
    assert data["work_minutes"] == compute_costs(plan, schedule(plan)).total_work_minutes > 0
    assert data["finish_variance_minutes"] == 0
    assert data["earned_value"]["eac"] == 207210.0
    assert data["notes"] == []


def test_s27sm_info_json_follows_a_status_date(tmp_path, capsys):
    path = tmp_path / "plan.gantry"
    shutil.copy(DEMO, path)
    assert main(["status-date", str(path), "2027-02-05"]) == 0
    assert main(["update", str(path), "--through", "2027-02-05"]) == 0
    capsys.readouterr()
    data = _json(capsys, path)
    assert data["status_date"].startswith("2027-02-05T")
    assert 0 < data["percent_complete"] < 100
    assert 0 < data["actual_cost"] < data["cost"]
    assert data["earned_value"]["measured_at"] == data["status_date"]


@pytest.mark.parametrize("option", ["--client", "--no-costs"])
def test_s27sm_a_handoff_without_costs_gives_null_and_says_why(tmp_path, capsys, option):
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(DEMO), str(book), option]) == 0
    capsys.readouterr()
    data = _json(capsys, book)
    assert data["file_kind"] == "handoff-workbook"
    assert "rates and costs" in data["left_out"]
    assert data["cost"] is None
    assert data["budget"] is None
    assert data["actual_cost"] is None
    assert data["earned_value"] is None
    assert any("not in this workbook" in n and "cost" in n for n in data["notes"])
    assert data["counts"]["tasks"] == 61  # the rest as the plan's
    if option == "--client":  # written without the risks too: their count is not 0
        assert data["counts"]["risks"] is None
        assert any(n.startswith("counts.risks: not in this workbook") for n in data["notes"])
        assert _text(capsys, book)["Risks"] == "not in this workbook"
    else:
        assert data["counts"]["risks"] == 6


def test_s27sm_a_whole_workbook_keeps_its_cost(tmp_path, capsys):
    book = tmp_path / "full.xlsx"
    assert main(["convert", str(DEMO), str(book)]) == 0
    capsys.readouterr()
    data = _json(capsys, book)
    assert data["file_kind"] == "gantry-workbook"
    assert data["left_out"] == []
    assert data["cost"] == 207210.0


def _client_sheet(path: Path, *costs: str) -> Path:
    """A client's own schedule sheet, with a Cost column when ``costs`` are given."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Task", "Duration", *(["Cost"] if costs else [])])
    for k, name in enumerate(("Dig", "Pour")):
        sheet.append([name, "2d", *([costs[k]] if costs else [])])
    book.save(path)
    return path


def test_s27sm_a_clients_sheet_without_costs_says_not_in_this_workbook(tmp_path, capsys):
    path = _client_sheet(tmp_path / "schedule.xlsx")
    text = _text(capsys, path)
    assert text["Cost"] == "not in this workbook"
    assert text["Baseline cost"] == "not in this workbook"
    data = _json(capsys, path)
    assert data["file_kind"] == "workbook"
    assert data["cost"] is None
    assert any("holds no rates" in n for n in data["notes"])


def test_s27sm_a_clients_sheet_with_costs_gives_them(tmp_path, capsys):
    path = _client_sheet(tmp_path / "costed.xlsx", "1200", "800")
    data = _json(capsys, path)
    assert data["cost"] == 2000.0
    assert not any("not in this workbook" in n for n in data["notes"])
    assert "not in this workbook" not in _text(capsys, path)["Cost"]


def test_s27sm_info_json_keeps_the_notes_the_read_said(tmp_path, capsys):
    xml = tmp_path / "plan.xml"
    assert main(["convert", str(DEMO), str(xml)]) == 0
    renamed = tmp_path / "plan.mpp"
    xml.rename(renamed)
    capsys.readouterr()
    assert main(["info", str(renamed), "--json"]) == 0
    said = capsys.readouterr()
    data = json.loads(said.out)
    assert data["file_kind"] == "ms-project-xml"  # what it is, not what its name says
    assert any("is MS Project XML" in n for n in data["notes"])
    for line in data["notes"]:  # said on stderr as well, as without --json
        assert line in said.err


def test_s27sm_readme_documents_every_key():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `gantry info FILE"))
    documented = set(re.findall(r"`([a-z_]+)`", row))
    assert documented >= KEYS
