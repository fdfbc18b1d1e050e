"""gantry convert says what a PDF's reader would find out too late: text fitted too small
to read (Fit to 1 x 1 of a long plan), and, for a long PDF, which page it is writing."""

from __future__ import annotations

import io
from datetime import datetime

from app.cli import main, pdf_progress
from app.cli.pdf_progress import PdfProgress
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.small_text import small_text_hint

START = datetime(2027, 1, 4, 8, 0)


def _long_plan(count: int = 200) -> Plan:
    plan = Plan(project=Project(name="Long", start=START))
    for uid in range(1, count + 1):
        plan.append_task(Task(uid, f"Task {uid}", duration_minutes=480))
    return plan


def test_fit_to_one_page_of_many_rows_says_the_text_is_too_small(tmp_path, capsys):
    src, pdf = tmp_path / "long.gantry", tmp_path / "long.pdf"
    write_plan(_long_plan(), src)
    argv = ["convert", str(src), str(pdf), "--pages-wide", "1", "--pages-tall", "1"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "long.pdf: the text prints at" in err
    assert "--outline-level" in err
    assert pdf.exists()  # a hint, not a refusal: MS Project prints it too
    assert main(["convert", str(src), str(pdf)]) == 0  # as many pages as stay legible
    assert "the text prints at" not in capsys.readouterr().err


def test_the_hint_is_for_text_below_half_its_size_only():
    assert small_text_hint(0.6, "a.pdf") is None
    hint = small_text_hint(0.09, "a.pdf")
    assert hint is not None
    assert "9%" in hint


def test_a_slow_pdf_says_its_page_on_a_log(monkeypatch):
    monkeypatch.setattr(pdf_progress, "SLOW_SECONDS", 0.0)
    log = io.StringIO()
    progress = PdfProgress("big.pdf", log)
    for page in range(1, 251):
        assert progress(page, 250) is True
    lines = log.getvalue().splitlines()
    assert lines[0] == "gantry: writing big.pdf: page 1 of 250"
    assert lines[-1] == "gantry: writing big.pdf: page 250 of 250"
    assert len(lines) == 4  # the first, every 100th and the last: a log is not flooded


def test_a_fast_pdf_says_nothing():
    log = io.StringIO()
    progress = PdfProgress("small.pdf", log)
    assert progress(1, 1) is True
    assert log.getvalue() == ""


def test_on_a_terminal_the_line_is_rewritten_in_place(monkeypatch):
    monkeypatch.setattr(pdf_progress, "SLOW_SECONDS", 0.0)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = PdfProgress("big.pdf", screen)
    for page in range(1, 4):
        progress(page, 3)
    assert screen.getvalue() == (
        "\rgantry: writing big.pdf: page 1 of 3"
        "\rgantry: writing big.pdf: page 2 of 3"
        "\rgantry: writing big.pdf: page 3 of 3\n"
    )
