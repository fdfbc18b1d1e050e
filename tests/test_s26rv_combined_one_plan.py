"""gantry report FILE --combined OUT.pdf with one plan: told it needs two, not 'OUT.pdf required'."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _exit(argv: list[str]) -> int | str | None:
    """main's exit code, whether it returns it or bad usage ends as argparse ends."""
    try:
        return main(argv)
    except SystemExit as done:
        return done.code


def test_s26rv_one_plan_with_combined_is_told_to_give_two(tmp_path, capsys):
    plan = tmp_path / "a.gantry"
    shutil.copy(DEMO, plan)
    out = tmp_path / "all.pdf"
    code = _exit(["report", str(plan), "--combined", str(out)])
    err = capsys.readouterr().err
    assert code not in (0, None)
    assert "two plans or more" in err
    assert "OUT.pdf" not in err  # the PDF was given: --combined names it
    assert not out.exists()


def test_s26rv_report_without_a_pdf_still_asks_for_one(tmp_path, capsys):
    plan = tmp_path / "a.gantry"
    shutil.copy(DEMO, plan)
    assert _exit(["report", str(plan)]) == 2
    assert "OUT.pdf" in capsys.readouterr().err
