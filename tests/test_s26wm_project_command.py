"""gantry project FILE [--name] [--company] [--manager] [--author]: renaming a plan copied
as a template, so the next client's report is not headed with the last one's (s26xa finding 9)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.store.document import GantryFile

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "clientC.gantry"
    shutil.copy(DEMO, path)
    return path


def _info(path: Path, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["project", str(path)]) == 0
    return capsys.readouterr().out.splitlines()


def test_s26wm_no_option_prints_the_four_fields(plan, capsys):
    assert _info(plan, capsys) == [
        "Name:    CRM roll-out for Northwind Logistics",
        "Company: Northwind Logistics",
        "Manager: Maria Lopez",
        "Author:  Maria Lopez",
    ]


def test_s26wm_options_set_the_fields_and_the_report_follows(plan, capsys):
    code = main(
        ["project", str(plan), "--name", "Portal for Client C", "--company", "Client C GmbH",
         "--manager", "Sam Lee", "--author", ""]
    )  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out
    assert "name 'Portal for Client C' (was 'CRM roll-out for Northwind Logistics')" in said
    assert "author none (was 'Maria Lopez')" in said
    assert _info(plan, capsys) == [
        "Name:    Portal for Client C",
        "Company: Client C GmbH",
        "Manager: Sam Lee",
        "Author:",
    ]
    assert main(["report", str(plan), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["project"]["name"] == "Portal for Client C"


def test_s26wm_output_leaves_the_template_alone(plan, tmp_path, capsys):
    new = tmp_path / "clientD.gantry"
    before = plan.read_bytes()
    assert main(["project", str(plan), "--name", "Client D", "-o", str(new)]) == 0
    assert plan.read_bytes() == before
    assert _info(new, capsys)[0] == "Name:    Client D"


def test_s26wm_same_values_leave_the_file_as_it_was(plan, capsys):
    before = plan.read_bytes()
    assert main(["project", str(plan), "--company", "Northwind Logistics"]) == 0
    assert "left as it was" in capsys.readouterr().out
    assert plan.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--name", "  "], "--name: the project needs a name"),
        (["--company", "a\x07b"], "--company: the company holds the control character U+0007"),
        (["--manager", "x" * 300], "--manager: the manager is 300 characters long"),
    ],
)
def test_s26wm_bad_text_is_one_line_and_changes_nothing(plan, capsys, args, words):
    before = plan.read_bytes()
    assert main(["project", str(plan), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"gantry: {words}")
    assert err.count("\n") == 1
    assert plan.read_bytes() == before


def test_s26wm_a_file_that_is_not_a_plan_is_refused(tmp_path, capsys):
    fake = tmp_path / "notes.gantry"
    fake.write_text("minutes of the kick-off\n")
    assert main(["project", str(fake), "--name", "X"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("gantry: notes.gantry: ")
    assert err.count("\n") == 1
    assert fake.read_text() == "minutes of the kick-off\n"


def test_s26wm_a_plan_open_in_a_window_is_not_written(plan, capsys):
    before = plan.read_bytes()
    held = GantryFile.open(plan)  # as a window holds it
    try:
        assert main(["project", str(plan), "--name", "Client C"]) == 1
    finally:
        held.close()
    err = capsys.readouterr().err
    assert "already open in another Gantry window" in err
    assert err.count("\n") == 1
    assert plan.read_bytes() == before


def test_s26wm_output_without_a_field_is_bad_usage(plan, tmp_path, capsys):
    assert main(["project", str(plan), "-o", str(tmp_path / "b.gantry")]) == 2
    assert "-o: give --name" in capsys.readouterr().err
    assert not (tmp_path / "b.gantry").exists()
