"""Every command: an option value the option does not take is bad usage (exit 2); what
only the file can judge, and the file's own content, stay exit 1 (DESIGN.md, Command line)."""

from __future__ import annotations

import shutil

import pytest

from app.assets import resource_path
from app.cli import main

_DEMO = resource_path("demo", "crm-rollout.gantry")


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.gantry"
    shutil.copy(_DEMO, path)
    return path


def _run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("schedule", "{plan}", "--sort", "colour"), "unknown sort key 'colour'"),
        (("schedule", "{plan}", "--sort", "start:upwards"), "direction"),
        (("schedule", "{plan}", "--sort", "a,b,c,d"), "sort"),
        (("schedule", "{plan}", "--filter", "purple"), "--filter"),
        (("schedule", "{plan}", "--filter", "critical=yes"), "takes no value"),
        (("convert", "{plan}", "{out}.png", "--rows", "two"), "FROM-TO"),
        (("convert", "{plan}", "{out}.png", "--rows", "9-3"), "first ID"),
        (("convert", "{plan}", "{out}.pdf", "--rows", "1-3"), ".png output only"),
        (("convert", "{plan}", "{out}.png", "--width", "50"), "width"),
        (("convert", "{plan}", "{out}.png", "--width", "zero"), "--width"),
        (("convert", "{plan}", "{out}.pdf", "--paper", "A9"), "--paper"),
        (("convert", "{plan}", "{out}.pdf", "--pages-wide", "0"), "--pages-wide"),
        (
            ("convert", "{plan}", "{out}.pdf", "--from", "2026-03-09", "--to", "2026-03-02"),
            "'to' date",
        ),
        (("convert", "{plan}", "{out}.pdf", "--from", "someday"), "not a date"),
        (("report", "{plan}", "{out}.pdf", "--status-date", "soon"), "not a date"),
        (("report", "{plan}", "{out}.pdf", "--paper", "B5"), "--paper"),
        (("move", "{plan}", "--start", "2026-02-30"), "is not a date"),
        (("usage", "{plan}", "--by", "year"), "use day, week or month"),
        (("info", "{plan}", "--colour"), "unrecognized arguments"),
        (("diff", "{plan}", "{plan}", "--yaml"), "unrecognized arguments"),
    ],
)
def test_a_bad_option_value_is_bad_usage(capsys, demo, tmp_path, args, words):
    out = tmp_path / "out"
    argv = [a.format(plan=demo, out=out) for a in args]
    before = demo.read_bytes()
    status, err = _run(capsys, *argv)
    assert status == 2, err
    assert words in err
    assert "Traceback" not in err
    assert not any(p.name.startswith("out") for p in tmp_path.iterdir())
    assert demo.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        # Well-formed values only the plan can judge: the file's answer, exit 1.
        (("schedule", "{plan}", "--filter", "using-resource=Nobody"), "no person named"),
        (("convert", "{plan}", "{out}.png", "--rows", "5000-5001"), "no such task ID"),
        (("convert", "{plan}", "{out}.png", "--from", "2099-01-01"), "no task is active"),
        (("usage", "{plan}", "--csv", "/no/such/folder/u.csv"), "no such folder"),
    ],
)
def test_what_the_plan_or_the_disk_decides_stays_exit_1(capsys, demo, tmp_path, args, words):
    argv = [a.format(plan=demo, out=tmp_path / "out") for a in args]
    status, err = _run(capsys, *argv)
    assert status == 1, err
    assert words in err
    assert err.count("\n") == 1


def test_bad_file_content_stays_exit_1(capsys, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Project xmlns='http://schemas.microsoft.com/project'><Tasks>", "utf-8")
    for argv in (["schedule", bad], ["info", bad], ["usage", bad], ["diff", bad, bad]):
        status, err = _run(capsys, *argv)
        assert status == 1, (argv, err)
        assert err.count("\n") == 1
