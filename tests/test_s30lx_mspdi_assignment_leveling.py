"""MS Project XML keeps leveling's per-person delays and each task's Level Assignments.

After ``gantry level --adjust-assignments`` Ben's assignment on 'Write' waits two days while
Ana starts Monday (the plan of tests/test_s30lv_adjust_assignments.py). Saved as .xml the
delay was dropped with a warning: read back, Ben worked from Write's start. MS Project writes
it as the assignment's <LevelingDelay> (tenths of a minute, <LevelingDelayFormat> 7) and a
task leveling may not adjust as <LevelAssignments>0</LevelAssignments>; a file whose people
carry a delay was leveled with "adjust individual assignments" on, so it reads back on.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import fromstring

import pytest

from app.cli import main
from app.domain.leveling_options import LevelingBasis
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import Q
from app.store.document import GantryFile, read_plan
from tests.test_s30lv_adjust_assignments import DAY, _plan


def _leveled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Docs leveled person by person, Level Assignments off on 'Meet', then Leveling Options'
    basis set back to Day by Day (the one option .xml cannot keep, said on saving)."""
    plan = _plan()
    plan.tasks[0] = replace(plan.tasks[0], level_assignments=False)
    first = tmp_path / "first.gantry"
    GantryFile.create(first, plan).close()
    assert main(["level", str(first), "--basis", "minute", "--adjust-assignments"]) == 0
    leveled = read_plan(first)
    assert leveled.assignment(3).leveling_delay_minutes == 2 * DAY  # Ben on Write waits
    leveled.project = replace(
        leveled.project,
        leveling=replace(leveled.project.leveling, basis=LevelingBasis.DAY),
    )
    path = tmp_path / "docs.gantry"
    GantryFile.create(path, leveled).close()
    capsys.readouterr()
    return path


def test_s30lx_round_trip_through_xml_keeps_bens_delay(tmp_path, capsys) -> None:
    path = _leveled(tmp_path, capsys)
    xml, back = tmp_path / "docs.xml", tmp_path / "back.gantry"
    assert main(["convert", str(path), str(xml)]) == 0
    err = capsys.readouterr().err
    assert "leveling delay not saved" not in err, err
    assert "individual assignments adjusted" not in err, err
    assert main(["convert", str(xml), str(back)]) == 0
    capsys.readouterr()
    assert main(["diff", str(path), str(back)]) == 0
    assert "no changes" in capsys.readouterr().out
    plan = read_plan(back)
    assert plan.project.leveling.adjust_assignments
    assert plan.assignment(3).leveling_delay_minutes == 2 * DAY
    assert plan.assignment(2).leveling_delay_minutes == 0  # Ana on time
    assert not plan.task(1).level_assignments
    assert plan.task(2).level_assignments


def test_s30lx_xml_holds_ms_projects_elements(tmp_path, capsys) -> None:
    path = _leveled(tmp_path, capsys)
    xml = tmp_path / "docs.xml"
    assert main(["convert", str(path), str(xml)]) == 0
    root = fromstring(xml.read_text(encoding="utf-8"))
    rows = {
        int(a.findtext(Q + "UID") or -1): a
        for a in root.iter(Q + "Assignment")
        if a.find(Q + "TaskUID") is not None
    }
    ben = rows[3]
    assert ben.findtext(Q + "LevelingDelay") == str(10 * 2 * DAY)  # tenths of a minute
    assert ben.findtext(Q + "LevelingDelayFormat") == "7"
    assert rows[2].find(Q + "LevelingDelay") is None  # Ana: none
    # schema order: after <Delay>'s place, before <Notes>/<OvertimeWork>
    tags = [child.tag.removeprefix(Q) for child in ben]
    assert tags.index("LevelingDelayFormat") == tags.index("LevelingDelay") + 1
    assert tags.index("LevelingDelay") < tags.index("OvertimeWork")
    tasks = {t.findtext(Q + "UID"): t for t in root.iter(Q + "Task")}
    assert tasks["1"].findtext(Q + "LevelAssignments") == "0"
    assert tasks["2"].find(Q + "LevelAssignments") is None  # on: MS Project's default
    meet = [child.tag.removeprefix(Q) for child in tasks["1"]]
    assert meet.index("LevelAssignments") + 1 == meet.index("LevelingCanSplit")


def test_s30lx_gan_and_csv_still_say_the_delay_is_lost(tmp_path, capsys) -> None:
    path = _leveled(tmp_path, capsys)
    for ext in (".gan", ".csv"):
        assert main(["convert", str(path), str(tmp_path / f"docs{ext}")]) == 0
        err = capsys.readouterr().err
        assert "1 assignment leveling delay not saved (Ben on 'Write')" in err, err


def test_s30lx_xml_with_option_on_and_nobody_delayed_still_says_it(tmp_path, capsys) -> None:
    plan = _plan()
    plan.project = replace(
        plan.project, leveling=replace(plan.project.leveling, adjust_assignments=True)
    )
    path = tmp_path / "docs.gantry"
    GantryFile.create(path, plan).close()
    assert main(["convert", str(path), str(tmp_path / "docs.xml")]) == 0
    assert "individual assignments adjusted is not saved" in capsys.readouterr().err
    assert not read_mspdi(tmp_path / "docs.xml").project.leveling.adjust_assignments


def _delay_xml(body: str) -> str:
    return (
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>P</Name>'
        "<StartDate>2026-01-05T08:00:00</StartDate>"
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>Write</Name><OutlineLevel>1</OutlineLevel>"
        "<Start>2026-01-05T08:00:00</Start><Duration>PT32H0M0S</Duration>"
        "<LevelAssignments>1</LevelAssignments></Task></Tasks>"
        "<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ben</Name><Type>1</Type></Resource>"
        "</Resources><Assignments><Assignment><UID>7</UID><TaskUID>1</TaskUID>"
        f"<ResourceUID>1</ResourceUID><Units>1</Units><Work>PT16H0M0S</Work>{body}"
        "</Assignment></Assignments></Project>"
    )


@pytest.mark.parametrize(
    ("body", "minutes"),
    [
        ("<LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>", 480),
        ("<LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>5</LevelingDelayFormat>", 480),
        # an elapsed day: the working share of 24 hours (8 h of the project's day)
        ("<LevelingDelay>14400</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>", 480),
        ("<LevelingDelay>0</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>", 0),
        ("", 0),
    ],
)
def test_s30lx_reads_an_assignments_leveling_delay(tmp_path, body, minutes) -> None:
    path = tmp_path / "p.xml"
    path.write_text(_delay_xml(body), encoding="utf-8")
    plan = read_mspdi(path)
    assert plan.assignment(7).leveling_delay_minutes == minutes
    assert plan.project.leveling.adjust_assignments is bool(minutes)
    assert plan.task(1).level_assignments


def test_s30lx_real_files_read_their_leveling_delays(shared_data) -> None:
    """MS Project's own files: every person's <LevelingDelay> read as written (tenths of a
    working minute, format 7). Only a summary's budget row carries one other than 0
    (mspdiassignmentfields.xml, on the project summary task, which Gantry leaves out)."""
    folder = shared_data / "mspdi"
    checked = 0
    for path in sorted(folder.glob("*.xml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "<LevelingDelay>" not in text or "<Assignment>" not in text:
            continue
        try:
            plan = read_mspdi(path)
        except Exception:  # noqa: BLE001 - files Gantry refuses are other tests' business
            continue
        root = fromstring(path.read_bytes())
        for a in root.iter(Q + "Assignment"):
            uid = int(a.findtext(Q + "UID") or -1)
            if not any(x.uid == uid for x in plan.assignments):
                continue
            tenths = int(a.findtext(Q + "LevelingDelay") or 0)
            assert plan.assignment(uid).leveling_delay_minutes == max(0, round(tenths / 10))
            checked += 1
    assert checked
