"""Every option value a command can judge alone is checked before the plan is read.

Found converting a large MS Project file to a PNG: a mistyped ``--rows 200-1``
or ``--width 50`` was told only after the whole file had been read and
scheduled. They are bad usage (exit 2, one line on stderr, DESIGN.md) and now
cost no reading; values only the plan can judge (a task ID past its last) are
still the plan's answer after reading (exit 1).
"""

from __future__ import annotations

import pytest

from app import formats
from app.cli import main


@pytest.fixture
def reads(monkeypatch):
    """The plans read: none is, each read is recorded (and then refused, exit 1)."""
    seen: list[object] = []

    def read(path, **_options):
        seen.append(path)
        raise formats.AppError("read")

    monkeypatch.setattr(formats, "read_plan", read)
    return seen


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("convert", "{plan}", "{out}.png", "--rows", "two"), "FROM-TO"),
        (("convert", "{plan}", "{out}.png", "--rows", "200-1"), "first ID"),
        (("convert", "{plan}", "{out}.pdf", "--rows", "1-3"), ".png output only"),
        (("convert", "{plan}", "{out}.xlsx", "--rows", "1-3"), ".png output only"),
        (("convert", "{plan}", "{out}.png", "--width", "50"), "PNG width 50"),
        (("convert", "{plan}", "{out}.png", "--width", "90000"), "PNG width 90000"),
        (
            ("convert", "{plan}", "{out}.pdf", "--from", "2026-03-09", "--to", "2026-03-02"),
            "'to' date",
        ),
        (
            ("convert", "{plan}", "{out}.png", "--from", "2026-03-09T12:00", "--to", "2026-03-09"),
            None,  # a bare --to is the end of that day: a half-day chart, fine
        ),
        # an unknown key word may be a custom field's alias, which only the plan names (s14h)
        (("schedule", "{plan}", "--sort", "start:upwards"), "unknown sort direction"),
        (("usage", "{plan}", "--by", "year"), "use day, week or month"),
        (("move", "{plan}", "--start", "2026-02-30"), "is not a date"),
        (("level", "{plan}", "--order", "alphabet"), "not a leveling order"),
    ],
)
def test_a_bad_value_is_told_before_reading(capsys, tmp_path, reads, args, words):
    plan = tmp_path / "big.xml"
    plan.write_text("<Project/>")
    argv = [a.format(plan=plan, out=tmp_path / "out") for a in args]
    status = main(argv)
    err = capsys.readouterr().err
    if words is None:  # a good value: the plan is read
        assert reads == [plan]
        return
    assert (status, reads) == (2, []), err
    assert err.count("\n") == 1
    assert err.startswith("gantry: ")
    assert words in err


def test_a_missing_input_with_a_bad_value_is_bad_usage_first(capsys, tmp_path):
    """As argparse's own checks: the usage is judged before the file is looked for."""
    status = main(["convert", str(tmp_path / "gone.xml"), str(tmp_path / "o.png"), "--width", "9"])
    err = capsys.readouterr().err
    assert status == 2
    assert "PNG width 9" in err


def test_a_task_id_past_the_last_is_still_the_plans_answer(capsys, tmp_path):
    plan = tmp_path / "small.csv"
    plan.write_text("Name,Duration\nDig,2d\nPour,3d\n", encoding="utf-8")
    status = main(["convert", str(plan), str(tmp_path / "o.png"), "--rows", "1-9"])
    err = capsys.readouterr().err
    assert status == 1
    assert "no such task ID" in err
