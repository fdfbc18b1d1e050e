"""``gantry schedule --filter custom-field=FIELD:TEXT`` finds TEXT in the cell as the window
writes it in the system's locale (``01.01.2027`` and ``12,5`` in German, ``1/1/2027`` in the
US), as the window's Custom Field filter and ``gantry diff`` do, where it matched only the
domain's ``Fri 2027-01-01`` and ``12.5``; the C locale's form, which scripts type, still
finds the task in every locale."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

ROOT = Path(__file__).resolve().parents[1]

# (LANG, the cell's date as typed there, its number)
CASES = [
    ("de_DE.UTF-8", "01.01.2027", "12,5"),
    ("en_GB.UTF-8", "01/01/2027", "12.5"),
    ("en_US.UTF-8", "1/1/2027", "12.5"),
    ("fr_FR.UTF-8", "01/01/2027", "12,5"),
    ("C.UTF-8", "Fri 2027-01-01", "12.5"),
]


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    plan = Plan(project=Project(name="Fields", start=datetime(2027, 1, 4, 8)))
    custom = (("Date1", datetime(2027, 1, 1, 8)), ("Number1", 12.5))
    plan.append_task(Task(1, "Pour", duration_minutes=480, custom=custom))
    plan.append_task(Task(2, "Cure", duration_minutes=480))
    path = tmp_path_factory.mktemp("s25lo") / "fields.gantry"
    write_plan(plan, path)
    return path


def _names(path: Path, lang: str, *filters: str) -> list[set[str]]:
    """The task names ``gantry schedule --filter F`` prints, for each filter F."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    script = (
        "import io, sys\n"
        "from contextlib import redirect_stdout\n"
        "from app.cli import main\n"
        "for f in sys.argv[2:]:\n"
        "    out = io.StringIO()\n"
        "    with redirect_stdout(out):\n"
        "        code = main(['schedule', sys.argv[1], '--filter', f])\n"
        "    assert code == 0, code\n"
        "    print('|'.join(n for n in ('Pour', 'Cure') if n in out.getvalue()))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), *filters],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [set(filter(None, line.split("|"))) for line in done.stdout.splitlines()]


@pytest.mark.parametrize(("lang", "day", "number"), CASES)
def test_s25lo_the_filter_finds_the_cell_as_the_locale_writes_it(plan_file, lang, day, number):
    found = _names(
        plan_file,
        lang,
        f"custom-field=Date1:{day}",
        f"custom-field=Number1:{number}",
        "custom-field=Date1:2027-01-01",  # the C form, as a script types it
        "custom-field=Number1:12.5",
        "custom-field=Date1:2027-01-04",  # no such day
    )
    assert found == [{"Pour"}, {"Pour"}, {"Pour"}, {"Pour"}, set()]
