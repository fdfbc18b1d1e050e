"""Two things a .gan holds that were taken in silence:

- a dependency's hardness other than GanttProject's two, Strong and Rubber (GanttProject
  itself refuses the file): read as Rubber before; now refused naming the element, as an
  unknown dependency type is;
- baselines past the eleven Gantry keeps (Baseline, Baseline 1 to 10): the twelfth and later
  were dropped without a word; now the note names how many and the first left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import FileFormatError
from app.formats import read_plan
from app.io.gan import read_gan
from tests.cli.test_cli import gantry


def _hard(shared_data: Path, tmp_path: Path) -> Path:
    text = (shared_data / "gan" / "blyoa-task-with-dependencies.gan").read_text("utf-8")
    assert 'hardness="Rubber"' in text
    path = tmp_path / "hard.gan"
    path.write_text(text.replace('hardness="Rubber"', 'hardness="Elastic"'), "utf-8")
    return path


def test_s19gp_unknown_hardness_refused(shared_data: Path, tmp_path: Path) -> None:
    path = _hard(shared_data, tmp_path)
    with pytest.raises(FileFormatError, match=r'<depend id="2"> has hardness="Elastic"'):
        read_gan(path)
    out = tmp_path / "hard.gantry"
    run = gantry("convert", path, out)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr
    assert not out.exists()


def test_s19gp_baselines_past_eleven_said(shared_data: Path, tmp_path: Path) -> None:
    text = (shared_data / "gan" / "blyoa-task-in-baseline-crossing-one-off-holiday.gan").read_text(
        "utf-8"
    )
    start = text.index("<previous-tasks")
    end = text.index("</previous-tasks>") + len("</previous-tasks>")
    one = text[start:end]
    many = "".join(one.replace("baseline A", f"baseline {n}") for n in range(13))
    path = tmp_path / "many.gan"
    path.write_text(text[:start] + many + text[end:], "utf-8")
    heard: list[str] = []
    plan = read_plan(path, note=heard.append)
    assert len(plan.baselines) == 11
    said = [line for line in heard if "baseline" in line]
    assert len(said) == 1, heard
    assert "not kept: 2 baselines" in said[0]
    assert "'baseline 11'" in said[0]
