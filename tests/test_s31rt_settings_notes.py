"""A client's MS Project XML read into a plan says which of its bar marks and project
settings a file sent back loses (tester s31xm #5, #6): hidden and rolled-up bars, tasks
leveling can't split, the week start day and other project options, Can Level off for all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_rows import TaskRows
from app.io.mspdi_values import NS
from app.io.xml_safety import parse_fragment


def _notes(path: Path) -> list[str]:
    said: list[str] = []
    read_mspdi(path, warn=said.append)
    return said


def _with(said: list[str], words: str) -> str:
    found = [line for line in said if words in line]
    assert len(found) == 1, said
    return found[0]


def test_sample_names_hidden_bars_rollups_no_split_and_week_start(shared_data):
    said = _notes(shared_data / "mspdi" / "sample.xml")
    assert "1 task has its Gantt bar hidden (<HideBar>)" in _with(said, "HideBar")
    assert "5 tasks are rolled up" in _with(said, "<Rollup>")
    assert "2 tasks say leveling can't split them" in _with(said, "LevelingCanSplit")
    settings = _with(said, "project settings not kept")
    assert "week starts on Monday" in settings
    assert "default fixed cost accrual End" in settings
    # at MS Project's default: nothing to say
    assert "autolink" not in settings
    assert "fiscal year" not in settings


def test_recurring_file_counts_every_task_mark(shared_data):
    said = _notes(shared_data / "mpp" / "TestRecurringTask2016.xml")
    assert "4 tasks have their Gantt bar hidden" in _with(said, "HideBar")
    assert "17 tasks are rolled up" in _with(said, "<Rollup>")
    assert "13 tasks say leveling" in _with(said, "LevelingCanSplit")


def test_can_level_off_for_everyone_is_said(shared_data):
    said = _notes(shared_data / "mpp" / "Residential-Construction.xml")
    line = _with(said, "Can Level")
    assert "every person (23 people): read as on" in line
    assert "Residential-Construction.xml: " in line


def test_file_at_defaults_says_none_of_it(shared_data):
    said = _notes(shared_data / "mspdi" / "mspdiresource.xml")
    for words in ("HideBar", "<Rollup>", "LevelingCanSplit", "project settings", "Can Level"):
        assert not any(words in line for line in said), said


def _plan_xml(tasks: str, extra: str = "") -> str:
    return (
        f'<?xml version="1.0"?><Project xmlns="{NS}"><Name>p</Name>'
        f"<StartDate>2026-01-05T08:00:00</StartDate>{extra}<Tasks>{tasks}</Tasks></Project>"
    )


def _task(uid: int, *extra: str) -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration>{''.join(extra)}</Task>"
    )


@pytest.mark.parametrize("all_no_split", [True, False])
def test_leveling_cant_split_said_only_when_lost(tmp_path, all_no_split):
    no = "<LevelingCanSplit>0</LevelingCanSplit>"
    second = no if all_no_split else ""
    path = tmp_path / "split.xml"
    path.write_text(_plan_xml(_task(1, no) + _task(2, second)), encoding="utf-8")
    said = _notes(path)
    # every task 0: the plan's Leveling Options keep it, and the file saved back says 0
    assert any("LevelingCanSplit" in line for line in said) is not all_no_split


def test_project_setting_named_with_its_value(tmp_path):
    path = tmp_path / "week.xml"
    extra = "<WeekStartDay>3</WeekStartDay><FYStartDate>4</FYStartDate><Autolink>0</Autolink>"
    path.write_text(_plan_xml(_task(1), extra), encoding="utf-8")
    line = _with(_notes(path), "project settings not kept")
    assert "week starts on Wednesday" in line
    assert "fiscal year starts in April" in line
    assert "autolink inserted or moved tasks off" in line


def test_rows_taken_as_elements_are_counted_once():
    rows = TaskRows()
    xml = _task(1, "<HideBar>1</HideBar>", "<Rollup>1</Rollup>") + _task(2, "<Rollup>1</Rollup>")
    rows.take(parse_fragment(xml, NS))
    assert list(rows.marks.counts.values()) == [1, 2, 0]
    text = TaskRows()
    text.take_text(xml)  # the text's rows are parsed, and not counted again
    assert list(text.marks.counts.values()) == [1, 2, 0]


def test_seconds_cut_from_times_are_said(shared_data):
    line = _with(_notes(shared_data / "mspdi" / "mspdiresource.xml"), "to the minute")
    assert "2006-09-08T09:08:24 (the first with seconds) is read and saved back as " in line
    assert line.endswith("2006-09-08T09:08:00")


def test_seconds_of_a_row_read_as_element_or_of_the_project(tmp_path):
    rows = TaskRows()
    rows.take(parse_fragment(_task(1, "<Finish>2026-01-05T16:59:30</Finish>"), NS))
    assert rows.marks.seconds == "2026-01-05T16:59:30"
    path = tmp_path / "p.xml"
    path.write_text(
        _plan_xml(_task(1), "<FinishDate>2026-01-05T17:00:05</FinishDate>"), encoding="utf-8"
    )
    assert "2026-01-05T17:00:05" in _with(_notes(path), "to the minute")
    path.write_text(_plan_xml(_task(1, "<Start>2026-01-05T08:00:00</Start>")), encoding="utf-8")
    assert not any("to the minute" in line for line in _notes(path))
