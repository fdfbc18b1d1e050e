"""The project summary row (UID 0) carries each baseline rolled up, as MS Project writes it
(Software-Development.xml's UID 0: the baseline's start, finish, working time between
them, work and cost of the whole project); Gantry wrote none there."""

from __future__ import annotations

from app.io.mspdi import read_mspdi
from tests.s20mw_files import round_trip, rows


def _project_row(text: str) -> str:
    inside = text.split("<Tasks>", 1)[1]
    return inside.split("</Task>", 1)[0]


def _baselines(row: str) -> list[dict[str, str]]:
    return rows(row, "Baseline")


def test_s21mw_project_row_baseline_is_ms_projects(shared_data, tmp_path):
    out = tmp_path / "out.xml"
    original, written = round_trip(shared_data / "mpp" / "Software-Development.xml", out)
    theirs = _baselines(_project_row(original))
    ours = _baselines(_project_row(written))
    assert len(theirs) == len(ours) == 1
    for name in ("Number", "Start", "Finish", "Duration", "Work", "Cost"):
        assert ours[0][name] == theirs[0][name], name
    assert ours[0]["Cost"] == "13960000"  # £139,600.00, not the current cost (149,000)
    # read again: the project row adds no task baseline, every task's is as it was
    assert (
        read_mspdi(out).baselines
        == read_mspdi(shared_data / "mpp" / "Software-Development.xml").baselines
    )


def test_s21mw_every_baseline_number_rolls_up(shared_data, tmp_path):
    # baselines.xml: baselines 1..10 typed on task 1 only (MS Project's own UID 0 has none:
    # they were typed, never set); Gantry writes each rolled up from that task
    _, written = round_trip(shared_data / "mspdi" / "baselines.xml", tmp_path / "out.xml")
    ours = _baselines(_project_row(written))
    assert [b["Number"] for b in ours] == [str(n) for n in range(1, 11)]
    assert ours[0]["Work"] == "PT1H0M0S"
    assert ours[0]["Cost"] == "100"


def test_s21mw_no_baseline_no_element(shared_data, tmp_path):
    _, written = round_trip(shared_data / "mpp" / "Blank2010.xml", tmp_path / "out.xml")
    assert "<Baseline>" not in _project_row(written)
