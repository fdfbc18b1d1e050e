"""The printed Gantt (PDF and PNG, ``gantry convert``) draws the progress lines the plan keeps,
over each page's rows, as the window does; ``--progress-lines`` adds the current line at the
status date for one printout, ``--no-progress-lines`` leaves every line out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.cli import main
from app.domain.progress_lines import Every, ProgressLines
from app.report import progress_line_paint
from app.store.document import read_plan, write_plan
from tests.cli.test_cli import gantry
from tests.test_s27pl_progress_points import AHEAD, BEHIND, LINE, _plan


@pytest.fixture
def drawn(monkeypatch):
    """Each call of the lines' painter: how many lines it drew and over which rows."""
    calls: list[tuple[int, list[int]]] = []
    paint = progress_line_paint.ProgressLinePainter.paint

    def spy(self, p, scale, rows, rect, today, font):
        count = paint(self, p, scale, rows, rect, today, font)
        calls.append((count, [row.uid for row in rows]))
        return count

    monkeypatch.setattr(progress_line_paint.ProgressLinePainter, "paint", spy)
    return calls


def _file(tmp_path, lines: ProgressLines):
    plan = _plan()
    plan.project = replace(plan.project, status_date=LINE, progress_lines=lines)
    path = tmp_path / "lines.gantry"
    write_plan(plan, path)
    return path


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_s27pl_printout_draws_the_plans_lines(tmp_path, drawn, suffix):
    path = _file(tmp_path, ProgressLines(current=True, every=Every.DAILY))
    assert main(["convert", str(path), str(tmp_path / f"out{suffix}")]) == 0
    assert drawn
    count, rows = drawn[0]
    assert count == 3  # Mon, Tue (daily, from the project's start) and the current, Wed
    assert {BEHIND, AHEAD} <= set(rows)


def test_s27pl_plan_without_lines_prints_none(tmp_path, drawn):
    path = _file(tmp_path, ProgressLines())
    assert main(["convert", str(path), str(tmp_path / "out.pdf")]) == 0
    assert drawn == []


def test_s27pl_option_adds_the_current_line_for_this_printout(tmp_path, drawn):
    path = _file(tmp_path, ProgressLines())
    assert main(["convert", str(path), str(tmp_path / "out.pdf"), "--progress-lines"]) == 0
    assert drawn[0][0] == 1
    assert not read_plan(path).project.progress_lines.any_on  # the plan is left as it was


def test_s27pl_no_option_leaves_the_plans_lines_out(tmp_path, drawn):
    path = _file(tmp_path, ProgressLines(current=True))
    assert main(["convert", str(path), str(tmp_path / "out.pdf"), "--no-progress-lines"]) == 0
    assert drawn == []


def test_s27pl_command_line_help_and_run(tmp_path):
    path = _file(tmp_path, ProgressLines())
    done = gantry("convert", path, tmp_path / "out.pdf", "--progress-lines")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out.pdf").stat().st_size > 0
    assert "--progress-lines" in gantry("convert", "--help").stdout


def test_s27pl_option_for_a_workbook_is_bad_usage(tmp_path):
    path = _file(tmp_path, ProgressLines())
    done = gantry("convert", path, tmp_path / "out.xlsx", "--progress-lines")
    assert done.returncode == 2
    assert done.stderr.strip().endswith("--progress-lines applies to .pdf and .png output only")
    assert not (tmp_path / "out.xlsx").exists()


def test_s27pl_legend_names_the_progress_line_in_its_colour(tmp_path, monkeypatch):
    """A printout with a progress line in its dates has a 'Progress line' legend entry
    drawn in the current line's colour; one without lines has none."""
    from app.report import page_frame

    seen: list[str] = []
    items = page_frame.legend_items

    def spy(*args, **kwargs):
        seen.append(kwargs.get("progress_line", ""))
        return items(*args, **kwargs)

    monkeypatch.setattr(page_frame, "legend_items", spy)
    path = _file(tmp_path, ProgressLines(current=True, current_color="#1a8a3a"))
    assert main(["convert", str(path), str(tmp_path / "out.pdf")]) == 0
    assert "#1a8a3a" in seen
    assert "progress_line" in items(False, False, progress_line="#1a8a3a")
    seen.clear()
    path = _file(tmp_path, ProgressLines())
    assert main(["convert", str(path), str(tmp_path / "none.pdf")]) == 0
    assert seen
    assert set(seen) == {""}
