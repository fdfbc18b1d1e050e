"""A printed Gantt with Start1/Finish1 columns says under its header which interim plans they
are and when each was saved, as it names the baselines (94a9c030):
"Interim plan: Start1/Finish1, saved 2026-11-23 14:05"."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.interim import interim_plan
from app.domain.scheduler import schedule
from app.domain.view_state import SheetView
from app.report.baseline_note import page_note
from app.report.interim_note import interim_note, printed_interims
from app.report.options import PrintOptions
from app.store.document import write_plan
from tests.gui.conftest import build_plan

SAVED = datetime(2026, 11, 23, 14, 5)


def _options(*columns):
    return replace(PrintOptions(), columns=("id", "name", *columns))


def _plan():
    plan = build_plan()
    plan.set_interim(interim_plan(plan, schedule(plan), 1, None, None, SAVED))
    plan.set_interim(replace(interim_plan(plan, schedule(plan), 3), saved_at=None))
    return plan


def test_s27it_interim_columns_are_named_with_when_saved():
    plan = _plan()
    options = _options("start1", "finish1", "baseline_start")
    assert printed_interims(options) == [1]
    assert interim_note(plan, options) == "Interim plan: Start1/Finish1, saved 2026-11-23 14:05"
    assert page_note(plan, options) == (
        "Baseline: none saved · Interim plan: Start1/Finish1, saved 2026-11-23 14:05"
    )
    several = _options("finish3", "start1", "start2")
    assert interim_note(plan, several) == (  # in order; one with no time known named alone
        "Interim plans: Start1/Finish1, saved 2026-11-23 14:05; Start2/Finish2 none saved;"
        " Start3/Finish3"
    )
    assert interim_note(plan, _options("start", "finish", "baseline2_start")) == ""


def test_s27it_the_pdf_header_names_the_interim_plan(tmp_path):
    plan = _plan()
    plan.view = SheetView(columns=(("id", 40), ("name", 200), ("start1", 120), ("finish1", 120)))
    source, pdf = tmp_path / "p.gantry", tmp_path / "p.pdf"
    write_plan(plan, source)
    assert main(["convert", str(source), str(pdf)]) in (0, None)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    said = " ".join(text.decode().split())
    assert "Interim plan: Start1/Finish1, saved 2026-11-23 14:05" in said
