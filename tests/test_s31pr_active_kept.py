"""Page Setup's "Only tasks active in these dates" kept with the plan (schema v50): a PDF of
the plan prints the tasks active in its kept dates, as the window does; ``--no-active-only``
prints every row for one printout."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _plan_file(tmp_path: Path, active: bool) -> Path:
    # ten one-week tasks one after another from Mon 4 Jan 2027, kept dates weeks 3 and 4
    setup = PageSetup(
        date_from=datetime(2027, 1, 18), date_to=datetime(2027, 1, 30), active_only=active
    )
    plan = Plan(project=Project(name="Rollout", start=datetime(2027, 1, 4, 8), page_setup=setup))
    for uid in range(1, 11):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=5 * 480))
    for uid in range(2, 11):
        plan.add_link(Link(uid - 1, uid, LinkType.FS))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _steps(pdf: Path) -> list[int]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return sorted({int(n) for n in re.findall(r"step (\d+)\b", done.stdout)})


@needs_poppler
def test_the_kept_choice_prints_only_the_active_tasks(tmp_path):
    pdf = tmp_path / "out.pdf"
    src = _plan_file(tmp_path, active=True)
    assert main(["convert", str(src), str(pdf)]) == 0
    assert _steps(pdf) == [3, 4]
    assert main(["convert", str(src), str(pdf), "--no-active-only"]) == 0
    assert _steps(pdf) == list(range(1, 11))


@needs_poppler
def test_without_the_kept_choice_every_row_prints(tmp_path):
    pdf = tmp_path / "out.pdf"
    assert main(["convert", str(_plan_file(tmp_path, active=False)), str(pdf)]) == 0
    assert _steps(pdf) == list(range(1, 11))


def test_no_active_only_is_for_printouts(tmp_path, capsys):
    src = _plan_file(tmp_path, active=True)
    assert main(["convert", str(src), str(tmp_path / "out.xml"), "--no-active-only"]) == 2
    assert "--no-active-only applies to .pdf and .png output only" in capsys.readouterr().err
