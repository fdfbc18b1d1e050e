"""``gantry diff plan.gantry client.csv``: a task the client added takes the UID the plan
would give it. A row without a UID was numbered above the CSV's own UIDs, so where the client
also deleted the plan's last task the new row took that task's UID, and the diff showed the
deleted task renamed, shortened and moved instead of one removed and one added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.cli.diff_document import report_between
from app.formats import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def client_csv(tmp_path: Path) -> Path:
    """The plan's CSV with its last task ('Project closed', UID 61) deleted and a row added."""
    path = tmp_path / "plan.csv"
    assert main(["convert", str(DEMO), str(path)]) == 0
    lines = path.read_text("utf-8-sig").splitlines()
    assert lines[-1].startswith("61,61,")
    lines[-1] = ",,,Extra review,2d,,,60,,0%,,,"
    out = tmp_path / "client.csv"
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out


def _changes(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["changes"]


def test_s26wb_a_task_added_takes_the_uid_the_plan_would_give(
    client_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = read_plan(DEMO)
    fresh = plan.next_task_uid()
    tasks = [
        (c["kind"], c["uid"], c["name"])
        for c in _changes(capsys, DEMO, client_csv)
        if c["entity"] == "task"
    ]
    assert tasks == [("added", fresh, "Extra review"), ("removed", 61, "Project closed")]
    back = [
        (c["kind"], c["uid"], c["name"])
        for c in _changes(capsys, client_csv, DEMO)
        if c["entity"] == "task"
    ]
    assert sorted(back) == [("added", 61, "Project closed"), ("removed", fresh, "Extra review")]


def test_s26wb_compare_with_plan_numbers_the_added_task_alike(client_csv: Path) -> None:
    report = report_between(DEMO, client_csv)
    rows = [" | ".join(row) for row in report.rows]
    assert any("Extra review" in row and "added" in row.lower() for row in rows), rows
    assert not any("Project closed" in row and "Extra review" in row for row in rows), rows
