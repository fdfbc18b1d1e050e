"""``gantry progress``: one task's progress from the command line, by the rules and in the
order of the window's Update Tasks dialog; a bad value, a summary or a read-only file is
refused in one line and nothing is written."""

from __future__ import annotations

import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.scheduling.run import schedule_only as schedule
from tests.gui.conftest import build_plan

INTERVIEWS = 4  # 'Stakeholder interviews': 5d from Thu 2027-01-07, two people
SUMMARY = 1


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _progress(capsys, path, *args):
    return _run(capsys, "progress", path, "--task", INTERVIEWS, *args)


def test_s21cp_percent_starts_the_task_where_it_was_scheduled(demo, capsys):
    status, out, err = _progress(capsys, demo, "--percent", "40")
    assert (status, err) == (0, "")
    assert out == (
        "'Stakeholder interviews': 40 % complete, actual start Thu 2027-01-07 08:00; "
        f"written to {demo}\n"
    )
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert task.percent_complete == 40
    assert task.actual_start == datetime(2027, 1, 7, 8, 0)
    assert task.actual_finish is None


def test_s21cp_actual_start_alone_takes_the_default_start_time(demo, capsys):
    status, out, _err = _progress(capsys, demo, "--actual-start", "2027-01-08")
    assert status == 0
    assert "actual start Fri 2027-01-08 08:00" in out
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert (task.actual_start, task.percent_complete) == (datetime(2027, 1, 8, 8, 0), 0)


def test_s21cp_actual_duration_sets_the_percent_and_the_whole_finishes(demo, capsys):
    assert _progress(capsys, demo, "--actual-duration", "2d")[0] == 0
    assert formats.read_plan(demo).task(INTERVIEWS).percent_complete == pytest.approx(40)
    status, out, _err = _progress(capsys, demo, "--actual-duration", "6d")
    assert status == 0
    assert "100 % complete" in out
    assert "duration 6d (was 5d)" in out
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert task.duration_minutes == 6 * 480
    assert task.actual_finish is not None


def test_s21cp_remaining_duration_keeps_the_work_done(demo, capsys):
    _progress(capsys, demo, "--percent", "40")  # 2d of 5d done
    status, out, _err = _progress(capsys, demo, "--remaining-duration", "6d")
    assert status == 0
    assert "duration 8d (was 5d)" in out
    assert "25 % complete" in out
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert task.duration_minutes == 8 * 480
    assert task.percent_complete == pytest.approx(25)


def test_s21cp_actual_finish_finishes_and_na_takes_it_back(demo, capsys):
    status, out, _err = _progress(capsys, demo, "--actual-finish", "2027-01-12 12:00")
    assert status == 0
    assert "100 % complete" in out
    assert "actual finish Tue 2027-01-12 12:00" in out
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert task.actual_finish == datetime(2027, 1, 12, 12, 0)
    assert task.duration_minutes == 3 * 480 + 4 * 60  # Thu 08:00 to Tue 12:00
    assert _progress(capsys, demo, "--actual-finish", "NA")[0] == 0
    task = formats.read_plan(demo).task(INTERVIEWS)
    assert (task.percent_complete, task.actual_finish) == (0, None)
    assert task.actual_start == datetime(2027, 1, 7, 8, 0)  # started, no work known done
    assert _progress(capsys, demo, "--actual-start", "NA")[0] == 0
    assert formats.read_plan(demo).task(INTERVIEWS).actual_start is None


def test_s21cp_actual_work_is_spread_over_the_people(demo, capsys):
    plan = formats.read_plan(demo)
    people = plan.assignments_of_task(INTERVIEWS)
    assert len(people) >= 1
    status, out, _err = _progress(capsys, demo, "--actual-work", "8h")
    assert status == 0
    assert "actual work 8h" in out
    after = formats.read_plan(demo)
    task = after.task(INTERVIEWS)
    assert 0 < task.percent_complete < 100
    assert task.actual_start == datetime(2027, 1, 7, 8, 0)


def test_s21cp_the_options_are_taken_in_the_dialogs_order(demo, capsys, qtbot):
    """The same values typed into Update Tasks leave the task as the command does."""
    from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
    from app.ui.document import Document

    document = Document(formats.read_plan(demo))
    dialog = UpdateTasksDialog(document, INTERVIEWS)
    qtbot.addWidget(dialog)
    dialog.percent.setValue(60)
    dialog.remaining_duration.setText("4d")
    command = dialog.command()
    assert command is not None
    command.redo()
    status, _out, _err = _progress(capsys, demo, "--remaining-duration", "4d", "--percent", "60")
    assert status == 0
    mine, theirs = formats.read_plan(demo).task(INTERVIEWS), document.plan.task(INTERVIEWS)
    for name in ("percent_complete", "actual_start", "actual_finish", "duration_minutes"):
        assert getattr(mine, name) == getattr(theirs, name), name
    assert mine.duration_minutes == 3 * 480 + 4 * 480  # 60 % of 5d done, then 4d left


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--percent", "101"), "--percent '101' is not a % complete (use 0 to 100)"),
        (("--percent", "half"), "--percent 'half' is not a % complete"),
        (("--actual-start", "2027-13-01"), "--actual-start: '2027-13-01' is not a date"),
        (("--actual-finish", "2026-01-01"), "before the start"),
        (("--actual-duration", "soon"), "--actual-duration: 'soon' is not a duration"),
        (("--remaining-duration=-1d",), "cannot be negative"),
        (("--actual-duration", "2ed"), "has a working-time duration"),
        (("--actual-work", "2ed"), "--actual-work: '2ed' is elapsed time"),
        (("--percent", "50", "--actual-work", "lots"), "--actual-work:"),
    ],
)
def test_s21cp_a_bad_value_is_one_line_and_nothing_is_written(demo, capsys, args, said):
    before = demo.read_bytes()
    status, out, err = _progress(capsys, demo, *args)
    assert (status, out) == (1, "")
    assert err.startswith("gantry: ")
    assert said in err
    assert err.count("\n") == 1
    assert demo.read_bytes() == before


def test_s21cp_a_summary_or_a_missing_task_is_refused(demo, capsys):
    before = demo.read_bytes()
    status, _out, err = _run(capsys, "progress", demo, "--task", SUMMARY, "--percent", "50")
    assert status == 1
    assert "summary task 'Initiation and discovery' comes from its subtasks" in err
    status, _out, err = _run(capsys, "progress", demo, "--task", "999", "--percent", "50")
    assert status == 1
    assert "no task with UID 999" in err
    status, _out, err = _run(capsys, "progress", demo, "--task", "x", "--percent", "50")
    assert status == 1
    assert "--task 'x' is not a task UID" in err
    assert demo.read_bytes() == before


def test_s21cp_nothing_asked_is_bad_usage(demo, capsys):
    status, _out, err = _run(capsys, "progress", demo, "--task", INTERVIEWS)
    assert status == 2
    assert "say what to set" in err


def test_s21cp_a_read_only_file_or_output_is_refused(demo, capsys, tmp_path):
    demo.chmod(stat.S_IRUSR | stat.S_IRGRP)
    out_file = tmp_path / "out.gantry"
    try:
        before = demo.read_bytes()
        status, _out, err = _progress(capsys, demo, "--percent", "50")
        assert status == 1
        assert err == "gantry: plan.gantry: the file is read-only; nothing was updated\n"
        assert demo.read_bytes() == before
        shutil.copyfile(demo, out_file)
        out_file.chmod(stat.S_IRUSR)
        status, _out, err = _progress(capsys, demo, "--percent", "50", "-o", out_file)
        assert status == 1
        assert "out.gantry: the file is read-only" in err
    finally:
        demo.chmod(stat.S_IRUSR | stat.S_IWUSR)
        out_file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_s21cp_unchanged_leaves_the_file_as_it_was(demo, capsys):
    before = demo.stat().st_mtime_ns
    status, out, _err = _progress(capsys, demo, "--percent", "0")
    assert status == 0
    assert out == f"'Stakeholder interviews': unchanged (0 % complete); {demo} left as it was\n"
    assert demo.stat().st_mtime_ns == before


def test_s21cp_the_actual_work_the_task_has_leaves_the_file_as_it_was(demo, capsys):
    assert _progress(capsys, demo, "--actual-work", "8h")[0] == 0
    before = demo.read_bytes(), demo.stat().st_mtime_ns
    status, out, _err = _progress(capsys, demo, "--actual-work", "8h")  # again: no change
    assert status == 0
    assert out.startswith("'Stakeholder interviews': unchanged (")
    assert out.endswith(f"{demo} left as it was\n")
    assert (demo.read_bytes(), demo.stat().st_mtime_ns) == before
    status, out, _err = _progress(capsys, demo, "--actual-work", "12h")  # a change is written
    assert status == 0
    assert "actual work 12h" in out
    assert "written to" in out


def test_s21cp_round_trip_through_xml(demo, capsys, tmp_path):
    xml = tmp_path / "plan.xml"
    status, _out, err = _progress(capsys, demo, "--percent", "50", "-o", xml)
    assert status == 0
    assert err == (  # as convert: the demo levels Minute by Minute, which .xml cannot say
        "gantry: note: .xml keeps no Leveling Options: Minute by Minute is not saved"
        " (a plan read from it levels Standard, Day by Day)\n"
        "gantry: note: .xml keeps no risk register: 6 risks not saved\n"
    )
    assert formats.read_plan(demo).task(INTERVIEWS).percent_complete == 0  # FILE untouched
    status, out, _err = _run(
        capsys, "progress", xml, "--task", INTERVIEWS, "--actual-finish", "2027-01-13"
    )
    assert status == 0
    assert "actual finish Wed 2027-01-13 17:00" in out
    task = formats.read_plan(xml).task(INTERVIEWS)
    assert task.percent_complete == 100
    assert task.actual_start == datetime(2027, 1, 7, 8, 0)
    assert task.actual_finish == datetime(2027, 1, 13, 17, 0)


def test_s21cp_a_small_plan(tmp_path, capsys):
    path = tmp_path / "small.gantry"
    plan = build_plan()
    formats.write_plan(plan, path)
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid) and not t.milestone)
    start = schedule(plan).get(leaf.uid).start
    status, out, _err = _run(capsys, "progress", path, "--task", leaf.uid, "--percent", "100")
    assert status == 0
    assert "100 % complete" in out
    task = formats.read_plan(path).task(leaf.uid)
    assert task.actual_start == start
    assert task.actual_finish is not None


def test_s21cp_the_readme_row_and_the_help_name_every_option():
    from app.cli.parser import build_parser

    top = build_parser(["progress"])
    sub = next(a for a in top._actions if a.choices and "progress" in a.choices)
    options = {s for a in sub.choices["progress"]._actions for s in a.option_strings}
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `gantry progress"))
    for option in {o for o in options if o.startswith("--")} - {"--help", "--sheet", "--output"}:
        assert option in row, option
    assert "[-o OUT]" in row
    assert "Update Tasks" in row


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--actual-duration", "-2d"), "--actual-duration: '-2d': a duration cannot be negative"),
        (("--remaining-duration", "-1.5d"), "--remaining-duration: '-1.5d'"),
        (("--actual-work", "-3h"), "--actual-work: '-3h'"),
        (("--percent", "-5"), "--percent '-5' is not a % complete"),
    ],
)
def test_s22_a_negative_value_after_a_space_is_its_own_refusal(demo, capsys, args, said):
    """argparse took ``-2d`` for an option and answered "expected one argument" (exit 2):
    the value now reaches its own check, as ``--actual-duration=-2d`` did."""
    before = demo.read_bytes()
    status, out, err = _progress(capsys, demo, *args)
    assert (status, out) == (1, "")
    assert said in err
    assert err.count("\n") == 1
    assert demo.read_bytes() == before
