"""MS Project XML: task hyperlinks read and written, the notes on what a read still leaves
out (resource codes, resource and assignment baselines, actuals by day, assignment
hyperlinks), and <LevelingCanSplit> of a row only the checked reader parses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.hyperlinks import Hyperlink
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

NS = "http://schemas.microsoft.com/project"
LINK = Hyperlink("Spec", "https://example.com/spec", "part-2")


def _xml(tmp_path: Path, tasks: str, after: str = "") -> Path:
    path = tmp_path / "plan.xml"
    path.write_text(
        f'<?xml version="1.0"?><Project xmlns="{NS}"><Name>P</Name>'
        "<StartDate>2026-01-05T08:00:00</StartDate>"
        f"<Tasks>{tasks}</Tasks>{after}</Project>",
        encoding="utf-8",
    )
    return path


def _task(uid: str, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{extra}</Task>"
    )


def _read(path: Path) -> tuple[Plan, list[str]]:
    notes: list[str] = []
    return read_mspdi(path, warn=notes.append), notes


def test_a_task_hyperlink_is_written_and_read_back(tmp_path):
    plan = Plan(project=Project(name="Links", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design", hyperlink=LINK))
    plan.append_task(Task(2, "Build", manual=True, start=datetime(2026, 1, 6, 8, 0)))
    plan.append_task(Task(3, "Mail", hyperlink=Hyperlink("", "mailto:pm@example.com")))
    path = tmp_path / "links.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<HyperlinkAddress>https://example.com/spec</HyperlinkAddress>" in text
    # the schema's order: after the leveling delay, before IgnoreResourceCalendar
    assert text.index("<LevelingDelayFormat>") < text.index("<Hyperlink>")
    assert text.index("<HyperlinkSubAddress>") < text.index("<IgnoreResourceCalendar>")
    back, notes = _read(path)
    assert [t.hyperlink for t in back.tasks] == [LINK, None, Hyperlink("", "mailto:pm@example.com")]
    assert notes == []


@pytest.mark.parametrize("extra", ["", "<Manual>1</Manual>"])  # fast path, checked reader
def test_both_row_readers_read_the_hyperlink(tmp_path, extra):
    row = _task(
        "1",
        extra + "<Hyperlink>Spec</Hyperlink><HyperlinkAddress> https://example.com/spec "
        "</HyperlinkAddress><HyperlinkSubAddress>part-2</HyperlinkSubAddress>",
    )
    plan, notes = _read(_xml(tmp_path, row))
    assert plan.task(1).hyperlink == LINK
    assert notes == []


@pytest.mark.parametrize("extra", ["", "<Manual>1</Manual>"])
def test_a_script_address_is_left_out_with_a_note(tmp_path, extra):
    row = _task("1", extra + "<HyperlinkAddress>javascript:alert(1)</HyperlinkAddress>")
    plan, notes = _read(_xml(tmp_path, row + _task("2")))
    assert plan.task(1).hyperlink is None
    assert len(notes) == 1
    assert "1 task hyperlink is left out" in notes[0]
    assert "Task #1 (UID 1)" in notes[0]
    assert "javascript: link" in notes[0]


def test_an_assignment_hyperlink_is_noted(shared_data, capsys):
    assert main(["info", str(shared_data / "mspdi" / "mspdiassignmentfields.xml")]) == 0
    err = capsys.readouterr().err
    assert "1 assignment hyperlink is left out (first: 'http://news.bbc.co.uk'" in err
    assert "assignment baseline" not in err  # read since s29mo (Baseline Start/Finish)


def test_software_development_reads_its_assignment_baselines(shared_data):
    _, notes = _read(shared_data / "mpp" / "Software-Development.xml")
    # its 77 assignment baselines are read since s29mo (test_s29mo_assignment_baseline_xml)
    assert not [n for n in notes if "assignment baseline" in n]
    assert any("8 resource baselines are left out" in n for n in notes)


def test_resource_codes_and_actuals_by_day_are_noted(shared_data):
    _, notes = _read(shared_data / "mspdi" / "mspdiresource.xml")
    assert any("3 resource codes are left out (first: '10' on Resource #2" in n for n in notes)
    # 4 tasks' % complete by day (TimephasedData type 11); its type 2 rows (actual work) are read
    assert any(
        "4 timephased task % complete values are left out (first: Task #3 (UID 4)): "
        "Gantry keeps each task's % complete as one figure" in n
        for n in notes
    )
    assert not any("actual work" in n for n in notes)
    kinds = [n.split(": ", 1)[1].split(" (")[0] for n in notes]
    assert len(kinds) == len(set(kinds))  # one note per kind


def test_a_stale_wbs_is_no_loss(shared_data):
    """sample.xml's WBS codes lag its outline (1.3 for task 2): MS Project's, not the user's."""
    _, notes = _read(shared_data / "mspdi" / "sample.xml")
    assert not any("WBS" in line for line in notes), notes  # (its bars and settings are told)


def test_a_file_losing_nothing_says_nothing(shared_data):
    _, notes = _read(shared_data / "mspdi" / "caltest.xml")
    # but its week starting on Monday, which MS Project XML written by Gantry leaves out (s31rt)
    assert [line for line in notes if "week starts on Monday" not in line] == []


def test_a_row_only_the_checked_reader_reads_keeps_its_leveling_can_split(tmp_path):
    # UID "2.0": the fast path's int() refuses it, the checked reader reads 2
    rows = _task("1", "<LevelingCanSplit>0</LevelingCanSplit>") + _task(
        "2.0", "<LevelingCanSplit>1</LevelingCanSplit>"
    )
    plan, _ = _read(_xml(tmp_path, rows))
    assert plan.project.leveling.split_remaining is True
    alone = _task("2.0", "<LevelingCanSplit>0</LevelingCanSplit>")
    plan, _ = _read(_xml(tmp_path, alone))
    assert plan.project.leveling.split_remaining is False
